import { hc } from 'hono/client';
import type { AppType } from './app.js';

export type { AppType };

export interface ApiClientOptions {
  /** The user's `tm_session` token, forwarded by a web app's server. */
  sessionToken?: string | undefined;
  csrfToken?: string | undefined;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/** The typed API client shared by the web apps: routes and payloads come from the api's own types. */
export function createApiClient(baseUrl: string, opts: ApiClientOptions = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.sessionToken) headers.cookie = `tm_session=${opts.sessionToken}`;
  if (opts.csrfToken) headers['x-csrf-token'] = opts.csrfToken;
  return hc<AppType>(baseUrl, { headers, ...(opts.fetch ? { fetch: opts.fetch } : {}) });
}

export type ApiClient = ReturnType<typeof createApiClient>;
