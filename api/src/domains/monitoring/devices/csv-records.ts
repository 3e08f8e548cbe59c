/** A parsed CSV record and the file line it starts on (the header is line 1, as a spreadsheet numbers it). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The separator the header uses: `;` (European spreadsheets, Russian Omron exports), tab or `,`. */
export function sniffSeparator(headerLine: string) {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const candidates = [';', '\t', ','] as const;
  return candidates.reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',' as string);
}

/**
 * RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; a leading BOM is
 * dropped; blank lines are skipped.
 */
export function readCsv(text: string): { separator: string; records: CsvRecord[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = sniffSeparator(firstLine);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== ''))
      records.push({ line: recordLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRecord();
  return { separator, records };
}

/** "Systolic (mmHg)" → "systolic", "SYS(mmHg)" → "sys", "Пульс (уд/мин)" → "пульс". */
export const headerKey = (cell: string) =>
  cell
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
