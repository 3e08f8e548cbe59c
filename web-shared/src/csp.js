/**
 * The Content-Security-Policy of both apps' pages, for SvelteKit's `kit.csp` (mode 'auto': a fresh nonce on
 * every server-rendered page's scripts). Plain JavaScript because `svelte.config.js` imports it at build time.
 *
 * - Scripts: only the app's own files and SvelteKit's inline start-up script (by nonce); no eval.
 * - Styles: the app's own CSS files and nonced inline `<style>`; `style` attributes are allowed because
 *   Svelte renders `style:` directives (meters, bars) and `app.html` as attributes; they cannot run scripts.
 * - Workers: the app's own files only (pdf.js's worker, which draws the staff app's PDFs, is one of them).
 * - Connections: the app itself and the sfu's WebSocket, whose address the api hands out per call (nodes
 *   differ), so any ws:/wss: host; media from the camera, the microphone and blob URLs; images may be data:.
 * - No frames either way: nobody frames the pages (clickjacking) and they frame nothing (documents are
 *   drawn by pdf.js, never shown in the browser's PDF viewer); forms post only to the app; no plugins; no
 *   <base> tricks.
 */
export function cspDirectives() {
  return {
    'default-src': ['self'],
    'script-src': ['self'],
    'style-src': ['self'],
    'style-src-attr': ['unsafe-inline'],
    'img-src': ['self', 'data:', 'blob:'],
    'media-src': ['self', 'blob:', 'mediastream:'],
    'font-src': ['self'],
    'connect-src': ['self', 'ws:', 'wss:'],
    'worker-src': ['self'],
    'frame-src': ['none'],
    'object-src': ['none'],
    'base-uri': ['self'],
    'form-action': ['self'],
    'frame-ancestors': ['none'],
  };
}
