import { defaultLocale, isLocale, localeFromAcceptLanguage, type Locale } from '../i18n/index.js';
import type { ApiClient, SessionUser } from './api.js';
import {
  baseCookieOptions,
  LOCALE_CHOSEN_SIGNED_OUT_COOKIE,
  LOCALE_COOKIE,
  type CookieJar,
} from './cookies.js';
import { formValues } from './forms.js';
import { safeRedirectPath } from './redirect.js';

/** The language of a request: the user's explicit choice (cookie), then their account, then the browser. */
export function resolveLocale(input: {
  cookies: CookieJar;
  user: SessionUser | null;
  acceptLanguage: string | null;
}): Locale {
  const chosen = input.cookies.get(LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  return input.user?.account.locale ?? localeFromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The language switch form: remembers the choice in a cookie and, for a signed-in user, on the account so
 * notifications and other devices follow it; a choice made signed out is saved on the account at sign-in
 * ({@link settleLocaleAtSignIn}). Returns the page to go back to.
 */
export async function switchLocale(input: {
  request: Request;
  cookies: CookieJar;
  url: URL;
  user: SessionUser | null;
  api: ApiClient;
}): Promise<string> {
  const { locale, redirectTo } = formValues(await input.request.formData(), ['locale', 'redirectTo']);
  if (isLocale(locale)) {
    input.cookies.set(LOCALE_COOKIE, locale, { ...baseCookieOptions(input.url), maxAge: ONE_YEAR_SECONDS });
    if (!input.user) input.cookies.set(LOCALE_CHOSEN_SIGNED_OUT_COOKIE, '1', baseCookieOptions(input.url));
    if (input.user && input.user.account.locale !== locale) {
      // The cookie already carries the choice for this browser; a failed account update must not block it.
      await input.api.me.$patch({ json: { locale } }).catch(() => null);
    }
  }
  return safeRedirectPath(redirectTo);
}

/**
 * At sign-in: a language switched on the sign-in page (while signed out) wins; otherwise the account's saved
 * language applies, not whatever this browser was last left in, so the remembered choice is dropped.
 */
export function settleLocaleAtSignIn(cookies: CookieJar, url: URL): void {
  if (!cookies.get(LOCALE_CHOSEN_SIGNED_OUT_COOKIE)) cookies.delete(LOCALE_COOKIE, baseCookieOptions(url));
}

/**
 * The first request after such a sign-in saves the language chosen on the sign-in page on the account, so the
 * account (notifications, other devices) and this browser agree. For `hooks.server`, once there is a user.
 */
export async function saveLocaleChosenSignedOut(input: {
  cookies: CookieJar;
  url: URL;
  user: SessionUser;
  api: ApiClient;
}): Promise<void> {
  if (!input.cookies.get(LOCALE_CHOSEN_SIGNED_OUT_COOKIE)) return;
  input.cookies.delete(LOCALE_CHOSEN_SIGNED_OUT_COOKIE, baseCookieOptions(input.url));
  const chosen = input.cookies.get(LOCALE_COOKIE);
  if (isLocale(chosen) && chosen !== input.user.account.locale) {
    // The cookie already carries the choice for this browser; a failed account update must not block the page.
    await input.api.me.$patch({ json: { locale: chosen } }).catch(() => null);
  }
}
