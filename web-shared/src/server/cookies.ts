/**
 * The subset of SvelteKit's `Cookies` this package uses, described structurally so the shared code does not
 * import `@sveltejs/kit` itself (each app owns its copy of Kit).
 */
export interface CookieOptions {
  path: string;
  httpOnly?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  secure?: boolean;
  maxAge?: number;
  expires?: Date;
}

export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, opts: CookieOptions): void;
  delete(name: string, opts: CookieOptions): void;
}

/** Which web app is asking: the api refuses roles that do not belong to it. */
export type AppKind = 'patient' | 'staff';

/**
 * Each app keeps the api session under its own cookie name: cookies are not separated by port, and in
 * development both apps run on the same host, so one shared name would let one app's sign-in replace the other's.
 */
export const sessionCookieName: Record<AppKind, string> = {
  patient: 'tm_patient_session',
  staff: 'tm_staff_session',
};

/** Shared by both apps on purpose: a language chosen in one is kept in the other. */
export const LOCALE_COOKIE = 'tm_locale';
/** Set for the browser session when the language is switched while signed out, e.g. on the sign-in page. */
export const LOCALE_CHOSEN_SIGNED_OUT_COOKIE = 'tm_locale_chosen';

export function baseCookieOptions(url: URL): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' };
}

/**
 * The api marks a browser that signed in before with a long-lived `tm_device` cookie, so the right password
 * from it still passes while strangers' guesses slow the account down. The app keeps it under its own name
 * and sends it back on sign-in.
 */
export const deviceCookieName: Record<AppKind, string> = {
  patient: 'tm_patient_device',
  staff: 'tm_staff_device',
};

/** The shape of a token the api issues; anything else is not passed on (it might not even fit a header). */
export const DEVICE_TOKEN = /^[A-Za-z0-9._-]{20,300}$/;

/** Reads the api's `Set-Cookie: tm_session=…` so the app can keep the token in its own first-party cookie. */
export function readApiSessionCookie(headers: Headers): { token: string; expires?: Date } | null {
  return readApiCookie(headers, 'tm_session');
}

/** Reads one `Set-Cookie` of the api's answer: its value and when it expires. */
export function readApiCookie(headers: Headers, name: string): { token: string; expires?: Date } | null {
  for (const line of headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    if (pair.slice(0, separator).trim() !== name) continue;
    const token = decodeURIComponent(pair.slice(separator + 1).trim());
    if (!token) return null;
    const expires = attributes
      .map((attribute) => attribute.trim())
      .find((attribute) => attribute.toLowerCase().startsWith('expires='));
    const date = expires ? new Date(expires.slice('expires='.length)) : null;
    return date && !Number.isNaN(date.getTime()) ? { token, expires: date } : { token };
  }
  return null;
}
