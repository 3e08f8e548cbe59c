import { z } from 'zod';
import { messages, type Locale } from '../i18n/index.js';
import { connectApi } from './api.js';
import { callApi, keepSession } from './auth.js';
import { baseCookieOptions, type CookieJar } from './cookies.js';
import { formValues, type FormOutcome } from './forms.js';

/**
 * Registration's second step: the api has sent a code to each e-mail and phone given (or, to one that
 * already has an account, a notice instead). Which identities still wait for their code is kept
 * between the steps in a short-lived HttpOnly cookie, never in the address bar.
 */
export const REGISTRATION_COOKIE = 'tm_registration';
const REGISTRATION_TTL_SECONDS = 15 * 60; // the api's CODE_TTL_SECONDS

export interface PendingIdentities {
  email?: string;
  phone?: string;
}

const pendingSchema = z.object({ email: z.string().optional(), phone: z.string().optional() });

export function rememberRegistration(
  input: { cookies: CookieJar; url: URL },
  identities: { email?: string | undefined; phone?: string | undefined },
) {
  const pending: PendingIdentities = {
    ...(identities.email ? { email: identities.email } : {}),
    ...(identities.phone ? { phone: identities.phone } : {}),
  };
  input.cookies.set(REGISTRATION_COOKIE, JSON.stringify(pending), {
    ...baseCookieOptions(input.url),
    maxAge: REGISTRATION_TTL_SECONDS,
  });
}

/** The identities waiting for a code, or null when there is no registration in progress. */
export function pendingRegistration(cookies: CookieJar): PendingIdentities | null {
  const raw = cookies.get(REGISTRATION_COOKIE);
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    return parsed.success && (parsed.data.email || parsed.data.phone) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Outside production the api keeps undelivered messages in a development mailbox; the demo links to it. */
export async function devMailbox(apiUrl: string, pending: PendingIdentities) {
  const api = connectApi(apiUrl);
  const boxes = [];
  for (const to of [pending.email, pending.phone]) {
    if (!to) continue;
    const response = await callApi(() => api.dev.mailbox.$get({ query: { to } }));
    if (response?.status !== 200) return null;
    boxes.push({ to, messages: (await response.json()).messages });
  }
  return boxes;
}

const codeFields = ['emailCode', 'phoneCode'] as const;
export type RegistrationCodeField = (typeof codeFields)[number];

/** POST /auth/register/verify for each code given; the last one signs the new patient in. */
export async function confirmRegistration(input: {
  request: Request;
  cookies: CookieJar;
  url: URL;
  apiUrl: string;
  locale: Locale;
  clientAddress: string;
}): Promise<FormOutcome<RegistrationCodeField>> {
  const text = messages(input.locale).auth.errors;
  const values = formValues(await input.request.formData(), codeFields);
  const fail = (
    status: number,
    message: string | null,
    fieldErrors: Partial<Record<RegistrationCodeField, string>> = {},
  ): FormOutcome<RegistrationCodeField> => ({
    ok: false,
    failure: { status, values: { emailCode: '', phoneCode: '' }, fieldErrors, message },
  });
  const pending = pendingRegistration(input.cookies);
  if (!pending) return fail(410, text.registrationExpired);

  const api = connectApi(
    input.apiUrl,
    {},
    input.clientAddress,
    undefined,
    input.request.headers.get('user-agent'),
  );
  const steps = [
    { field: 'emailCode', channel: 'email', login: pending.email },
    { field: 'phoneCode', channel: 'phone', login: pending.phone },
  ] as const;
  const fieldErrors: Partial<Record<RegistrationCodeField, string>> = {};
  for (const { field, channel, login } of steps) {
    if (!login) continue;
    const code = values[field].replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      fieldErrors[field] = text.codeRequired;
      continue;
    }
    const response = await callApi(() => api.auth.register.verify.$post({ json: { login, code } }));
    if (!response) return fail(503, text.unavailable);
    const status: number = response.status;
    if (status === 201) {
      input.cookies.delete(REGISTRATION_COOKIE, baseCookieOptions(input.url));
      return keepSession(input, 'patient', response.headers) ? { ok: true } : fail(502, text.unavailable);
    }
    if (status === 202) {
      // Confirmed: this identity no longer waits, even if another code on the form was wrong.
      delete pending[channel];
      rememberRegistration(input, pending);
      continue;
    }
    if (status === 429) return fail(429, text.tooManyCodes);
    fieldErrors[field] = text.codeInvalid;
  }
  return fail(400, null, fieldErrors);
}
