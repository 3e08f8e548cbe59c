import type { DiagnosticReport, Patient, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';
import { DIAGNOSTIC_SERVICE_SECTION, LOINC, ref } from './codes.js';
import { orderedTests } from './service-request.js';

/** A lab report, coded by the panels of its order, its values the lab Observations made from it. */
export function diagnosticReportResource(
  r: Row<'reports'>,
  order: Row<'orders'> | undefined,
  values: Row<'observations'>[],
  subject: Reference<Patient>,
): DiagnosticReport & { id: string } {
  const codes = orderedTests(order);
  return {
    resourceType: 'DiagnosticReport',
    id: r.id,
    identifier: [{ value: r.externalId }],
    status: 'final',
    category: [{ coding: [{ system: DIAGNOSTIC_SERVICE_SECTION, code: 'LAB' }] }],
    code: {
      coding: codes.map((t) => ({ system: LOINC, code: t.loinc, display: t.name.en })),
      text: codes.map((t) => t.name.ru).join('; '),
    },
    basedOn: [ref(r.orderId)],
    subject,
    effectiveDateTime: (values[0]?.effectiveAt ?? r.issuedAt).toISOString(),
    issued: r.issuedAt.toISOString(),
    result: values.map((o) => ref(o.id)),
  };
}
