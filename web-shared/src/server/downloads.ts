/**
 * A document from the api (a patient's upload, a conclusion PDF, an export) passed on to the browser. Patients'
 * files are theirs to make, so whatever the browser renders is a sandboxed document: CSP `sandbox` without
 * `allow-scripts` (no scripts, forms or pop-ups, an opaque origin with no access to the app's cookies or
 * storage), `default-src 'none'`, and a type the browser may not second-guess, framed by nobody. (Sandboxing
 * does not stop Chromium's PDF viewer from running a PDF's JavaScript, so the staff app never lets the
 * browser show one: pdf.js draws it, and the file itself only downloads.) `disposition` is the caller's
 * choice; the api's header supplies the file name.
 */
export function documentResponse(
  response: { body: ReadableStream<Uint8Array> | null; headers: Headers },
  options: { contentType?: string; disposition: string },
): Response {
  const type = /^\s*attachment\b/i.test(options.disposition) ? 'attachment' : 'inline';
  return new Response(response.body, {
    headers: {
      'content-type':
        options.contentType ?? response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition':
        response.headers.get('content-disposition')?.replace(/^\s*(inline|attachment)\b/i, type) ??
        options.disposition,
      'cache-control': 'private, no-store',
      'content-security-policy': `sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'`,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    },
  });
}
