import { parseBpCsv } from '../csv.js';
import { readCsv } from './csv-records.js';
import { looksLikeFhir, parseFhirBundle } from './fhir-bundle.js';
import { omronColumns, parseOmron } from './omron.js';
import { currentOffset } from './local-time.js';
import type { DeviceParse } from './rows.js';
import { parseWithings, withingsColumns } from './withings.js';

/**
 * A year of twice-daily readings is ~730 rows; 10,000 rows (13 years at twice a day) is well past any real
 * export and keeps one import a single bounded transaction.
 */
export const MAX_ROWS = 10_000;

/**
 * Recognises the export by its content — JSON with a `resourceType` is FHIR, a CSV by its header row — never by
 * the file name, and parses it; a CSV that is neither Omron nor Withings goes to the plain CSV reader (`../csv.ts`,
 * local times at the zone's current offset). Null when the content is none of the supported formats.
 */
export function parseDeviceExport(text: string, timeZone: string): DeviceParse | null {
  if (looksLikeFhir(text)) return parseFhirBundle(text, timeZone);
  const { records } = readCsv(text);
  const header = records[0];
  if (!header) return null;
  if (omronColumns(header.cells)) return { source: 'omron', rows: parseOmron(records, timeZone) };
  if (withingsColumns(header.cells)) return { source: 'withings', rows: parseWithings(records, timeZone) };
  // Anything else the plain home-monitor CSV reader knows (date,time,systolic,diastolic,pulse; Дата;Время;САД…).
  const generic = parseBpCsv(text, currentOffset(timeZone));
  if (generic.headerProblem) return null;
  return { source: 'csv', rows: generic.rows.map(({ row, ...reading }) => ({ row, reading })) };
}

/**
 * How many data rows (CSV) or entries (FHIR) the content has, counted cheaply before parsing. Line ends as
 * the CSV reader splits them: CRLF, LF or a bare CR (old Mac exports). The route checks the parsed count too.
 */
export function roughRowCount(text: string) {
  if (looksLikeFhir(text)) return (text.match(/"resource"\s*:/g) ?? []).length;
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
