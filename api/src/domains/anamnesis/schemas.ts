import { z } from '@hono/zod-openapi';
import { localeSchema, localizedTextSchema } from '../../http/schemas.js';

export const answerValueSchema = z.union([z.enum(['yes', 'no', 'unknown']), z.number().finite()]);

export const startBodySchema = z
  .object({
    patientId: z.uuid(),
    complaintText: z.string().trim().max(2000).optional().openapi({
      description: 'The complaint in the patient’s words, Russian or English',
      example: 'болит горло и температура 38,5 третий день',
    }),
    locale: localeSchema.default('ru'),
  })
  .openapi('StartAnamnesis');

export const answersBodySchema = z
  .object({
    answers: z
      .array(z.object({ findingId: z.string().min(1).max(80), value: answerValueSchema }))
      .min(1, 'Give at least one answer')
      .max(60),
  })
  .openapi('AnamnesisAnswers');

const questionSchema = z
  .object({
    findingId: z.string(),
    kind: z.enum(['boolean', 'numeric']),
    text: localizedTextSchema,
    unit: localizedTextSchema.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    reason: z.enum(['red_flag', 'paired', 'information_gain']),
    number: z.number().int(),
  })
  .openapi('AnamnesisQuestion');

export const triageResultSchema = z
  .looseObject({
    urgency: z.enum(['ambulance', 'emergency_department', 'within_24h', 'planned', 'self_care']),
    urgencyLabel: localizedTextSchema,
    specialist: z.string(),
    specialistLabel: localizedTextSchema,
    consultFormat: z.enum(['video', 'audio', 'chat', 'in_person']),
    conditions: z.array(
      z.looseObject({
        id: z.string(),
        name: localizedTextSchema,
        icd10: z.string(),
        probability: z.number(),
      }),
    ),
    redFlags: z.array(
      z.looseObject({ id: z.string(), name: localizedTextSchema, advice: localizedTextSchema }),
    ),
    disclaimer: localizedTextSchema,
    modelVersion: z.string(),
  })
  .openapi('TriageResult');

export const bookingHandOffSchema = z
  .object({
    mode: z.enum(['emergency', 'urgent_queue', 'planned', 'self_care']),
    specialty: z.string().nullable(),
    format: z.enum(['video', 'audio', 'chat']).nullable(),
    note: localizedTextSchema,
  })
  .openapi('BookingHandOff');

export const anamnesisViewSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: z.enum(['in_progress', 'completed']),
    complaintText: z.string().nullable(),
    recognized: z.array(
      z.object({
        findingId: z.string(),
        name: localizedTextSchema,
        value: answerValueSchema,
        text: z.string(),
      }),
    ),
    answered: z.array(
      z.object({ findingId: z.string(), name: localizedTextSchema, value: answerValueSchema }),
    ),
    question: questionSchema.nullable(),
    result: triageResultSchema.nullable(),
    booking: bookingHandOffSchema.nullable(),
    appointmentId: z.uuid().nullable(),
    modelVersion: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Anamnesis');
