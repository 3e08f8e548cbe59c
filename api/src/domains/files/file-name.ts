/**
 * File names come from the uploader's computer and are shown to doctors and offered again on download, so they
 * are cleaned before they are stored: a name must not pass for another type ("report\u202Efdp.exe" shows as
 * "reportexe.pdf"), point into folders, or carry characters a header or a file system would choke on.
 */

/** Controls, format characters (bidi overrides and isolates, zero-width marks, BOM), lone surrogates, line breaks. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Characters Windows and macOS refuse in a file name, once the folders are gone. */
const RESERVED = /[:*?"<>|]/g;
/** A trailing extension: a dot and up to ten letters or digits with at least one letter ("12.03.2026" keeps its date). */
const EXTENSION = /\.(?=[\p{L}\p{N}]{0,9}\p{L})[\p{L}\p{N}]{1,10}$/u;
/** Characters, not bytes: long enough for a descriptive name, short enough for any file system and header. */
const MAX_STEM_LENGTH = 120;

/** The stored name: the last path segment, cleaned, bounded, with the extension of the detected content type. */
export function storedFileName(uploaded: string, extension: string): string {
  const base = uploaded.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  let stem = cleaned.replace(EXTENSION, '');
  stem = Array.from(stem).slice(0, MAX_STEM_LENGTH).join('');
  // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '') || 'document';
  // "x.pdf.html" detected as a PDF becomes "x.pdf", not "x.pdf.pdf".
  return stem.toLowerCase().endsWith(`.${extension}`) ? stem : `${stem}.${extension}`;
}
