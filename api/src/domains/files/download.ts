import type { Context } from 'hono';

/**
 * Headers for a patient's document. The bytes are the patient's own: a PDF may carry scripts and forms, so it
 * is shown only as a sandboxed document (CSP `sandbox` without `allow-scripts`: no scripts, no forms, no
 * plugins' scripting, a unique origin that reaches no cookies or storage), never sniffed as another type, and
 * framed by nobody (the api is never framed; the staff app frames its own sandboxed copy).
 */
export const sandboxedFileHeaders = {
  'content-security-policy':
    "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
} as const;

/** RFC 5987 `ext-value` characters: percent-encode everything else, including what encodeURIComponent keeps. */
const encodeExtValue = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` per RFC 6266: an ASCII `filename` for old clients and the exact name as `filename*`
 * (RFC 5987, UTF-8), so Cyrillic names survive and no character can end the header value early.
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/** Sends a patient's document, or a paper made for them, as sandboxed bytes that no cache keeps. */
export function sendSandboxedFile(
  c: Context,
  bytes: Uint8Array,
  file: { contentType: string; disposition: 'inline' | 'attachment'; name: string },
) {
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': file.contentType,
    'content-length': String(bytes.byteLength),
    'content-disposition': contentDisposition(file.disposition, file.name),
    'cache-control': 'private, no-store',
    ...sandboxedFileHeaders,
  });
}
