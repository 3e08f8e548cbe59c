import { z } from '@hono/zod-openapi';
import { isWallClock } from './devices/local-time.js';
import type { ReadingInput } from './reading-input.js';

/**
 * FHIR R4 vital-signs blood-pressure profile (http://hl7.org/fhir/R4/bp.html): an Observation coded LOINC
 * 85354-9 with components 8480-6 (systolic) and 8462-4 (diastolic) in UCUM `mm[Hg]`, optionally 8867-4
 * (heart rate, `/min`), about `Patient/<id>` at `effectiveDateTime`.
 */
export const LOINC = 'http://loinc.org';
export const BP_PANEL = '85354-9';
export const SYSTOLIC = '8480-6';
export const DIASTOLIC = '8462-4';
export const HEART_RATE = '8867-4';

const coding = z.object({ system: z.string().optional(), code: z.string().optional() });
const codeable = z.object({ coding: z.array(coding).optional() });
const quantity = z.object({
  value: z.number().optional(),
  unit: z.string().optional(),
  code: z.string().optional(),
  system: z.string().optional(),
});

export const fhirObservationSchema = z
  .object({
    resourceType: z.literal('Observation'),
    status: z.string().optional(),
    code: codeable,
    subject: z.object({ reference: z.string() }),
    effectiveDateTime: z.string(),
    component: z.array(z.object({ code: codeable, valueQuantity: quantity.optional() })).optional(),
  })
  .passthrough()
  .openapi('FhirBloodPressureObservation');

export const fhirBundleSchema = z
  .object({
    resourceType: z.literal('Bundle'),
    type: z.enum(['batch', 'transaction', 'collection']),
    entry: z.array(z.object({ resource: z.unknown() }).passthrough()).min(1),
  })
  .passthrough();

export const fhirInputSchema = z.union([fhirObservationSchema, fhirBundleSchema]);

export interface FhirIssue {
  path: string;
  message: string;
}
export interface FhirReading {
  patientId: string;
  reading: ReadingInput;
}

const hasLoinc = (c: z.infer<typeof codeable>, code: string) =>
  (c.coding ?? []).some((k) => k.code === code && (k.system === undefined || k.system === LOINC));

/** Reads one Observation; `path` prefixes the issue locations (e.g. `entry[2].resource`). */
export function readObservation(raw: unknown, path: string): { reading?: FhirReading; issues: FhirIssue[] } {
  const parsed = fhirObservationSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({
        path: [path, ...i.path].filter(Boolean).join('.'),
        message: i.message,
      })),
    };
  }
  const obs = parsed.data;
  const issues: FhirIssue[] = [];
  const at = (p: string) => (path ? `${path}.${p}` : p);
  if (!hasLoinc(obs.code, BP_PANEL)) {
    issues.push({
      path: at('code'),
      message: `The Observation must be coded LOINC ${BP_PANEL} (blood pressure panel).`,
    });
  }
  const subject = /^Patient\/([0-9a-f-]{36})$/i.exec(obs.subject.reference);
  if (!subject)
    issues.push({ path: at('subject.reference'), message: 'The subject must be "Patient/<id>".' });
  const value = (code: string, unit: string, required: boolean) => {
    const index = (obs.component ?? []).findIndex((c) => hasLoinc(c.code, code));
    const component = obs.component?.[index];
    if (!component) {
      if (required)
        issues.push({ path: at('component'), message: `The component LOINC ${code} is missing.` });
      return null;
    }
    const q = component.valueQuantity;
    const where = at(`component[${index}].valueQuantity`);
    if (q?.value === undefined) {
      issues.push({ path: where, message: `The component LOINC ${code} has no value.` });
      return null;
    }
    if ((q.code ?? q.unit) !== unit) {
      issues.push({
        path: where,
        message: `The component LOINC ${code} must be in UCUM "${unit}", not "${q.code ?? q.unit ?? ''}".`,
      });
      return null;
    }
    return q.value;
  };
  const systolic = value(SYSTOLIC, 'mm[Hg]', true);
  const diastolic = value(DIASTOLIC, 'mm[Hg]', true);
  const pulse = value(HEART_RATE, '/min', false);
  const measuredAt = new Date(obs.effectiveDateTime);
  const when = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(
    obs.effectiveDateTime,
  );
  if (!when) {
    issues.push({
      path: at('effectiveDateTime'),
      message: 'effectiveDateTime must be a date-time with a time zone.',
    });
  } else if (
    // `new Date` would roll 30 February over to March and 24:00 to the next day.
    !isWallClock({
      year: +when[1]!,
      month: +when[2]!,
      day: +when[3]!,
      hour: +when[4]!,
      minute: +when[5]!,
      second: when[6] ? +when[6] : 0,
    })
  ) {
    issues.push({
      path: at('effectiveDateTime'),
      message: 'effectiveDateTime is not a real calendar date and time.',
    });
  }
  if (issues.length || systolic === null || diastolic === null || !subject) return { issues };
  return {
    reading: { patientId: subject[1]!.toLowerCase(), reading: { systolic, diastolic, pulse, measuredAt } },
    issues,
  };
}

/** An Observation or a batch/transaction Bundle of them. */
export function readFhirInput(body: z.infer<typeof fhirInputSchema>): {
  readings: FhirReading[];
  issues: FhirIssue[];
} {
  if (body.resourceType === 'Observation') {
    const { reading, issues } = readObservation(body, '');
    return { readings: reading ? [reading] : [], issues };
  }
  const readings: FhirReading[] = [];
  const issues: FhirIssue[] = [];
  body.entry.forEach((entry, i) => {
    const result = readObservation(entry.resource, `entry[${i}].resource`);
    issues.push(...result.issues);
    if (result.reading) readings.push(result.reading);
  });
  return { readings, issues };
}
