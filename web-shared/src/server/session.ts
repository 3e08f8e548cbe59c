import { connectApi, type ApiClient, type SessionUser } from './api.js';
import { sessionCookieName, baseCookieOptions, type AppKind, type CookieJar } from './cookies.js';

export interface Session {
  user: SessionUser | null;
  /** Calls the api as this user (or anonymously), with the CSRF token attached for unsafe methods. */
  api: ApiClient;
}

const APP_ROLES: Record<AppKind, readonly SessionUser['account']['role'][]> = {
  patient: ['patient'],
  staff: ['doctor', 'assistant', 'admin'],
};

/**
 * Resolves the request's user for `hooks.server`: reads the app's session cookie and asks the api who it
 * belongs to. A session the api no longer knows (expired, signed out elsewhere) clears the cookie.
 */
export async function loadSession(input: {
  cookies: CookieJar;
  url: URL;
  apiUrl: string;
  app: AppKind;
}): Promise<Session> {
  const cookieName = sessionCookieName[input.app];
  const sessionToken = input.cookies.get(cookieName);
  const anonymous: Session = { user: null, api: connectApi(input.apiUrl) };
  if (!sessionToken) return anonymous;

  const response = await connectApi(input.apiUrl, { sessionToken }).me.$get();
  const status: number = response.status;
  if (status === 401) {
    input.cookies.delete(cookieName, baseCookieOptions(input.url));
    return anonymous;
  }
  if (response.status !== 200) throw new Error(`GET /me answered ${response.status}`);
  const { csrfToken, ...user } = await response.json();
  if (!APP_ROLES[input.app].includes(user.account.role)) return anonymous;
  return { user, api: connectApi(input.apiUrl, { sessionToken, csrfToken }) };
}
