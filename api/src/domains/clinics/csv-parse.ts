/**
 * RFC 4180 CSV reading: comma-separated cells, double-quoted cells may hold commas, quotes ("") and line
 * breaks; CRLF or LF line ends; a leading UTF-8 byte-order mark is dropped (Excel writes one). Returns the rows
 * as cell arrays, with each row's 1-based line number, skipping empty lines; an unclosed quote is an error.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
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
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`unclosed quote in the row starting on line ${rowLine}`);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
