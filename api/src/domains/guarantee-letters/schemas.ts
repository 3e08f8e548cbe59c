import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';
import { fileInfoSchema } from '../files/schemas.js';

export const letterStatusSchema = z.enum(['submitted', 'approved', 'declined', 'cancelled']);

export const submitLetterBodySchema = z
  .object({
    clinicId: z.uuid({ message: 'must be a UUID' }),
    serviceCode: z.string().trim().min(1, 'choose a service').max(60),
    reason: z
      .string()
      .trim()
      .min(3, 'describe why you need the service (at least 3 characters)')
      .max(2000, 'must be at most 2000 characters'),
    referralFileId: z.uuid({ message: 'must be a UUID' }).optional(),
  })
  .openapi('SubmitGuaranteeLetter');

export type SubmitLetterBody = z.infer<typeof submitLetterBodySchema>;

export const declineBodySchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, 'give the member a reason (at least 3 characters)')
      .max(2000, 'must be at most 2000 characters'),
  })
  .openapi('DeclineGuaranteeLetter');

export const inboxQuerySchema = z.object({ status: letterStatusSchema.optional() });
export const pdfQuerySchema = z.object({ locale: z.enum(['ru', 'en']).default('ru') });

const personSchema = z.object({
  id: z.uuid(),
  fullName: localizedTextSchema,
  birthDate: z.iso.date(),
  ageYears: z.number().int(),
  isChild: z.boolean(),
});
const clinicRefSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  address: localizedTextSchema,
  phone: z.string(),
});
const serviceRefSchema = z.object({
  code: z.string(),
  name: localizedTextSchema,
  kind: z.enum(['consultation', 'diagnostics', 'procedure', 'lab', 'checkup']),
  priceRub: z.number().int(),
});

export const letterListItemSchema = z
  .object({
    id: z.uuid(),
    status: letterStatusSchema,
    number: z.string().nullable(),
    patient: personSchema,
    clinic: clinicRefSchema,
    service: serviceRefSchema,
    validTo: z.iso.date().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('GuaranteeLetterListItem');

export const coverageSchema = z
  .object({
    covered: z.boolean(),
    problems: z.array(z.enum(['no_active_policy', 'clinic_not_in_programme', 'service_not_covered'])),
  })
  .openapi('GuaranteeLetterCoverage');

export const letterDetailSchema = letterListItemSchema
  .extend({
    reason: z.string(),
    referralFile: fileInfoSchema.nullable(),
    policy: z
      .object({
        number: z.string(),
        insurer: z.string(),
        validFrom: z.iso.date(),
        validTo: z.iso.date(),
        programme: z.object({ code: z.string(), name: localizedTextSchema }),
      })
      .nullable(),
    coverage: coverageSchema,
    validFrom: z.iso.date().nullable(),
    declineReason: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    actions: z.object({
      cancel: z.boolean(),
      approve: z.boolean(),
      decline: z.boolean(),
      downloadPdf: z.boolean(),
    }),
  })
  .openapi('GuaranteeLetter');

export const letterOptionsSchema = z
  .object({
    clinics: z.array(clinicRefSchema.extend({ services: z.array(z.string()), covered: z.boolean() })),
    services: z.array(serviceRefSchema),
  })
  .openapi('GuaranteeLetterOptions');

export type LetterDetail = z.infer<typeof letterDetailSchema>;
export type LetterListItem = z.infer<typeof letterListItemSchema>;
