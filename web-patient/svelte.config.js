import adapter from '@sveltejs/adapter-node';
import { cspDirectives } from '@telemed/web-shared/csp';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter(),
    // Nonce-based CSP on every page; the other security headers come from the shared handle.
    csp: { mode: 'auto', directives: cspDirectives() },
  },
};

export default config;
