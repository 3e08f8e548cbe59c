/**
 * Which routes can be opened without signing in. Both apps follow one convention: pages for signed-out
 * visitors live in the `(public)` route group; `/locale` and `/logout` are form endpoints that work either way.
 * Everything else needs a session, which `hooks.server` enforces for pages and form actions alike.
 */
export function isPublicRoute(routeId: string | null): boolean {
  // No route matched: let SvelteKit answer with its 404 page.
  if (routeId === null) return true;
  return routeId.startsWith('/(public)') || routeId === '/locale' || routeId === '/logout';
}

export function signInRedirect(url: URL): string {
  return `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
}
