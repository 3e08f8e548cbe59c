import { z } from '@hono/zod-openapi';
import { isoDateSchema, localizedTextSchema } from '../../../http/schemas.js';
import { QUESTIONS } from './questionnaire.js';
import { DEFAULT_SERIES } from './series.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM');

export const contactChannelSchema = z.enum(['call', 'message', 'video']);
export const contactOutcomeSchema = z.enum([
  'reached',
  'no_answer',
  'left_message',
  'wrong_number',
  'declined',
]);

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
    morningTime: hhmm.default(DEFAULT_SERIES.morningTime),
    eveningTime: hhmm.default(DEFAULT_SERIES.eveningTime),
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
