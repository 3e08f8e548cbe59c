import { randomUUID } from 'node:crypto';
import type {
  Appointment,
  Bundle,
  BundleEntry,
  Composition,
  Condition,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  Location,
  Observation,
  Patient,
  Practitioner,
  QuestionnaireResponse,
  ServiceRequest,
} from '@medplum/fhirtypes';
import type { Db } from '../../../db/client.js';
import { appointmentResource } from './appointment.js';
import { ref, urn } from './codes.js';
import { compositionResource } from './composition.js';
import { conditionResources } from './condition.js';
import { diagnosticReportResource } from './diagnostic-report.js';
import { documentReferenceResource } from './document-reference.js';
import { encounterResource } from './encounter.js';
import { locationResource } from './location.js';
import { bpObservationResource, labObservationResource } from './observation.js';
import { patientResource } from './patient.js';
import { practitionerResource } from './practitioner.js';
import { loadMedcard } from './query.js';
import { questionnaireResponseResource } from './questionnaire-response.js';
import { serviceRequestResource } from './service-request.js';

/** The resources the export contains: the card's records and the people and places they refer to. */
export type MedcardResource = (
  | Patient
  | Practitioner
  | Location
  | Appointment
  | Encounter
  | Composition
  | Condition
  | ServiceRequest
  | DiagnosticReport
  | Observation
  | DocumentReference
  | QuestionnaireResponse
) & { id: string };

/** A Bundle whose every entry has a resource and its `urn:uuid:` full URL. */
export type MedcardBundle = Omit<Bundle<MedcardResource>, 'id' | 'type' | 'timestamp' | 'entry'> & {
  id: string;
  type: 'collection';
  timestamp: string;
  entry: (BundleEntry<MedcardResource> & { fullUrl: string; resource: MedcardResource })[];
};

/**
 * The whole medical card as a FHIR R4 Bundle of type `collection`: every resource has `fullUrl`
 * `urn:uuid:<id>`, and every reference points to another entry, so the bundle stands on its own.
 */
export async function medcardBundle(db: Db, patientId: string): Promise<MedcardBundle | null> {
  const card = await loadMedcard(db, patientId);
  if (!card) return null;
  const subject = ref<Patient>(card.patient.id, card.patient.fullName.ru);
  const resources: MedcardResource[] = [patientResource(card.patient)];

  const encounterOf = new Map<string, string>();
  for (const row of card.appointments) {
    resources.push(appointmentResource(row, subject));
    const encounter = encounterResource(row, subject);
    if (encounter) {
      encounterOf.set(row.appointment.id, encounter.id);
      resources.push(encounter);
    }
  }

  for (const c of card.conclusions) {
    const encounterId = encounterOf.get(c.appointmentId);
    const encounter = encounterId ? ref<Encounter>(encounterId) : undefined;
    const conditions = conditionResources(c, subject, encounter);
    resources.push(
      ...conditions,
      compositionResource(
        c,
        subject,
        encounter,
        conditions.map((d) => d.id),
      ),
    );
  }

  for (const o of card.orders) resources.push(serviceRequestResource(o, subject));

  for (const r of card.reports) {
    const values = card.observations.filter((o) => o.reportId === r.id);
    const order = card.orders.find((o) => o.id === r.orderId);
    resources.push(
      ...values.map((o) => labObservationResource(o, subject)),
      diagnosticReportResource(r, order, values, subject),
    );
  }

  for (const b of card.readings) resources.push(bpObservationResource(b, subject));
  for (const f of card.documents) resources.push(documentReferenceResource(f, subject));
  for (const s of card.interviews) resources.push(questionnaireResponseResource(s, subject));
  for (const p of card.practitioners) resources.push(practitionerResource(p));
  for (const l of card.locations) resources.push(locationResource(l));

  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: resources.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}
