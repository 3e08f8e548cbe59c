import type { Locale } from '../i18n/index.js';
import type { ApiClient, SessionUser } from './api.js';
import type { AppKind, CookieJar } from './cookies.js';
import { resolveLocale } from './locale.js';
import { isPublicRoute, signInRedirect } from './routes.js';
import { loadSession } from './session.js';

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
 * language, and the sign-in gate. The gate lives here rather than in a layout load so that form actions are
 * covered too. `app.html` carries `<html lang="%lang%">`, filled with the request's language.
 */
export function createSessionHandle(options: { app: AppKind; apiUrl: () => string }) {
  return async <Event extends SessionEvent>(input: {
    event: Event;
    resolve: (event: Event, opts?: ResolveOptions) => Response | Promise<Response>;
  }): Promise<Response> => {
    const { event, resolve } = input;
    const session = await loadSession({
      cookies: event.cookies,
      url: event.url,
      apiUrl: options.apiUrl(),
      app: options.app,
    });
    event.locals.user = session.user;
    event.locals.api = session.api;
    event.locals.locale = resolveLocale({
      cookies: event.cookies,
      user: session.user,
      acceptLanguage: event.request.headers.get('accept-language'),
    });

    if (!session.user && !isPublicRoute(event.route.id)) {
      return new Response(null, { status: 303, headers: { location: signInRedirect(event.url) } });
    }
    const locale = event.locals.locale;
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
  };
}
