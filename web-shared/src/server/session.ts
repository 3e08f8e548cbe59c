import { connectApi, type ApiClient, type SessionUser } from './api.js';
import { sessionCookieName, baseCookieOptions, type AppKind, type CookieJar } from './cookies.js';

export interface Session {
  user: SessionUser | null;
  /** Calls the api as this user (or anonymously), with the CSRF token attached for unsafe methods. */
  api: ApiClient;
}

/** The api's session tokens are base64url (32 random bytes); a little slack for a future longer token. */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

const APP_ROLES: Record<AppKind, readonly SessionUser['account']['role'][]> = {
  patient: ['patient'],
  staff: ['doctor', 'assistant', 'admin', 'coordinator'],
};

/**
 * The api could not say who is signed in: it is unreachable, failing (503) or asks this user to slow down (429,
 * with its Retry-After). The request cannot be served as anyone, so the hook answers with that status.
 */
export class SessionUnavailableError extends Error {
  constructor(
    readonly status: 429 | 503,
    readonly retryAfter: string | null,
  ) {
    super(`The api could not resolve the session (${status})`);
  }
}

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
  // Only a token the api could have issued is passed on: anything else (a hand-edited cookie with non-Latin-1
  // characters, say) cannot even be written into the api request's Cookie header.
  if (!SESSION_TOKEN.test(sessionToken)) {
    input.cookies.delete(cookieName, baseCookieOptions(input.url));
    return anonymous;
  }

  const response = await connectApi(input.apiUrl, { sessionToken })
    .me.$get()
    .catch(() => {
      throw new SessionUnavailableError(503, null);
    });
  const status: number = response.status;
  if (status === 401) {
    input.cookies.delete(cookieName, baseCookieOptions(input.url));
    return anonymous;
  }
  if (status !== 200) {
    throw new SessionUnavailableError(status === 429 ? 429 : 503, response.headers.get('retry-after'));
  }
  const { csrfToken, ...user } = await response.json();
  if (!APP_ROLES[input.app].includes(user.account.role)) return anonymous;
  return { user, api: connectApi(input.apiUrl, { sessionToken, csrfToken }) };
}
