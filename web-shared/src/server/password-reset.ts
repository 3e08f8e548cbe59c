import { z } from 'zod';
import { fieldProblemMessage, messages, problemMessage } from '../i18n/index.js';
import { connectApi, readProblem } from './api.js';
import { callApi, type ActionInput } from './auth.js';
import { baseCookieOptions, type CookieJar } from './cookies.js';
import { fieldErrorsFrom, formValues, type FormOutcome } from './forms.js';
import { devMailbox } from './registration.js';

/**
 * Password reset, the same in both apps: the login asked for is kept between the two steps in a
 * short-lived HttpOnly cookie (never in the address bar), like a registration in progress.
 */
export const PASSWORD_RESET_COOKIE = 'tm_password_reset';
const PASSWORD_RESET_TTL_SECONDS = 15 * 60; // the api's CODE_TTL_SECONDS

/** The login a reset was asked for, or null when there is none in progress. */
export function pendingPasswordReset(cookies: CookieJar): string | null {
  return cookies.get(PASSWORD_RESET_COOKIE) || null;
}

/** The demo mailbox of the login (outside production only; null where the api has none). */
export const passwordResetMailbox = (apiUrl: string, login: string) =>
  devMailbox(apiUrl, login.includes('@') ? { email: login } : { phone: login });

const requestFields = ['login'] as const;
export type PasswordResetRequestField = (typeof requestFields)[number];

/** POST /auth/password-reset: the answer is the same for every login, so the next step always follows. */
export async function requestPasswordReset(
  input: ActionInput,
): Promise<FormOutcome<PasswordResetRequestField>> {
  const text = messages(input.locale).auth.errors;
  const values = formValues(await input.request.formData(), requestFields);
  const fail = (
    status: number,
    message: string | null,
    fieldErrors: Partial<Record<PasswordResetRequestField, string>> = {},
  ): FormOutcome<PasswordResetRequestField> => ({
    ok: false,
    failure: { status, values, fieldErrors, message },
  });
  if (!values.login) return fail(400, null, { login: text.loginRequired });

  const response = await callApi(() =>
    connectApi(input.apiUrl, {}, input.clientAddress).auth['password-reset'].$post({
      json: { login: values.login },
    }),
  );
  if (!response) return fail(503, text.unavailable);
  const status: number = response.status;
  if (status === 202) {
    // The api's normalised form of the login is what the code was sent to; keep what was typed,
    // which the api normalises the same way on the next step.
    input.cookies.set(PASSWORD_RESET_COOKIE, values.login, {
      ...baseCookieOptions(input.url),
      maxAge: PASSWORD_RESET_TTL_SECONDS,
    });
    return { ok: true };
  }
  if (status === 429) {
    const seconds = Number(response.headers.get('retry-after')) || 60;
    return fail(429, text.tooManyAttempts(Math.max(1, Math.ceil(seconds / 60))));
  }
  const problem = await readProblem(response);
  const loginError = problem.errors.find((e) => e.path === 'login');
  return loginError
    ? fail(status, null, {
        login: fieldProblemMessage(loginError, input.locale) ?? problemMessage(problem, input.locale),
      })
    : fail(status, problemMessage(problem, input.locale));
}

const confirmFields = ['code', 'password'] as const;
export type PasswordResetField = (typeof confirmFields)[number];

/** POST /auth/password-reset/confirm with the code and the new password (the same rules as registration). */
export async function confirmPasswordReset(input: ActionInput): Promise<FormOutcome<PasswordResetField>> {
  const m = messages(input.locale).auth;
  const text = m.errors;
  const values = formValues(await input.request.formData(), confirmFields);
  const fail = (
    status: number,
    message: string | null,
    fieldErrors: Partial<Record<PasswordResetField, string>> = {},
  ): FormOutcome<PasswordResetField> => ({
    ok: false,
    // The code is given back (it still works after a refused password); the password never is.
    failure: { status, values: { code: values.code }, fieldErrors, message },
  });
  const login = pendingPasswordReset(input.cookies);
  if (!login) return fail(410, m.passwordReset.expired);

  const schema = z.object({
    code: z
      .string()
      .transform((s) => s.replace(/\s/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, text.codeRequired)),
    password: z
      .string()
      .min(12, text.passwordTooShort) // the api's MIN_PASSWORD_LENGTH
      .regex(/\p{L}/u, text.passwordLettersAndDigits)
      .regex(/\d/, text.passwordLettersAndDigits),
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) return fail(400, null, fieldErrorsFrom(parsed.error, confirmFields));

  const response = await callApi(() =>
    connectApi(input.apiUrl, {}, input.clientAddress).auth['password-reset'].confirm.$post({
      json: { login, ...parsed.data },
    }),
  );
  if (!response) return fail(503, text.unavailable);
  const status: number = response.status;
  if (status === 200) {
    input.cookies.delete(PASSWORD_RESET_COOKIE, baseCookieOptions(input.url));
    return { ok: true };
  }
  if (status === 429) return fail(429, m.passwordReset.tooManyCodes);
  const problem = await readProblem(response);
  // A refused password comes with field errors (common, or containing the e-mail or phone); a bad code without.
  if (problem.errors.some((e) => e.path === 'password')) {
    return fail(400, null, { password: text.passwordRejected });
  }
  return fail(status, null, { code: text.codeInvalid });
}
