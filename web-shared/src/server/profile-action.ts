import type { Locale } from '../i18n/index.js';
import type { ApiClient } from './api.js';
import type { CookieJar } from './cookies.js';

/**
 * What the profile's two-step sign-in steps (`confirmOwnEnrolment`, `regenerateRecoveryCodes`,
 * `turnOffSecondFactor`) read from a form action's event: the user's api and language, the form and the cookies.
 */
export function profileActionInput(event: {
  locals: { api: ApiClient; locale: Locale };
  request: Request;
  cookies: CookieJar;
  url: URL;
}) {
  const { locals, request, cookies, url } = event;
  return { api: locals.api, request, cookies, url, locale: locals.locale };
}
