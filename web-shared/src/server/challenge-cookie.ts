import { baseCookieOptions, type AppKind, type CookieJar } from './cookies.js';

/**
 * Between a right password and a session the app holds the api's second-factor challenge in a short-lived
 * HttpOnly cookie scoped to the sign-in pages, so the code form needs no hidden field the page could leak.
 */
export type SecondStep = 'verify' | 'enrol';

export interface HeldChallenge {
  step: SecondStep;
  challenge: string;
  /** A seeded demo account outside production: the page says where to find the code. */
  demo: boolean;
}

const challengeCookie: Record<AppKind, string> = {
  patient: 'tm_patient_challenge',
  staff: 'tm_staff_challenge',
};
const CHALLENGE_PATH = '/login';
// The api's enrolment challenge lives 15 minutes, a verification one 5; the cookie never outlives either.
const CHALLENGE_MAX_AGE: Record<SecondStep, number> = { verify: 5 * 60, enrol: 15 * 60 };

/** Where the sign-in goes after the password, keeping the page the user was headed for. */
export function secondStepPath(step: SecondStep, next: string | null): string {
  const path = step === 'verify' ? '/login/second-factor' : '/login/enrol';
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

export function keepChallenge(
  cookies: CookieJar,
  url: URL,
  app: AppKind,
  answer: { step: SecondStep; challenge: string; demo: boolean },
): { ok: true; secondStep: SecondStep } {
  const value = JSON.stringify({ step: answer.step, challenge: answer.challenge, demo: answer.demo });
  cookies.set(challengeCookie[app], value, {
    ...baseCookieOptions(url),
    path: CHALLENGE_PATH,
    maxAge: CHALLENGE_MAX_AGE[answer.step],
  });
  return { ok: true, secondStep: answer.step };
}

export function heldChallenge(cookies: CookieJar, app: AppKind, step: SecondStep): HeldChallenge | null {
  const raw = cookies.get(challengeCookie[app]);
  if (!raw) return null;
  try {
    const held = JSON.parse(raw) as Partial<HeldChallenge>;
    if (held.step !== step || typeof held.challenge !== 'string') return null;
    return { step, challenge: held.challenge, demo: held.demo === true };
  } catch {
    return null;
  }
}

export function forgetChallenge(cookies: CookieJar, url: URL, app: AppKind) {
  cookies.delete(challengeCookie[app], { ...baseCookieOptions(url), path: CHALLENGE_PATH });
}

/**
 * Recovery codes are shown once, on their own page after the action that made them (so a reload or the
 * sign-in redirect cannot lose them): they wait a few minutes in an HttpOnly cookie read only by that page.
 */
const RECOVERY_COOKIE = 'tm_recovery_codes';
export const RECOVERY_CODES_PATH = '/recovery-codes';

export function stashRecoveryCodes(cookies: CookieJar, url: URL, codes: string[]) {
  cookies.set(RECOVERY_COOKIE, codes.join(' '), {
    ...baseCookieOptions(url),
    path: RECOVERY_CODES_PATH,
    maxAge: 5 * 60,
  });
}

/** The codes to show, once: reading them forgets them. */
export function takeRecoveryCodes(cookies: CookieJar, url: URL): string[] {
  const raw = cookies.get(RECOVERY_COOKIE);
  if (!raw) return [];
  cookies.delete(RECOVERY_COOKIE, { ...baseCookieOptions(url), path: RECOVERY_CODES_PATH });
  return raw.split(' ').filter((code) => /^[0-9A-Z-]{8,40}$/.test(code));
}
