import { z } from '@hono/zod-openapi';
import { passwordSchema } from '../../auth/password.js';
import { loginIdentifierSchema, registerVerifyBodySchema } from './schemas.js';

export const passwordResetBodySchema = z
  .object({
    login: loginIdentifierSchema.openapi({ description: 'The e-mail or phone of the account' }),
  })
  .openapi('PasswordResetRequest');

/** The same answer whether or not the login has an account. */
export const passwordResetStartedSchema = z
  .object({ status: z.literal('check-your-messages'), detail: z.string() })
  .openapi('PasswordResetStarted');

export const passwordResetConfirmBodySchema = z
  .object({
    login: loginIdentifierSchema.openapi({ description: 'The e-mail or phone the code was sent to' }),
    code: registerVerifyBodySchema.shape.code,
    password: passwordSchema,
  })
  .openapi('PasswordResetConfirmRequest');

export const passwordChangedSchema = z
  .object({ status: z.literal('password-changed'), detail: z.string() })
  .openapi('PasswordChanged');
