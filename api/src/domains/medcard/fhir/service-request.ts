import type { Patient, Reference, ServiceRequest } from '@medplum/fhirtypes';
import { findLabTest } from '../../catalogue/lab-tests.js';
import type { Row } from './query.js';
import { LOINC, ORDER_SYSTEM, ref } from './codes.js';

const orderStatus = {
  prescribed: 'draft',
  confirmed: 'active',
  sent: 'active',
  resulted: 'completed',
  cancelled: 'revoked',
} as const satisfies Record<Row<'orders'>['status'], ServiceRequest['status']>;

/** The ordered panels of a lab order, from the catalogue. */
export const orderedTests = (o: Pick<Row<'orders'>, 'testCodes'> | undefined) =>
  (o?.testCodes ?? []).map((code) => findLabTest(code)).filter((t) => t !== undefined);

export function serviceRequestResource(
  o: Row<'orders'>,
  subject: Reference<Patient>,
): ServiceRequest & { id: string } {
  const tests = orderedTests(o);
  return {
    resourceType: 'ServiceRequest',
    id: o.id,
    identifier: [{ system: ORDER_SYSTEM, value: o.id }],
    status: orderStatus[o.status],
    intent: 'order',
    code: {
      coding: tests.map((t) => ({ system: LOINC, code: t.loinc, display: t.name.en })),
      text: tests.map((t) => t.name.ru).join('; '),
    },
    subject,
    ...(o.orderedByPractitionerId ? { requester: ref(o.orderedByPractitionerId) } : {}),
    ...(o.locationId ? { locationReference: [ref(o.locationId)] } : {}),
    authoredOn: o.createdAt.toISOString(),
  };
}
