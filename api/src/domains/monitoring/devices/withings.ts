import type { ReadingInput } from '../reading-input.js';
import { headerKey, type CsvRecord } from './csv-records.js';
import { localInstant, wholeNumber, type DeviceRow } from './rows.js';

/**
 * Withings (Health Mate) account data export, `bp.csv`. Supported header, any column order:
 *
 *   Date,"Heart rate","Systolic","Diastolic","Comments"
 *
 * Dates "YYYY-MM-DD HH:MM:SS" in the account's local time without an offset. Rows without pressure values
 * (e.g. a heart-rate-only measurement) are skipped and counted.
 */
type Column = 'date' | 'pulse' | 'systolic' | 'diastolic' | 'comments';

const COLUMNS: Record<string, Column> = {
  date: 'date',
  'heart rate': 'pulse',
  systolic: 'systolic',
  diastolic: 'diastolic',
  comments: 'comments',
};

/** The header's columns, or null when it is not a Withings export. */
export function withingsColumns(header: string[]) {
  const columns = header.map((cell) => COLUMNS[headerKey(cell)]);
  // Withings, unlike Omron, has one "Date" cell with the time in it, "Heart rate" and no "Time" column.
  const ok =
    columns.includes('date') &&
    columns.includes('systolic') &&
    columns.includes('diastolic') &&
    columns.includes('pulse') &&
    !header.some((cell) => ['time', 'время'].includes(headerKey(cell)));
  return ok ? columns : null;
}

export function parseWithings(records: CsvRecord[], timeZone: string): DeviceRow[] {
  const [header, ...data] = records;
  const columns = withingsColumns(header!.cells)!;
  const at = (cells: string[], c: Column) => {
    const i = columns.indexOf(c);
    return i >= 0 ? (cells[i] ?? '') : '';
  };
  return data.map(({ line, cells }): DeviceRow => {
    const systolic = wholeNumber(at(cells, 'systolic'));
    const diastolic = wholeNumber(at(cells, 'diastolic'));
    if (systolic === null && diastolic === null) return { row: line, skipped: true };
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(at(cells, 'date').trim());
    const reading: ReadingInput = {
      systolic: systolic ?? Number.NaN,
      diastolic: diastolic ?? Number.NaN,
      pulse: wholeNumber(at(cells, 'pulse')),
      measuredAt: m ? localInstant(m[1]!, m[2]!, 'dmy', timeZone) : new Date(Number.NaN),
    };
    return { row: line, reading };
  });
}
