import { readCsvRows, type CsvRow } from '../../../lib/csv.js';

/** A parsed CSV record and the file line it starts on (the header is line 1, as a spreadsheet numbers it). */
export type CsvRecord = CsvRow;

/** The separator the header uses: `;` (European spreadsheets, Russian Omron exports), tab or `,`. */
export function sniffSeparator(headerLine: string) {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const candidates = [';', '\t', ','] as const;
  return candidates.reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',' as string);
}

/** Device exports' records: the header decides the separator; cells are trimmed. */
export function readCsv(text: string): { separator: string; records: CsvRecord[] } {
  const separator = sniffSeparator(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
  const { rows } = readCsvRows(text, separator);
  return { separator, records: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })) };
}

/** "Systolic (mmHg)" → "systolic", "SYS(mmHg)" → "sys", "Пульс (уд/мин)" → "пульс". */
export const headerKey = (cell: string) =>
  cell
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
