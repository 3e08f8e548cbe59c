import type { Locale } from '@telemed/web-shared/i18n';
import type { ApiClient, SessionUser } from '@telemed/web-shared/server';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in patient, or null; resolved in hooks.server from the session cookie. */
      user: SessionUser | null;
      /** The api as this user: session and CSRF token attached, server-side only. */
      api: ApiClient;
      locale: Locale;
    }
  }
}

export {};
