import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import { fileInfoSchema } from '../files/schemas.js';
import { formatSchema } from '../appointments/schemas.js';

export const requestKindSchema = z.enum(['second_opinion', 'test_decoding']);
export const requestStatusSchema = z.enum([
  'submitted',
  'in_review',
  'answered',
  'consult_booked',
  'cancelled',
]);
export const requestFormatSchema = z.enum(['written', 'consult']);

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * A new request. The kind decides which clinical fields are required: a second opinion is about a diagnosis
 * someone gave; a decoding is about results, so it needs at least one document or lab report to decode.
 */
export const submitRequestBodySchema = z
  .object({
    kind: requestKindSchema,
    specialtyCode: z.string().trim().min(1, 'choose a specialty').max(40),
    practitionerId: z.uuid({ message: 'must be a UUID' }).optional(),
    // Required for a second opinion; a decoding is about the results, so a question is optional.
    complaints: optionalText(4000),
    diagnosisGiven: optionalText(2000),
    treatmentGiven: optionalText(4000),
    purpose: optionalText(2000),
    format: requestFormatSchema.default('written'),
    fileIds: z
      .array(z.uuid({ message: 'must be a UUID' }))
      .max(20)
      .default([]),
    labReportIds: z
      .array(z.uuid({ message: 'must be a UUID' }))
      .max(20)
      .default([]),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'second_opinion' && (body.complaints ?? '').length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['complaints'],
        message: 'describe the complaints (at least 3 characters)',
      });
    }
    if (body.kind === 'second_opinion' && !body.diagnosisGiven) {
      ctx.addIssue({
        code: 'custom',
        path: ['diagnosisGiven'],
        message: 'a second opinion needs the diagnosis you were given',
      });
    }
    if (body.kind === 'test_decoding' && body.fileIds.length + body.labReportIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['fileIds'],
        message: 'attach at least one document or pick a lab report to decode',
      });
    }
  })
  .openapi('SubmitCareRequest');

export type SubmitRequestBody = z.infer<typeof submitRequestBodySchema>;

export const inboxQuerySchema = z.object({
  status: z.enum(['new', 'in_review', 'answered', 'consult_booked']).optional().openapi({
    description: '`new` = submitted to me or my specialty and not yet claimed',
  }),
});

export const answerBodySchema = z
  .object({ answer: text(10_000).min(10, 'write an answer of at least 10 characters') })
  .openapi('AnswerCareRequest');

export const convertBodySchema = z
  .object({
    slotId: z.uuid({ message: 'must be a UUID' }),
    format: formatSchema.optional().openapi({ description: 'Default: video if the slot offers it' }),
  })
  .openapi('ConvertCareRequest');

const personSchema = z.object({
  id: z.uuid(),
  fullName: localizedTextSchema,
  birthDate: z.iso.date(),
  sex: z.enum(['female', 'male']),
  ageYears: z.number().int(),
  isChild: z.boolean(),
});

const doctorRefSchema = z.object({ id: z.uuid(), fullName: localizedTextSchema }).nullable();

export const requestListItemSchema = z
  .object({
    id: z.uuid(),
    kind: requestKindSchema,
    status: requestStatusSchema,
    format: requestFormatSchema,
    specialty: z.object({ code: z.string(), name: localizedTextSchema }),
    patient: personSchema,
    addressedTo: doctorRefSchema,
    assignedTo: doctorRefSchema,
    complaints: z
      .string()
      .openapi({ description: 'Empty when the patient asked for a decoding without a question' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('CareRequestListItem');

const observationSchema = z.object({
  loinc: z.string(),
  name: localizedTextSchema,
  value: z.number(),
  unit: z.string(),
  referenceLow: z.number().nullable(),
  referenceHigh: z.number().nullable(),
  flag: z.enum(['low', 'normal', 'high']),
});

export const labReportSummarySchema = z
  .object({ id: z.uuid(), issuedAt: z.iso.datetime(), observations: z.array(observationSchema) })
  .openapi('CareRequestLabReport');

export const requestDetailSchema = requestListItemSchema
  .extend({
    diagnosisGiven: z.string().nullable(),
    treatmentGiven: z.string().nullable(),
    purpose: z.string().nullable(),
    answer: z.string().nullable(),
    appointmentId: z.uuid().nullable(),
    claimedAt: z.iso.datetime().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    files: z.array(fileInfoSchema),
    labReports: z.array(labReportSummarySchema),
    /** What the caller may do now, so the pages need not repeat the rules. */
    actions: z.object({
      cancel: z.boolean(),
      claim: z.boolean(),
      answer: z.boolean(),
      convert: z.boolean(),
    }),
  })
  .openapi('CareRequest');

export type RequestDetail = z.infer<typeof requestDetailSchema>;
export type RequestListItem = z.infer<typeof requestListItemSchema>;
