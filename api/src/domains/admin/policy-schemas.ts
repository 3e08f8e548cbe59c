import { z } from '@hono/zod-openapi';
import { isoDateSchema, localizedTextSchema } from '../../http/schemas.js';

export const patientSearchQuerySchema = z.object({
  q: z.string().trim().min(2, 'type at least 2 characters').max(100),
});

export const adminPolicySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    insurer: z.string(),
    programme: z.object({ id: z.uuid(), code: z.string(), name: localizedTextSchema }),
    validFrom: z.string(),
    validTo: z.string(),
    active: z.boolean(),
  })
  .openapi('AdminPolicy');

/** Administrative data only: who the person is and their policies, nothing clinical. */
export const policyHolderSchema = z
  .object({
    id: z.uuid(),
    fullName: localizedTextSchema,
    birthDate: z.string(),
    region: z.string().nullable(),
    guardianName: localizedTextSchema.nullable(),
    policies: z.array(adminPolicySchema),
  })
  .openapi('PolicyHolder');

export const newPolicySchema = z
  .object({
    programmeId: z.uuid(),
    number: z
      .string()
      .trim()
      .regex(/^[\p{L}\d][\p{L}\d -]{3,39}$/u, 'must be 4–40 letters, digits, spaces or hyphens'),
    insurer: z.string().trim().min(2).max(200),
    validFrom: isoDateSchema(),
    validTo: isoDateSchema(),
  })
  .refine((p) => p.validTo >= p.validFrom, { message: 'must not be before the start', path: ['validTo'] })
  .openapi('NewPolicy');

export const endPolicySchema = z
  .object({ endDate: isoDateSchema().openapi({ description: 'The last day the policy is valid' }) })
  .openapi('EndPolicy');
