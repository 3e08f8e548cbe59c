import { z } from '@hono/zod-openapi';
import { sessionSchema } from '../schemas.js';

export const secondFactorChallengeSchema = z
  .object({
    step: z.enum(['verify', 'enrol']).openapi({
      description:
        '`verify`: send a code from the authenticator app (or a recovery code) to POST /auth/login/second-factor. ' +
        '`enrol`: staff without a second factor must set one up first (POST /auth/login/enrolment).',
    }),
    challenge: z.string(),
    expiresAt: z.iso.datetime(),
    demo: z.boolean().openapi({
      description:
        'A seeded demo account outside production: the sign-in page may say where to find its code.',
    }),
  })
  .openapi('SecondFactorChallenge', { description: 'The password was right; no session yet.' });

const challengeField = z.string().min(20).max(100);
const totpCodeField = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'The code is the 6 digits shown in your authenticator app'));
const recoveryCodeField = z.string().trim().min(8).max(40);

export const verifyBodySchema = z
  .object({
    challenge: challengeField,
    code: totpCodeField.optional(),
    recoveryCode: recoveryCodeField.optional(),
  })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), {
    message: 'Send either a code or a recovery code',
    path: ['code'],
  })
  .openapi('SecondFactorVerifyRequest');

export const codeAnswerSchema = z
  .object({ code: totpCodeField.optional(), recoveryCode: recoveryCodeField.optional() })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), {
    message: 'Send either a code or a recovery code',
    path: ['code'],
  })
  .openapi('SecondFactorAnswer');

export const codeBodySchema = z.object({ code: totpCodeField }).openapi('SecondFactorCode');
export const challengeBodySchema = z
  .object({ challenge: challengeField })
  .openapi('SecondFactorChallengeRef');
export const confirmEnrolmentBodySchema = z
  .object({ challenge: challengeField, code: totpCodeField })
  .openapi('SecondFactorEnrolmentConfirmRequest');

export const enrolmentSchema = z
  .object({
    secret: z.string().openapi({ description: 'Base32, for typing into an app that cannot scan' }),
    otpauthUri: z.string().openapi({ description: 'The `otpauth://totp/…` URI to show as a QR code' }),
    expiresAt: z.iso.datetime(),
  })
  .openapi('SecondFactorEnrolment');

export const recoveryCodesSchema = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({ description: 'Shown once; each works once' }),
  })
  .openapi('RecoveryCodes');

export const enrolledSessionSchema = sessionSchema
  .extend(recoveryCodesSchema.shape)
  .openapi('EnrolledSession');

export const secondFactorStatusSchema = z
  .object({
    enabled: z.boolean(),
    enabledAt: z.iso.datetime().nullable(),
    required: z.boolean().openapi({ description: 'Staff accounts cannot turn it off' }),
    recoveryCodesLeft: z.number().int(),
  })
  .openapi('SecondFactorStatus');
