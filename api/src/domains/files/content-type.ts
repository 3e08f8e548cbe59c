/** The document types patients may upload, recognised by their first bytes, never by name. */
const signatures = [
  { contentType: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
] as const;

export type AllowedContentType = (typeof signatures)[number]['contentType'];

export function sniffContentType(bytes: Uint8Array) {
  return signatures.find((s) => s.magic.every((b, i) => bytes[i] === b)) ?? null;
}
