import { z } from '@hono/zod-openapi';
import { alertKindEnum, alertSeverityEnum, alertStatusEnum } from '../../db/schema/index.js';
import { isoDateTimeSchema, localizedTextSchema } from '../../http/schemas.js';
import { SYMPTOMS } from './rules/index.js';

const kind = z.enum(alertKindEnum.enumValues);
const severity = z.enum(alertSeverityEnum.enumValues);
const alertStatus = z.enum(alertStatusEnum.enumValues);
const enrolmentStatus = z.enum(['proposed', 'active', 'declined', 'ended']);

export const manualReadingBodySchema = z
  .object({
    systolic: z.number(),
    diastolic: z.number(),
    pulse: z.number().nullable().optional(),
    measuredAt: isoDateTimeSchema(),
    arm: z.enum(['left', 'right']).nullable().optional(),
    symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length).optional(),
  })
  .openapi('BpReadingInput');

export const csvImportBodySchema = z
  .object({
    csv: z.string().min(1).max(1_000_000),
    /** The monitor's clock zone for rows without one; Moscow time by default. */
    utcOffset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/)
      .optional(),
  })
  .openapi('BpCsvImport');

export const daysQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });

export const readingSchema = z
  .object({
    id: z.uuid(),
    measuredAt: z.string(),
    systolic: z.number().int(),
    diastolic: z.number().int(),
    pulse: z.number().int().nullable(),
    arm: z.enum(['left', 'right']).nullable(),
    symptoms: z.array(z.string()),
    source: z.enum(['manual', 'csv', 'fhir']),
  })
  .openapi('BpReading');

export const alertSchema = z
  .object({
    id: z.uuid(),
    kind,
    severity,
    status: alertStatus,
    readingId: z.uuid().nullable(),
    values: z.record(z.string(), z.unknown()),
    threshold: z.record(z.string(), z.unknown()),
    source: z.string(),
    advice: localizedTextSchema,
    createdAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    escalatedAppointmentId: z.uuid().nullable(),
  })
  .openapi('MonitoringAlert');

const bp = z.object({ systolic: z.number().int(), diastolic: z.number().int() });
const average = bp.extend({ count: z.number().int() });

export const readingsViewSchema = z
  .object({
    patientId: z.uuid(),
    enrolled: z.boolean(),
    target: bp.nullable(),
    average7d: average.nullable(),
    readings: z.array(readingSchema),
    alerts: z.array(alertSchema),
  })
  .openapi('BpReadingsView');

export const importResultSchema = z
  .object({
    inserted: z.number().int(),
    duplicates: z.number().int(),
    /** Advice for what this reading alone shows (crisis, low pressure, pulse), shown at once. */
    advice: z.array(z.object({ kind, severity, text: localizedTextSchema })),
    /** The patient must call an ambulance now (crisis with warning symptoms). */
    ambulance: z.boolean(),
  })
  .openapi('BpImportResult');

export const noteBodySchema = z
  .object({
    channel: z.enum(['phone', 'message', 'video', 'other']),
    text: z.string().trim().min(1).max(4000),
    alertId: z.uuid().optional(),
  })
  .openapi('MonitoringNoteInput');

export const noteSchema = z
  .object({
    id: z.uuid(),
    alertId: z.uuid().nullable(),
    channel: z.string(),
    text: z.string(),
    author: localizedTextSchema,
    createdAt: z.string(),
  })
  .openapi('MonitoringNote');

export const escalateBodySchema = z
  .object({ note: z.string().trim().min(1).max(2000) })
  .openapi('MonitoringEscalation');

export const escalationSchema = z
  .object({ alert: alertSchema, appointmentId: z.uuid() })
  .openapi('MonitoringEscalated');

/**
 * Personal targets within what guidelines set for treated patients: ESC 2024 aims at 120–129 systolic if
 * tolerated and accepts up to 139/89 in the frail; home values run ~5 mmHg lower. 100–160 / 60–100 bounds
 * keep typing errors out, not clinical judgement.
 */
const targets = {
  targetSystolic: z.number().int().min(100).max(160),
  targetDiastolic: z.number().int().min(60).max(100),
  note: z.string().trim().max(2000).optional(),
};
const targetCheck = (t: { targetSystolic: number; targetDiastolic: number }) =>
  t.targetSystolic > t.targetDiastolic;
