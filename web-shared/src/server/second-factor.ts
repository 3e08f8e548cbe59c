import QRCode from 'qrcode';
import { messages, problemMessage, type Locale } from '../i18n/index.js';
import { connectApi, readProblem, type ApiClient } from './api.js';
import { callApi, keepSession, type ActionInput } from './auth.js';
import { forgetChallenge, heldChallenge, stashRecoveryCodes } from './challenge-cookie.js';
import type { AppKind, CookieJar } from './cookies.js';
import { formValues, type FormOutcome } from './forms.js';

/** The one field of every second-factor form: a 6-digit code from the app, or a recovery code. */
export type SecondFactorField = 'code';
const codeFields = ['code'] as const;

type Answer = { code: string } | { recoveryCode: string };
type Failure = FormOutcome<SecondFactorField>;

function fail(status: number, message: string | null, fieldError?: string): Failure {
  return {
    ok: false,
    failure: { status, values: {}, fieldErrors: fieldError ? { code: fieldError } : {}, message },
  };
}

/** Six digits are a TOTP code; anything else longer is taken as a recovery code (where one is accepted). */
async function readAnswer(request: Request, locale: Locale, recovery: true): Promise<Answer | Failure>;
async function readAnswer(
  request: Request,
  locale: Locale,
  recovery: false,
): Promise<{ code: string } | Failure>;
async function readAnswer(request: Request, locale: Locale, recovery: boolean): Promise<Answer | Failure> {
  const text = messages(locale).secondFactor.errors;
  const { code } = formValues(await request.formData(), codeFields);
  const compact = code.replace(/\s/g, '');
  if (!compact) return fail(400, null, text.codeRequired);
  if (/^\d{6}$/.test(compact)) return { code: compact };
  if (!recovery || /^\d+$/.test(compact)) return fail(400, null, text.codeFormat);
  return { recoveryCode: code };
}

const isFailure = (value: object): value is Failure => 'ok' in value;

/** How the api's refusals of a code read on the form. */
async function refusal(
  response: { status: number; statusText: string; headers: Headers; json(): Promise<unknown> },
  locale: Locale,
) {
  const m = messages(locale);
  if (response.status === 401) return fail(401, null, m.secondFactor.errors.wrongCode);
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after')) || 60;
    return fail(429, m.auth.errors.tooManyAttempts(Math.max(1, Math.ceil(seconds / 60))));
  }
  return fail(response.status, problemMessage(await readProblem(response), locale));
}

