import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { labLocations, labOrders, patients, practitioners } from '../../db/schema/index.js';
import { findLabTest } from '../catalogue/lab-tests.js';
import { LOINC, ORDER_SYSTEM, PATIENT_SYSTEM, type FhirServiceRequest } from './fhir.js';

/**
 * The order as a FHIR R4 ServiceRequest (http://hl7.org/fhir/R4/servicerequest.html): every ordered panel is
 * a LOINC coding of `code`, the chosen collection point is `locationReference`, and the patient's sex and
 * birth date travel in a contained Patient.
 */
export async function buildServiceRequest(db: Db | Tx, orderId: string): Promise<FhirServiceRequest | null> {
  const [row] = await db
    .select({
      order: labOrders,
      patient: patients,
      location: labLocations,
      doctorName: practitioners.fullName,
    })
    .from(labOrders)
    .innerJoin(patients, eq(patients.id, labOrders.patientId))
    .leftJoin(labLocations, eq(labLocations.id, labOrders.locationId))
    .leftJoin(practitioners, eq(practitioners.id, labOrders.orderedByPractitionerId))
    .where(eq(labOrders.id, orderId));
  if (!row) return null;
  const { order, patient, location } = row;
  const tests = order.testCodes.map((code) => findLabTest(code)).filter((t) => t !== undefined);
  return {
    resourceType: 'ServiceRequest',
    id: order.id,
    identifier: [{ system: ORDER_SYSTEM, value: order.id }],
    status: 'active',
    intent: 'order',
    category: [
      { coding: [{ system: 'http://snomed.info/sct', code: '108252007', display: 'Laboratory procedure' }] },
    ],
    code: {
      coding: tests.map((t) => ({ system: LOINC, code: t.loinc, display: t.name.en })),
      text: tests.map((t) => t.name.ru).join('; '),
    },
    contained: [
      {
        resourceType: 'Patient',
        id: 'patient',
        identifier: [{ system: PATIENT_SYSTEM, value: patient.id }],
        name: [{ text: patient.fullName.ru }],
        gender: patient.sex,
        birthDate: patient.birthDate,
      },
    ],
    subject: { reference: '#patient', display: patient.fullName.ru },
    ...(order.orderedByPractitionerId && row.doctorName
      ? {
          requester: {
            reference: `Practitioner/${order.orderedByPractitionerId}`,
            display: row.doctorName.ru,
          },
        }
      : {}),
    performer: location ? [{ reference: `Organization/${location.partner}`, display: location.partner }] : [],
    locationReference: location ? [{ reference: `Location/${location.id}`, display: location.name.ru }] : [],
    authoredOn: order.createdAt.toISOString(),
  };
}
