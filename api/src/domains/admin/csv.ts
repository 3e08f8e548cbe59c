/**
 * RFC 4180 CSV for spreadsheets: every cell quoted (so commas, quotes and line breaks stay inside it), and
 * a cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
 * some programs skip first) is prefixed with an apostrophe, as OWASP's "CSV injection" advice says.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Lines end with CRLF (RFC 4180); the byte-order mark lets Excel read the UTF-8 Cyrillic right. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
