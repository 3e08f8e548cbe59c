import { z } from '@hono/zod-openapi';
import { isoDateTimeSchema } from '../../http/schemas.js';

/** Code systems the lab exchange uses (FHIR R4 terminology). */
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
/** Our own identifier systems, so a partner can echo our ids back. */
export const ORDER_SYSTEM = 'urn:telemed:lab-order';
export const PATIENT_SYSTEM = 'urn:telemed:patient';

export interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface Reference {
  reference: string;
  display?: string;
}

/** The FHIR R4 ServiceRequest we send a lab: one per order, every ordered panel a LOINC coding of `code`. */
export interface FhirServiceRequest {
  resourceType: 'ServiceRequest';
  id: string;
  identifier: { system: string; value: string }[];
  status: 'active';
  intent: 'order';
  category: { coding: Coding[] }[];
  code: { coding: Coding[]; text: string };
  /** The patient's demographics travel with the order: labs need sex and age for reference ranges. */
  contained: [
    {
      resourceType: 'Patient';
      id: 'patient';
      identifier: { system: string; value: string }[];
      name: { text: string }[];
      gender: 'female' | 'male';
      birthDate: string;
    },
  ];
  subject: Reference;
  requester?: Reference;
  performer: Reference[];
  locationReference: Reference[];
  authoredOn: string;
}

const coding = z.object({ system: z.string().optional(), code: z.string(), display: z.string().optional() });
const codeable = z.object({ coding: z.array(coding).min(1), text: z.string().optional() });
const quantity = z.object({
  value: z.number().finite(),
  unit: z.string().min(1),
  system: z.string().optional(),
  code: z.string().optional(),
});
const bound = z.object({ value: z.number().finite(), unit: z.string().optional() });

export const fhirObservationSchema = z.object({
  resourceType: z.literal('Observation'),
  id: z.string().min(1),
  status: z.enum(['final', 'amended', 'corrected', 'preliminary']),
  code: codeable.refine((c) => c.coding.some((k) => k.system === LOINC), 'needs a LOINC coding'),
  valueQuantity: quantity,
  referenceRange: z.array(z.object({ low: bound.optional(), high: bound.optional() })).optional(),
  interpretation: z.array(codeable).optional(),
  effectiveDateTime: isoDateTimeSchema().optional(),
});

/**
 * The subset of a FHIR R4 DiagnosticReport we accept from a lab: based on our ServiceRequest, about our
 * patient, with its Observations contained and listed in `result`.
 */
export const fhirDiagnosticReportSchema = z
  .object({
    resourceType: z.literal('DiagnosticReport'),
    id: z.string().min(1).max(200),
    status: z.enum(['final', 'amended', 'corrected']),
    code: codeable,
    basedOn: z.array(z.object({ reference: z.string().regex(/^ServiceRequest\/[0-9a-f-]{36}$/i) })).min(1),
    subject: z.object({ reference: z.string().regex(/^Patient\/[0-9a-f-]{36}$/i) }),
    effectiveDateTime: isoDateTimeSchema(),
    issued: isoDateTimeSchema(),
    contained: z.array(fhirObservationSchema).min(1),
    result: z.array(z.object({ reference: z.string().startsWith('#') })).min(1),
  })
  .superRefine((report, ctx) => {
    const ids = new Set(report.contained.map((o) => o.id));
    report.result.forEach((r, i) => {
      if (!ids.has(r.reference.slice(1)))
        ctx.addIssue({
          code: 'custom',
          path: ['result', i, 'reference'],
          message: 'does not name a contained Observation',
        });
    });
  })
  .openapi('FhirDiagnosticReport');

export type FhirDiagnosticReport = z.infer<typeof fhirDiagnosticReportSchema>;
export type FhirObservation = z.infer<typeof fhirObservationSchema>;

export const idOf = (reference: string) => reference.slice(reference.indexOf('/') + 1);
export const loincOf = (c: { coding: { system?: string | undefined; code: string }[] }) =>
  c.coding.find((k) => k.system === LOINC)?.code;
