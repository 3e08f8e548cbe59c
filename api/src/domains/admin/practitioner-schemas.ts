import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

const name = z.string().trim().min(2, 'must be at least 2 characters').max(200);

export const newPractitionerSchema = z
  .object({
    kind: z.enum(['doctor', 'assistant']),
    email: z.email('must be an e-mail address').max(254).toLowerCase(),
    fullName: z.object({ ru: name, en: name }),
    specialties: z.array(z.string().min(1).max(64)).max(10).default([]),
    clinicId: z.uuid().nullable().default(null),
    experienceYears: z.number().int().min(0).max(70).default(0),
    treatsAdults: z.boolean().default(true),
    treatsChildren: z.boolean().default(false),
  })
  .refine((p) => p.kind === 'assistant' || p.specialties.length > 0, {
    message: 'a doctor needs at least one specialty',
    path: ['specialties'],
  })
  .openapi('NewPractitioner');

export const adminPractitionerSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    kind: z.enum(['doctor', 'assistant']),
    email: z.string().nullable(),
    fullName: localizedTextSchema,
    specialties: z.array(z.object({ code: z.string(), name: localizedTextSchema })),
    clinic: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
    experienceYears: z.number().int(),
    treatsAdults: z.boolean(),
    treatsChildren: z.boolean(),
    /** Set while the practitioner is deactivated: cannot sign in, not bookable. */
    deactivatedAt: z.string().nullable(),
    templates: z.number().int(),
    futureFreeSlots: z.number().int(),
  })
  .openapi('AdminPractitioner');

export const practitionerFormOptionsSchema = z
  .object({
    specialties: z.array(z.object({ code: z.string(), name: localizedTextSchema })),
    clinics: z.array(z.object({ id: z.uuid(), name: localizedTextSchema, timezone: z.string() })),
  })
  .openapi('PractitionerFormOptions');

export const activationSchema = z.object({ active: z.boolean() }).openapi('PractitionerActivation');
