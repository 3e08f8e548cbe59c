import { z } from '@hono/zod-openapi';
import { localeSchema, localizedTextSchema } from '../../http/schemas.js';
import { isKnownComplaint } from './complaints.js';

export const answerValueSchema = z.union([z.enum(['yes', 'no', 'unknown']), z.number().finite()]);

export const startBodySchema = z
  .object({
    patientId: z.uuid(),
    complaintText: z.string().trim().max(2000).optional().openapi({
      description: 'The complaint in the patient’s words, Russian or English',
      example: 'болит горло и температура 38,5 третий день',
    }),
    complaintIds: z
      .array(z.string().max(80).refine(isKnownComplaint, 'is not a presenting complaint the checker knows'))
      .max(10)
      .optional()
      .openapi({
        description: 'Presenting complaints picked from GET /triage/complaints',
        example: ['sore_throat'],
      }),
    locale: localeSchema.default('ru'),
  })
  // The interview starts from a complaint: without one it would ask about anything at all.
  .refine((body) => Boolean(body.complaintText) || (body.complaintIds?.length ?? 0) > 0, {
    path: ['complaintText'],
    message: 'describe the complaint or pick at least one from GET /triage/complaints',
    params: { code: 'anamnesis.no_complaint' },
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

export const correctionParamSchema = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
  findingId: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: 'findingId', in: 'path' } }),
});

export const correctionBodySchema = z
  .object({ value: answerValueSchema })
  .openapi('AnamnesisCorrection', { description: 'The new answer to a question already answered' });

const questionSchema = z
  .object({
    findingId: z.string(),
    kind: z.enum(['boolean', 'numeric']),
    text: localizedTextSchema,
    unit: localizedTextSchema.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    reason: z.enum(['red_flag', 'paired', 'discriminator', 'information_gain', 'reask']),
    reaskOf: z.string().optional().openapi({
      description: 'For a re-ask: the danger sign the patient was not sure about, asked again more simply',
    }),
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
    reasons: z
      .array(
        z.looseObject({
          kind: z.enum(['red_flag', 'doubt', 'condition']),
          text: localizedTextSchema,
          findingIds: z.array(z.string()),
        }),
      )
      .optional()
      .openapi({ description: 'Which answers led to the result; "doubt" when an unsure answer raised it' }),
    selfCare: z
      .looseObject({ advice: localizedTextSchema, seekCareIf: localizedTextSchema, source: z.string() })
      .optional(),
    disclaimer: localizedTextSchema,
    modelVersion: z.string(),
  })
  .openapi('TriageResult');

export const bookingHandOffSchema = z
  .object({
    mode: z.enum(['emergency', 'urgent_queue', 'planned', 'self_care']),
    specialty: z.string().nullable(),
    format: z.enum(['video', 'audio', 'chat', 'in_person']).nullable(),
    note: localizedTextSchema,
  })
  .openapi('BookingHandOff');

export const anamnesisViewSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: z.enum(['in_progress', 'completed']),
    complaintText: z.string().nullable(),
    complaints: z
      .array(z.object({ id: z.string(), name: localizedTextSchema }))
      .openapi({ description: 'Presenting complaints: picked from the list or recognised in the text' }),
    recognized: z.array(
      z.object({
        findingId: z.string(),
        name: localizedTextSchema,
        value: answerValueSchema,
        text: z.string(),
      }),
    ),
    answered: z
      .array(
        z.object({
          findingId: z.string(),
          name: localizedTextSchema,
          kind: z.enum(['boolean', 'numeric']),
          value: answerValueSchema,
        }),
      )
      .openapi({ description: 'The questions answered so far, in order; each can be changed until the end' }),
    question: questionSchema.nullable(),
    result: triageResultSchema.nullable(),
    booking: bookingHandOffSchema.nullable(),
    appointmentId: z.uuid().nullable(),
    modelVersion: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Anamnesis');
