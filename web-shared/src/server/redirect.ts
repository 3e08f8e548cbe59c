/** Resolves targets against a placeholder origin: only what stays on it is a path within the app. */
const APP_ORIGIN = new URL('https://app.invalid/');

/** Longer than any address the apps make; a longer one is not a place worth going back to. */
const MAX_TARGET_LENGTH = 2048;

/**
 * Control characters and backslashes are never part of an address the apps make, and browsers rewrite them:
 * they drop tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.example` and `/\evil.example`
 * become `//evil.example`, another site. `\p{Cc}` covers C0, DEL and C1: none is valid in a header either.
 */
const FORBIDDEN = /[\p{Cc}\\]/u;

/**
 * The one check for every redirect target a request carries (`next` after signing in, the language switch's
 * `redirectTo`): the target must be a path on this app, in its raw and its decoded form, and must resolve to
 * this app's origin. Anything else, or anything that cannot be decoded, sends the user to `fallback`.
 * The answer is the URL parser's serialisation (non-ASCII percent-encoded), so it is always a valid header.
 */
export function safeRedirectPath(target: string | null | undefined, fallback = '/'): string {
  if (!target || target.length > MAX_TARGET_LENGTH) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  for (const form of [target, decoded]) {
    if (!form.startsWith('/') || form.startsWith('//') || FORBIDDEN.test(form)) return fallback;
  }
  const url = new URL(target, APP_ORIGIN);
  if (url.origin !== APP_ORIGIN.origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
