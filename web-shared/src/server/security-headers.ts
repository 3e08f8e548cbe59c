/**
 * Headers every answer of the web apps carries, set in the shared `handle` (the page CSP itself is SvelteKit's
 * `kit.csp`, see `../csp.js`). A route that sets one of them itself (a framed file, a download) keeps its own.
 */
const ALWAYS = {
  'x-content-type-options': 'nosniff',
  // Addresses carry record ids and search terms: no other site learns where a user came from. Not
  // `no-referrer`: it makes a browser send `Origin: null` with a plain form post, which fails the CSRF check.
  'referrer-policy': 'same-origin',
  // Calls need the camera, the microphone and screen sharing, on the app's own pages only; nothing else.
  'permissions-policy':
    'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()',
  // For browsers that predate CSP `frame-ancestors`.
  'x-frame-options': 'DENY',
};

/** Browsers that reached the app over TLS keep to it for a year (sent only when the app's ORIGIN is https). */
const HSTS = 'max-age=31536000';

export function withSecurityHeaders(
  response: Response,
  context: { signedIn: boolean; https: boolean },
): Response {
  const headers: Record<string, string> = { ...ALWAYS };
  // A signed-in page shows medical data: neither the browser nor any proxy may keep a copy of it.
  if (context.signedIn) headers['cache-control'] = 'private, no-store';
  if (context.https) headers['strict-transport-security'] = HSTS;
  let target = response;
  for (const [name, value] of Object.entries(headers)) {
    if (target.headers.has(name)) continue;
    try {
      target.headers.set(name, value);
    } catch {
      // Some responses (a fetch passed through, Response.redirect) have immutable headers: copy once, then set.
      target = new Response(target.body, target);
      target.headers.set(name, value);
    }
  }
  return target;
}