/** The refinement's issue: names the diastolic value, the one to lower, and says why. */
const targetOrder = {
  message: 'the diastolic target must be below the systolic target',
  path: ['targetDiastolic'],
  params: { code: 'monitoring.target_diastolic_not_below' },
};

export const enrolBodySchema = z
  .object({ patientId: z.uuid(), assistantId: z.uuid(), ...targets })
  .refine(targetCheck, targetOrder)
  .openapi('MonitoringEnrolmentInput');

export const proposeBodySchema = z
  .object({
    patientId: z.uuid(),
    ...targets,
    /** Why the assistant thinks the patient needs monitoring: the doctor and the patient read it to decide. */
    reason: z.string().trim().min(1).max(2000),
  })
  .refine(targetCheck, targetOrder)
  .openapi('MonitoringProposalInput');

export const decisionBodySchema = z
  .object({ decision: z.enum(['accept', 'decline']) })
  .openapi('MonitoringProposalDecision');

export const targetBodySchema = z
  .object(targets)
  .refine(targetCheck, targetOrder)
  .openapi('MonitoringTargetInput');

export const enrolmentSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    assistantId: z.uuid(),
    targetSystolic: z.number().int(),
    targetDiastolic: z.number().int(),
    status: enrolmentStatus,
    note: z.string().nullable(),
    /** The assistant's reason, for a proposal. */
    reason: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
  })
  .openapi('MonitoringEnrolment');

export const liveEnrolmentSchema = z
  .object({ enrolment: enrolmentSchema.extend({ assistant: localizedTextSchema }).nullable() })
  .openapi('MonitoringLiveEnrolment');

export const proposalSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    /** Null for an assistant who does not monitor the patient. */
    patientName: localizedTextSchema.nullable(),
    assistant: localizedTextSchema,
    status: enrolmentStatus,
    reason: z.string(),
    target: bp,
    proposedAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('MonitoringProposal');

export const assistantSchema = z
  .object({ id: z.uuid(), fullName: localizedTextSchema })
  .openapi('MonitoringAssistant');

export const worklistItemSchema = z
  .object({
    patientId: z.uuid(),
    fullName: localizedTextSchema,
    birthDate: z.string(),
    target: bp,
    lastReading: readingSchema.nullable(),
    alerts: z.array(alertSchema),
    /** A titration step the system proposed is waiting for the doctor (titration/proposals.ts). */
    openTitrationProposal: z.boolean(),
    /** The home-measurement series has missed days (outreach/jobs.ts): readings done of expected. */
    seriesTask: z
      .object({ done: z.number().int(), expected: z.number().int(), missedDays: z.number().int() })
      .nullable(),
  })
  .openapi('MonitoringWorklistItem');

/** The worklist's page size when the caller names none. */
export const WORKLIST_PAGE = 50;

/** A page of the worklist: `offset` rows skipped in worklist order, at most `limit` rows. */
export const worklistQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(WORKLIST_PAGE),
  offset: z.coerce.number().int().min(0).default(0),
});

export const worklistSchema = z
  .object({
    items: z.array(worklistItemSchema),
    /** All the assistant's actively enrolled patients, on every page. */
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('MonitoringWorklist');

export const assistantPatientSchema = readingsViewSchema
  .extend({
    patient: z.object({
      id: z.uuid(),
      fullName: localizedTextSchema,
      birthDate: z.string(),
      sex: z.string(),
      phone: z.string().nullable(),
    }),
    enrolment: z
      .object({
        assistantId: z.uuid(),
        assistant: localizedTextSchema,
        note: z.string().nullable(),
        enrolledAt: z.string(),
      })
      .nullable(),
    notes: z.array(noteSchema),
  })
  .openapi('MonitoringPatient');

export const myMonitoringSchema = z
  .object({
    enrolledPatientIds: z.array(z.uuid()),
    /** Proposals waiting for the patient's (or the guardian's) decision. */
    proposals: z.array(proposalSchema),
  })
  .openapi('MyMonitoring');

/** An alert handed to a doctor, with the assistant's note, the readings that fired it and the patient's target. */
export const escalationContextSchema = z
  .object({
    alert: alertSchema,
    note: z.object({ text: z.string(), author: localizedTextSchema, createdAt: z.string() }).nullable(),
    readings: z.array(readingSchema),
    target: bp.nullable(),
  })
  .openapi('MonitoringEscalationContext');

export const escalationContextListSchema = z
  .object({ items: z.array(escalationContextSchema) })
  .openapi('MonitoringEscalationContextList');
