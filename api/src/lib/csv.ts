/** A CSV row and the file line it starts on (1-based, as a spreadsheet numbers it). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 reading: quoted cells may hold the separator, doubled quotes ("") and line breaks; CRLF or LF line
 * ends; a leading UTF-8 byte-order mark (Excel writes one) is dropped; lines with nothing in them are skipped.
 * A quote left open at the end is reported with its row's line, not thrown: whether it is fatal is the caller's.
 */
export function readCsvRows(
  text: string,
  separator = ',',
): { rows: CsvRow[]; unclosedQuoteLine: number | null } {
  const input = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      // Spaces before an opening quote are not part of the cell.
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  const unclosedQuoteLine = quoted ? rowLine : null;
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, unclosedQuoteLine };
}
