import { messages, type Locale } from '../i18n/index.js';
import type { ApiClient, SessionUser } from './api.js';
import type { AppKind, CookieJar } from './cookies.js';
import { resolveLocale, saveLocaleChosenSignedOut } from './locale.js';
import { isPublicRoute, signInRedirect } from './routes.js';
import { withSecurityHeaders } from './security-headers.js';
import { loadSession, SessionUnavailableError, type Session } from './session.js';

/** The parts of SvelteKit's RequestEvent the session hook reads and fills. */
interface SessionEvent {
  cookies: CookieJar;
  url: URL;
  request: Request;
  route: { id: string | null };
  locals: { user: SessionUser | null; api: ApiClient; locale: Locale };
}

interface ResolveOptions {
  transformPageChunk?: (input: { html: string; done: boolean }) => string | undefined;
}

/**
 * The `handle` hook both apps use: who is signed in (GET /me), the api client acting for them, the page
 * language, the sign-in gate and the security headers. The gate lives here rather than in a layout load so
 * that form actions are covered too. `app.html` carries `<html lang="%lang%">`, filled with the request's
 * language.
 */
export function createSessionHandle(options: {
  app: AppKind;
  apiUrl: () => string;
  /** Throws the app's own 400 (SvelteKit's `error`): this package does not import Kit itself. */
  badRequest: (message: string) => never;
}) {
  return async <Event extends SessionEvent>(input: {
    event: Event;
    resolve: (event: Event, opts?: ResolveOptions) => Response | Promise<Response>;
  }): Promise<Response> => {
    const { event, resolve } = input;
    guardFormData(event.request, () => options.badRequest('The form could not be read.'));
    const https = event.url.protocol === 'https:';
    let session: Session;
    try {
      session = await loadSession({
        cookies: event.cookies,
        url: event.url,
        apiUrl: options.apiUrl(),
        app: options.app,
      });
    } catch (error) {
      if (!(error instanceof SessionUnavailableError)) throw error;
      return withSecurityHeaders(unavailable(error, event), { signedIn: false, https });
    }
    event.locals.user = session.user;
    event.locals.api = session.api;
    if (session.user) {
      const { cookies, url } = event;
      await saveLocaleChosenSignedOut({ cookies, url, user: session.user, api: session.api });
    }
    event.locals.locale = resolveLocale({
      cookies: event.cookies,
      user: session.user,
      acceptLanguage: event.request.headers.get('accept-language'),
    });

    const secure = { signedIn: session.user !== null, https };
    if (!session.user && !isPublicRoute(event.route.id)) {
      const signIn = new Response(null, { status: 303, headers: { location: signInRedirect(event.url) } });
      return withSecurityHeaders(signIn, secure);
    }
    const locale = event.locals.locale;
    const response = await resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', locale),
    });
    return withSecurityHeaders(response, secure);
  };
}

/**
 * A short page in the reader's language when the api cannot tell who is signed in: "try again in a minute",
 * with the api's 429 and Retry-After passed on, rather than a server error.
 */
function unavailable(error: SessionUnavailableError, event: SessionEvent): Response {
  const locale = resolveLocale({
    cookies: event.cookies,
    user: null,
    acceptLanguage: event.request.headers.get('accept-language'),
  });
  const m = messages(locale);
  // A 503 means the api's database or Redis is coming back: say so calmly, and that nothing is lost.
  const text =
    error.status === 503
      ? `${m.errors.restoringTitle}. ${m.errors.restoringText}`
      : m.auth.errors.unavailable;
  return new Response(text, {
    status: error.status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...(error.retryAfter ? { 'retry-after': error.retryAfter } : {}),
    },
  });
}

/**
 * `Request.formData()` throws a TypeError on a body that is not the form it claims to be (a multipart body
 * without its boundary, say), which SvelteKit reports as a 500. Every form action and endpoint reads the body
 * through this request, so its `formData` answers the app's 400 instead.
 */
function guardFormData(request: Request, reject: () => never) {
  const read = request.formData.bind(request);
  Object.defineProperty(request, 'formData', { value: () => read().catch(reject) });
}
