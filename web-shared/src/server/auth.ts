import { z } from 'zod';
import { fieldProblemMessage, messages, problemMessage, type Locale } from '../i18n/index.js';
import { connectApi, readProblem, type ApiClient } from './api.js';
import {
  baseCookieOptions,
  DEVICE_TOKEN,
  deviceCookieName,
  readApiCookie,
  readApiSessionCookie,
  sessionCookieName,
  type AppKind,
  type CookieJar,
} from './cookies.js';
import { fieldErrorsFrom, formValues, type FormOutcome } from './forms.js';
import { settleLocaleAtSignIn } from './locale.js';
import { rememberRegistration } from './registration.js';
import { keepChallenge, type SecondStep } from './challenge-cookie.js';

export interface ActionInput {
  request: Request;
  cookies: CookieJar;
  url: URL;
  apiUrl: string;
  locale: Locale;
  /** The browser's address, passed on so the api's login rate limit counts per person, not per web server. */
  clientAddress: string;
}

const loginFields = ['login', 'password'] as const;
export type LoginField = (typeof loginFields)[number];

/** POST /auth/login for the app, then keep the api's session token in the app's own HttpOnly cookie. */
export async function logIn(
  input: ActionInput & { app: AppKind },
): Promise<FormOutcome<LoginField> | { ok: true; secondStep: SecondStep }> {
  const text = messages(input.locale).auth.errors;
  const values = formValues(await input.request.formData(), loginFields);
  const fail = (
    status: number,
    message: string | null,
    fieldErrors: Partial<Record<LoginField, string>> = {},
  ): FormOutcome<LoginField> => ({
    ok: false,
    failure: { status, values: { login: values.login.trim() }, fieldErrors, message },
  });

  const schema = z.object({
    login: z.string().trim().min(1, text.loginRequired),
    password: z.string().min(1, text.passwordRequired),
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) return fail(400, null, fieldErrorsFrom(parsed.error, loginFields));

  const response = await callApi(() =>
    connectApi(
      input.apiUrl,
      {},
      input.clientAddress,
      deviceToken(input, input.app),
      input.request.headers.get('user-agent'),
    ).auth.login.$post({
      json: { ...parsed.data, app: input.app },
    }),
  );
  if (!response) return fail(503, text.unavailable);
  // Widened on purpose: a proxy or a crash can answer with a status the contract does not list.
  const status: number = response.status;
  if (status === 200) {
    return keepSession(input, input.app, response.headers) ? { ok: true } : fail(502, text.unavailable);
  }
  // Second factor: the password was right; a code (or, for new staff, enrolment) comes before a session.
  if (response.status === 202) {
    return keepChallenge(input.cookies, input.url, input.app, await response.json());
  }
  if (status === 401) return fail(401, text.badCredentials);
  if (status === 403) {
    return fail(403, input.app === 'patient' ? text.staffAccountInPatientApp : text.patientAccountInStaffApp);
  }
  if (status === 429) {
    const seconds = Number(response.headers.get('retry-after')) || 60;
    return fail(429, text.tooManyAttempts(Math.max(1, Math.ceil(seconds / 60))));
  }
  return fail(status, problemMessage(await readProblem(response), input.locale));
}

const registerFields = ['email', 'phone', 'password', 'fullName', 'birthDate', 'sex'] as const;
export type RegisterField = (typeof registerFields)[number];

/** Whole years between a 'YYYY-MM-DD' birth date and today. */
function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 0, day = 0] = birthDate.split('-').map(Number);
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  return today.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

