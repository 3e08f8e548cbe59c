import type { LocalizedText } from '../../db/schema/common.js';
import type { ReadingInput } from './reading-input.js';

/**
 * Home-monitor CSV exports: `date,time,systolic,diastolic,pulse` and its common variants — Omron Connect
 * ("Date,Time,SYS(mmHg),DIA(mmHg),Pulse(bpm)") and Russian spreadsheets ("Дата;Время;САД;ДАД;Пульс",
 * semicolon-separated, dates as ДД.ММ.ГГГГ). Times without a zone are read as Moscow time (UTC+3), the
 * service's home zone, unless the caller gives another offset.
 */
const HEADER_ALIASES: Record<string, 'date' | 'time' | 'systolic' | 'diastolic' | 'pulse' | 'datetime'> = {
  date: 'date',
  дата: 'date',
  time: 'time',
  время: 'time',
  datetime: 'datetime',
  'measurement date': 'datetime',
  systolic: 'systolic',
  sys: 'systolic',
  сад: 'systolic',
  систолическое: 'systolic',
  diastolic: 'diastolic',
  dia: 'diastolic',
  дад: 'diastolic',
  диастолическое: 'diastolic',
  pulse: 'pulse',
  pul: 'pulse',
  'heart rate': 'pulse',
  пульс: 'pulse',
  чсс: 'pulse',
};

/** A data row and its number in the file; impossible values are left for `readingProblems` to name. */
export interface CsvRow extends ReadingInput {
  row: number;
}

/** "SYS(mmHg)" → "sys", "Пульс (уд/мин)" → "пульс". */
const normaliseHeader = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .trim()
    .toLowerCase();

function splitLine(line: string, separator: string) {
  return line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

function parseDate(date: string): string | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(date);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date); // ДД.ММ.ГГГГ
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

function parseInstant(date: string, time: string, offset: string): Date | null {
  const isoDate = parseDate(date);
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!isoDate || !t) return null;
  const iso = `${isoDate}T${t[1]!.padStart(2, '0')}:${t[2]}:${t[3] ?? '00'}${offset}`;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

const toInt = (cell: string | undefined) => (cell && /^\d+$/.test(cell) ? Number(cell) : Number.NaN);

/** Parses the file; every data row comes back with its reading or the reasons it could not be read. */
export function parseBpCsv(
  text: string,
  offset = '+03:00',
): { rows: CsvRow[]; headerProblem: LocalizedText | null } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (!header) return { rows: [], headerProblem: { ru: 'Файл пуст.', en: 'The file is empty.' } };
  const separator = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  const columns = splitLine(header, separator).map((c) => HEADER_ALIASES[normaliseHeader(c)]);
  const index = (name: string) => columns.indexOf(name as never);
  const hasTime = index('datetime') >= 0 || (index('date') >= 0 && index('time') >= 0);
  if (!hasTime || index('systolic') < 0 || index('diastolic') < 0) {
    return {
      rows: [],
      headerProblem: {
        ru: 'Не удалось распознать заголовок: нужны столбцы «Дата;Время;САД;ДАД;Пульс» (или date,time,systolic,diastolic,pulse).',
        en: 'Unrecognised header: expected columns date,time,systolic,diastolic,pulse (or Omron "Date,Time,SYS(mmHg),DIA(mmHg),Pulse(bpm)").',
      },
    };
  }
  const rows = lines.slice(1).map((line, i): CsvRow => {
    const cells = splitLine(line, separator);
    const cell = (name: string) => (index(name) >= 0 ? cells[index(name)] : undefined);
    let measuredAt: Date | null;
    if (index('datetime') >= 0) {
      const [date = '', time = ''] = (cell('datetime') ?? '').split(/[ T]/);
      measuredAt = parseInstant(date, time, offset);
    } else {
      measuredAt = parseInstant(cell('date') ?? '', cell('time') ?? '', offset);
    }
    const pulseCell = cell('pulse');
    return {
      row: i + 2, // the header is row 1, as a spreadsheet numbers it
      systolic: toInt(cell('systolic')),
      diastolic: toInt(cell('diastolic')),
      pulse: pulseCell ? toInt(pulseCell) : null,
      measuredAt: measuredAt ?? new Date(Number.NaN),
    };
  });
  return { rows, headerProblem: null };
}
