import { z } from '@hono/zod-openapi';
import { roleEnum } from '../../db/schema/index.js';
import { passwordContainsIdentity, passwordSchema } from '../../auth/password.js';
import { isoDateSchema, localeSchema, localizedTextSchema } from '../../http/schemas.js';
import { ageInYears } from '../../lib/dates.js';
import { patientSummarySchema } from '../patients/schemas.js';

export const roleSchema = z.enum(roleEnum.enumValues);

export const accountSchema = z
  .object({
    id: z.uuid(),
    role: roleSchema,
    email: z.string().nullable(),
    phone: z.string().nullable(),
    displayName: localizedTextSchema,
    locale: localeSchema,
  })
  .openapi('Account');

export const practitionerSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['doctor', 'assistant']),
    fullName: localizedTextSchema,
    specialties: z.array(z.object({ code: z.string(), name: localizedTextSchema })),
    clinic: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
    experienceYears: z.number().int(),
    languages: z.array(z.string()),
    treatsAdults: z.boolean(),
    treatsChildren: z.boolean(),
  })
  .openapi('Practitioner');

export const sessionSchema = z
  .object({ account: accountSchema, csrfToken: z.string() })
  .openapi('Session', { description: 'The session cookie is set in the response headers.' });

export const meSchema = z
  .object({
    account: accountSchema,
    csrfToken: z.string(),
    patient: patientSummarySchema.nullable(),
    practitioner: practitionerSchema.nullable(),
  })
  .openapi('Me');

/** E-mail, or a phone number in international form; both normalised before lookup. */
export const loginIdentifierSchema = z
  .string()
  .trim()
  .min(3, 'Enter your e-mail or phone number')
  .max(200)
  .transform((s) => normaliseLogin(s));

export function normaliseLogin(login: string): string {
  if (login.includes('@')) return login.toLowerCase();
  const digits = login.replace(/[^\d+]/g, '');
  return digits.startsWith('8') && digits.length === 11 ? `+7${digits.slice(1)}` : digits;
}

export const loginBodySchema = z
  .object({
    login: loginIdentifierSchema,
    password: z.string().min(1, 'Enter your password').max(200),
    app: z
      .enum(['patient', 'staff'])
      .optional()
      .openapi({ description: 'Refuse roles that do not belong to this app' }),
  })
  .openapi('LoginRequest');

const phoneSchema = z
  .string()
  .trim()
  .transform(normaliseLogin)
  .pipe(z.string().regex(/^\+\d{10,15}$/, 'Phone must be in international form, e.g. +79161234567'));

export const registerBodySchema = z
  .object({
    email: z.email('Enter a valid e-mail').toLowerCase().optional(),
    phone: phoneSchema.optional(),
    password: passwordSchema,
    fullName: z.string().trim().min(2, 'Enter your full name').max(200),
    birthDate: isoDateSchema('Birth date must be YYYY-MM-DD'),
    sex: z.enum(['female', 'male']),
    locale: localeSchema.default('ru'),
  })
  .refine((b) => b.email || b.phone, { message: 'Give an e-mail or a phone number', path: ['email'] })
  .refine((b) => ageInYears(b.birthDate) >= 15 && ageInYears(b.birthDate) <= 120, {
    message: 'You must be at least 15 to register; children are added by a parent',
    path: ['birthDate'],
  })
  .refine((b) => !passwordContainsIdentity(b.password, b), {
    message: 'The password must not contain your e-mail or phone number',
    path: ['password'],
  })
  .openapi('RegisterRequest');

/** The same answer whether or not the e-mail or phone already has an account. */
export const registrationStartedSchema = z
  .object({
    status: z.literal('check-your-messages'),
    detail: z.string(),
  })
  .openapi('RegistrationStarted');

export const registerVerifyBodySchema = z
  .object({
    login: loginIdentifierSchema.openapi({ description: 'The e-mail or phone the code was sent to' }),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'The code is 6 digits'),
  })
  .openapi('RegisterVerifyRequest');

export const registrationPendingSchema = z
  .object({
    status: z.literal('pending'),
    remaining: z.array(z.enum(['email', 'phone'])).openapi({ description: 'Identities still to confirm' }),
  })
  .openapi('RegistrationPending');

export const devMailboxQuerySchema = z.object({ to: loginIdentifierSchema });

export const devMailboxSchema = z
  .object({
    messages: z.array(
      z.object({ to: z.string(), subject: z.string(), text: z.string(), sentAt: z.string() }),
    ),
  })
  .openapi('DevMailbox');

export const updateMeBodySchema = z.object({ locale: localeSchema }).openapi('UpdateMeRequest');