/** Patients register themselves; the same password and age rules as the api, in the reader's language. */
export async function register(input: ActionInput): Promise<FormOutcome<RegisterField>> {
  const text = messages(input.locale).auth.errors;
  const values = formValues(await input.request.formData(), registerFields);
  // Everything but the password is given back to refill the form.
  const refill = { ...values, password: '' };
  const fail = (
    status: number,
    message: string | null,
    fieldErrors: Partial<Record<RegisterField, string>> = {},
  ): FormOutcome<RegisterField> => ({ ok: false, failure: { status, values: refill, fieldErrors, message } });

  const schema = z.object({
    email: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), z.email(text.emailInvalid)])),
    phone: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), z.string().regex(/^\+?[\d\s()-]{10,20}$/, text.phoneInvalid)])),
    password: z
      .string()
      .min(12, text.passwordTooShort) // the api's MIN_PASSWORD_LENGTH
      .regex(/\p{L}/u, text.passwordLettersAndDigits)
      .regex(/\d/, text.passwordLettersAndDigits),
    fullName: z.string().trim().min(2, text.fullNameRequired),
    birthDate: z.iso
      .date(text.birthDateInvalid)
      .refine((date) => ageOn(date, new Date()) >= 15, text.tooYoung)
      .refine((date) => ageOn(date, new Date()) <= 120, text.birthDateInvalid),
    sex: z.enum(['female', 'male'], text.sexRequired),
  });
  const parsed = schema.safeParse(values);
  // Checked apart from the schema so it is reported together with the other fields' errors.
  const contactError = values.email.trim() || values.phone.trim() ? {} : { email: text.contactRequired };
  if (!parsed.success) {
    return fail(400, null, { ...contactError, ...fieldErrorsFrom(parsed.error, registerFields) });
  }
  if (!parsed.data.email && !parsed.data.phone) return fail(400, null, contactError);

  const { email, phone, ...rest } = parsed.data;
  const response = await callApi(() =>
    connectApi(input.apiUrl, {}, input.clientAddress).auth.register.$post({
      json: { ...rest, ...(email ? { email } : {}), ...(phone ? { phone } : {}), locale: input.locale },
    }),
  );
  if (!response) return fail(503, text.unavailable);
  const status: number = response.status;
  // The same answer whether or not the e-mail or phone is taken: the next step is the code(s) sent to them.
  if (status === 202) {
    rememberRegistration(input, { email, phone });
    return { ok: true };
  }
  if (status === 429) {
    const seconds = Number(response.headers.get('retry-after')) || 60;
    return fail(429, text.tooManyAttempts(Math.max(1, Math.ceil(seconds / 60))));
  }
  // The api checks the same rules; anything it still refuses is shown with its own explanation,
  // except the password checks the app cannot make itself (common passwords, your own e-mail or phone).
  const problem = await readProblem(response);
  const fieldErrors: Partial<Record<RegisterField, string>> = {};
  for (const error of problem.errors) {
    const field = registerFields.find((f) => error.path === f || error.path.startsWith(`${f}.`));
    if (field)
      fieldErrors[field] ??=
        field === 'password'
          ? text.passwordRejected
          : (fieldProblemMessage(error, input.locale) ?? problemMessage(problem, input.locale));
  }
  return fail(
    status,
    Object.keys(fieldErrors).length ? null : problemMessage(problem, input.locale),
    fieldErrors,
  );
}

/** Ends the api session (best effort) and always forgets it in the app. */
export async function logOut(input: { cookies: CookieJar; url: URL; app: AppKind; api: ApiClient }) {
  await callApi(() => input.api.auth.logout.$post());
  input.cookies.delete(sessionCookieName[input.app], baseCookieOptions(input.url));
}

export function keepSession(input: ActionInput, app: AppKind, headers: Headers): boolean {
  const session = readApiSessionCookie(headers);
  if (!session) return false;
  input.cookies.set(sessionCookieName[app], session.token, {
    ...baseCookieOptions(input.url),
    ...(session.expires ? { expires: session.expires } : {}),
  });
  settleLocaleAtSignIn(input.cookies, input.url);
  const device = readApiCookie(headers, 'tm_device');
  if (device && DEVICE_TOKEN.test(device.token)) {
    input.cookies.set(deviceCookieName[app], device.token, {
      ...baseCookieOptions(input.url),
      ...(device.expires ? { expires: device.expires } : {}),
    });
  }
  return true;
}

/** The api's device token this browser was given at an earlier sign-in, if it looks like one. */
function deviceToken(input: { cookies: CookieJar }, app: AppKind): string | undefined {
  const token = input.cookies.get(deviceCookieName[app]);
  return token && DEVICE_TOKEN.test(token) ? token : undefined;
}

/** A network failure to reach the api becomes "unavailable" on the form rather than a crashed page. */
export async function callApi<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch {
    return null;
  }
}
