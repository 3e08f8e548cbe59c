import type { ReadingInput } from '../reading-input.js';
import { headerKey, type CsvRecord } from './csv-records.js';
import { localInstant, wholeNumber, type DeviceRow } from './rows.js';

/**
 * OMRON connect app "Export data" CSV. Supported header (English locale, any column order):
 *
 *   "Date","Time","Systolic (mmHg)","Diastolic (mmHg)","Pulse (bpm)","Irregular heartbeat detected","Body Movement","Notes"
 *
 * also the older "Measurement Date","SYS(mmHg)","DIA(mmHg)","Pulse(bpm)" form (date and time in one cell),
 * and the Russian locale:
 *
 *   "Дата";"Время";"Систолическое (мм рт. ст.)";"Диастолическое (мм рт. ст.)";"Пульс (уд/мин)";"Обнаружена аритмия";"Движение тела";"Заметки"
 *
 * `,` or `;` separated, quoted or not, with or without a UTF-8 BOM. Dates: YYYY-MM-DD, YYYY/MM/DD,
 * DD.MM.YYYY, "Mar 15, 2024", and M/D/YYYY (English) or D/M/YYYY (Russian); times 24-hour or h:mm AM/PM.
 */
type Column =
  'date' | 'time' | 'datetime' | 'systolic' | 'diastolic' | 'pulse' | 'irregular' | 'movement' | 'notes';

const COLUMNS: Record<string, Column> = {
  date: 'date',
  дата: 'date',
  time: 'time',
  время: 'time',
  'measurement date': 'datetime',
  'дата измерения': 'datetime',
  systolic: 'systolic',
  sys: 'systolic',
  систолическое: 'systolic',
  'систолическое давление': 'systolic',
  diastolic: 'diastolic',
  dia: 'diastolic',
  диастолическое: 'diastolic',
  'диастолическое давление': 'diastolic',
  pulse: 'pulse',
  пульс: 'pulse',
  'irregular heartbeat detected': 'irregular',
  'irregular heartbeat': 'irregular',
  'обнаружена аритмия': 'irregular',
  'нерегулярное сердцебиение': 'irregular',
  'body movement': 'movement',
  'движение тела': 'movement',
  notes: 'notes',
  заметки: 'notes',
  примечания: 'notes',
};

/** The header's columns, or null when it is not an Omron export. */
export function omronColumns(header: string[]) {
  const columns = header.map((cell) => COLUMNS[headerKey(cell)]);
  const has = (c: Column) => columns.includes(c);
  const when = has('datetime') || (has('date') && has('time'));
  // Only Omron writes the irregular-heartbeat / body-movement columns or the "SYS(mmHg)" spelling.
  const omronOnly =
    has('irregular') || has('movement') || header.some((cell) => /^(sys|dia)\s*\(mmhg\)$/i.test(cell.trim()));
  return when && has('systolic') && has('diastolic') && omronOnly ? columns : null;
}

export function parseOmron(records: CsvRecord[], timeZone: string): DeviceRow[] {
  const [header, ...data] = records;
  const columns = omronColumns(header!.cells)!;
  const russian = header!.cells.some((cell) => /[а-яё]/i.test(cell));
  const at = (cells: string[], c: Column) => {
    const i = columns.indexOf(c);
    return i >= 0 ? (cells[i] ?? '') : '';
  };
  return data.map(({ line, cells }): DeviceRow => {
    const systolic = wholeNumber(at(cells, 'systolic'));
    const diastolic = wholeNumber(at(cells, 'diastolic'));
    if (systolic === null && diastolic === null) return { row: line, skipped: true };
    let date = at(cells, 'date');
    let time = at(cells, 'time');
    if (columns.includes('datetime')) {
      const m = /^(.*?)[ T](\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$/.exec(at(cells, 'datetime').trim());
      [date, time] = m ? [m[1]!, m[2]!] : ['', ''];
    }
    const reading: ReadingInput = {
      systolic: systolic ?? Number.NaN,
      diastolic: diastolic ?? Number.NaN,
      pulse: wholeNumber(at(cells, 'pulse')),
      measuredAt: localInstant(date, time, russian ? 'dmy' : 'mdy', timeZone),
    };
    return { row: line, reading };
  });
}
