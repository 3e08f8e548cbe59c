import adapter from '@sveltejs/adapter-node';
import { cspDirectives } from '@telemed/web-shared/csp';

// The clinic map's tiles come from PUBLIC_MAP_TILE_URL's host (OpenStreetMap by default), allowed as images at
// build time; a tile host set only at run time must also be set for the build.
const tileOrigin = new URL(
  (process.env.PUBLIC_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png').replace(/[{}]/g, ''),
).origin;
const directives = cspDirectives();
directives['img-src'] = [...directives['img-src'], tileOrigin];

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter(),
    // Nonce-based CSP on every page; the other security headers come from the shared handle.
    csp: { mode: 'auto', directives },
  },
};

export default config;