/** Renders the enrolment URI as an inline SVG QR code on the server: no script, no external image. */
async function withQrCode<T extends { otpauthUri: string }>(enrolment: T) {
  const qrSvg = await QRCode.toString(enrolment.otpauthUri, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return { ...enrolment, qrSvg };
}

type SignInInput = ActionInput & { app: AppKind };

/** The second step of sign-in: the held challenge and the code become the app's session. */
export async function verifySignIn(input: SignInInput): Promise<FormOutcome<SecondFactorField>> {
  const m = messages(input.locale);
  const held = heldChallenge(input.cookies, input.app, 'verify');
  if (!held) return fail(410, m.secondFactor.errors.expired);
  const answer = await readAnswer(input.request, input.locale, true);
  if (isFailure(answer)) return answer;
  const response = await callApi(() =>
    connectApi(
      input.apiUrl,
      {},
      input.clientAddress,
      undefined,
      input.request.headers.get('user-agent'),
    ).auth.login['second-factor'].$post({
      json: { challenge: held.challenge, ...answer },
    }),
  );
  if (!response) return fail(503, m.auth.errors.unavailable);
  if (response.status === 200) {
    forgetChallenge(input.cookies, input.url, input.app);
    return keepSession(input, input.app, response.headers)
      ? { ok: true }
      : fail(502, m.auth.errors.unavailable);
  }
  if (response.status === 410) {
    forgetChallenge(input.cookies, input.url, input.app);
    return fail(410, m.secondFactor.errors.expired);
  }
  return refusal(response, input.locale);
}

/** The secret to scan during a staff member's first sign-in, or null when the sign-in has expired. */
export async function enrolmentAtSignIn(input: {
  cookies: CookieJar;
  apiUrl: string;
  app: AppKind;
  clientAddress: string;
}) {
  const held = heldChallenge(input.cookies, input.app, 'enrol');
  if (!held) return null;
  const response = await connectApi(input.apiUrl, {}, input.clientAddress).auth.login.enrolment.$post({
    json: { challenge: held.challenge },
  });
  if (response.status !== 200) return null;
  return withQrCode(await response.json());
}

/** Confirms the first enrolment: signs in and hands the recovery codes to their one-time page. */
export async function confirmEnrolmentAtSignIn(input: SignInInput): Promise<FormOutcome<SecondFactorField>> {
  const m = messages(input.locale);
  const held = heldChallenge(input.cookies, input.app, 'enrol');
  if (!held) return fail(410, m.secondFactor.errors.expired);
  const answer = await readAnswer(input.request, input.locale, false);
  if (isFailure(answer)) return answer;
  const response = await callApi(() =>
    connectApi(
      input.apiUrl,
      {},
      input.clientAddress,
      undefined,
      input.request.headers.get('user-agent'),
    ).auth.login.enrolment.confirm.$post({
      json: { challenge: held.challenge, code: answer.code },
    }),
  );
  if (!response) return fail(503, m.auth.errors.unavailable);
  if (response.status === 200) {
    const { recoveryCodes } = await response.json();
    forgetChallenge(input.cookies, input.url, input.app);
    if (!keepSession(input, input.app, response.headers)) return fail(502, m.auth.errors.unavailable);
    stashRecoveryCodes(input.cookies, input.url, recoveryCodes);
    return { ok: true };
  }
  if (response.status === 410) {
    forgetChallenge(input.cookies, input.url, input.app);
    return fail(410, m.secondFactor.errors.expired);
  }
  return refusal(response, input.locale);
}

// Signed in: the profile's view and actions.

export async function secondFactorStatus(api: ApiClient) {
  const response = await api.me['second-factor'].$get();
  return response.status === 200 ? await response.json() : null;
}

/** A patient opting in: the secret to scan (the same one again within this session's set-up). */
export async function beginOwnEnrolment(api: ApiClient) {
  const response = await api.me['second-factor'].enrolment.$post();
  return response.status === 200 ? withQrCode(await response.json()) : null;
}

interface ProfileInput {
  api: ApiClient;
  request: Request;
  cookies: CookieJar;
  url: URL;
  locale: Locale;
}

export async function confirmOwnEnrolment(input: ProfileInput): Promise<FormOutcome<SecondFactorField>> {
  const m = messages(input.locale);
  const answer = await readAnswer(input.request, input.locale, false);
  if (isFailure(answer)) return answer;
  const response = await callApi(() =>
    input.api.me['second-factor'].enrolment.confirm.$post({
      json: answer,
    }),
  );
  if (!response) return fail(503, m.auth.errors.unavailable);
  if (response.status === 200) {
    stashRecoveryCodes(input.cookies, input.url, (await response.json()).recoveryCodes);
    return { ok: true };
  }
  if (response.status === 410) return fail(410, m.secondFactor.errors.setupExpired);
  return refusal(response, input.locale);
}

export async function regenerateRecoveryCodes(input: ProfileInput): Promise<FormOutcome<SecondFactorField>> {
  const m = messages(input.locale);
  const answer = await readAnswer(input.request, input.locale, false);
  if (isFailure(answer)) return answer;
  const response = await callApi(() =>
    input.api.me['second-factor']['recovery-codes'].$post({
      json: answer,
    }),
  );
  if (!response) return fail(503, m.auth.errors.unavailable);
  if (response.status === 200) {
    stashRecoveryCodes(input.cookies, input.url, (await response.json()).recoveryCodes);
    return { ok: true };
  }
  return refusal(response, input.locale);
}

export async function turnOffSecondFactor(input: ProfileInput): Promise<FormOutcome<SecondFactorField>> {
  const m = messages(input.locale);
  const answer = await readAnswer(input.request, input.locale, true);
  if (isFailure(answer)) return answer;
  const response = await callApi(() => input.api.me['second-factor'].disable.$post({ json: answer }));
  if (!response) return fail(503, m.auth.errors.unavailable);
  if (response.status === 204) return { ok: true };
  return refusal(response, input.locale);
}
