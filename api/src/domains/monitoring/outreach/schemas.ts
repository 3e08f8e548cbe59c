import { z } from '@hono/zod-openapi';
import { contactOutcomeEnum } from '../../../db/schema/index.js';
import { isoDateSchema, localizedTextSchema } from '../../../http/schemas.js';
import { QUESTIONS } from './questionnaire.js';
import { DEFAULT_SERIES, NOON } from './series.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM');
/**
 * Readings before Moscow noon count for the morning slot, after it for the evening (series.ts `slotOf`): a
 * morning reminder at or after noon, or an evening one before it, would ask for readings its slot never gets.
 */
const morningTime = hhmm.refine((t) => t < NOON, {
  message: `the morning reminder must be before ${NOON} (readings before noon are the morning ones)`,
  params: { code: 'outreach.morning_time_after_noon' },
});
const eveningTime = hhmm.refine((t) => t >= NOON, {
  message: `the evening reminder must be at ${NOON} or later (readings from noon on are the evening ones)`,
  params: { code: 'outreach.evening_time_before_noon' },
});

export const contactChannelSchema = z.enum(['call', 'message', 'video']);
/** The database's own list (monitoring_contact_outcome). */
export const contactOutcomeSchema = z.enum(contactOutcomeEnum.enumValues);
export type ContactChannel = z.infer<typeof contactChannelSchema>;
export type ContactOutcome = z.infer<typeof contactOutcomeSchema>;

export const contactAttemptBodySchema = z
  .object({
    channel: contactChannelSchema,
    outcome: contactOutcomeSchema,
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .openapi('ContactAttemptInput');

export const contactAttemptSchema = z
  .object({
    id: z.uuid(),
    channel: contactChannelSchema,
    outcome: contactOutcomeSchema,
    note: z.string().nullable(),
    author: localizedTextSchema,
    createdAt: z.string(),
  })
  .openapi('ContactAttempt');

/** Defaults: the ESH 2023 §4.3 / ESC 2024 §5.3 home series (7 days, 2 readings morning and evening). */
export const scheduleBodySchema = z
  .object({
    startDate: isoDateSchema(),
    days: z.number().int().min(1).max(28).default(DEFAULT_SERIES.days),
    perSlot: z.number().int().min(1).max(3).default(DEFAULT_SERIES.perSlot),
    morningTime: morningTime.default(DEFAULT_SERIES.morningTime),
    eveningTime: eveningTime.default(DEFAULT_SERIES.eveningTime),
  })
  .openapi('MeasurementScheduleInput');

export const scheduleSchema = z
  .object({
    startDate: z.string(),
    days: z.number().int(),
    perSlot: z.number().int(),
    morningTime: z.string(),
    eveningTime: z.string(),
    updatedAt: z.string(),
  })
  .openapi('MeasurementSchedule');

export const seriesSchema = z
  .object({
    startDate: z.string(),
    endDate: z.string(),
    days: z.array(
      z.object({
        date: z.string(),
        morning: z.number().int(),
        evening: z.number().int(),
        done: z.number().int(),
        expected: z.number().int(),
        status: z.enum(['upcoming', 'today', 'complete', 'missed']),
      }),
    ),
    done: z.number().int(),
    expected: z.number().int(),
    completeDays: z.number().int(),
    missedDays: z.number().int(),
    missing: z.number().int(),
    finished: z.boolean(),
  })
  .openapi('MeasurementSeries');

export const seriesTaskSchema = z
  .object({
    id: z.uuid(),
    startDate: z.string(),
    missedDays: z.number().int(),
    done: z.number().int(),
    expected: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('SeriesTask');

const answersShape = Object.fromEntries(QUESTIONS.map((q) => [q, z.boolean()])) as Record<
  (typeof QUESTIONS)[number],
  z.ZodBoolean
>;

export const questionnaireBodySchema = z
  .object({ answers: z.object(answersShape).strict() })
  .openapi('SymptomQuestionnaireInput');

export const questionnaireSchema = z
  .object({
    id: z.uuid(),
    answers: z.object(answersShape),
    reported: z.array(z.enum(QUESTIONS)),
    urgent: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('SymptomQuestionnaire');

export const questionnaireResultSchema = z
  .object({
    questionnaire: questionnaireSchema,
    /** Chest pain or breathlessness: call an ambulance now, with the guideline it follows. */
    urgentAdvice: z.object({ text: localizedTextSchema, source: z.string() }).nullable(),
  })
  .openapi('SymptomQuestionnaireResult');

export const staffOutreachSchema = z
  .object({
    schedule: scheduleSchema.nullable(),
    series: seriesSchema.nullable(),
    task: seriesTaskSchema.nullable(),
    contactAttempts: z.array(contactAttemptSchema),
    questionnaires: z.array(questionnaireSchema),
  })
  .openapi('StaffOutreach');

export const patientSeriesSchema = z
  .object({
    schedule: scheduleSchema.nullable(),
    series: seriesSchema.nullable(),
    questionnaire: questionnaireSchema.nullable(),
  })
  .openapi('PatientMeasurementSeries');
