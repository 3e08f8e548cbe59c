import type { LocalizedText } from '../../../db/schema/common.js';
import { BP_PANEL, DIASTOLIC, HEART_RATE, LOINC, SYSTOLIC } from '../fhir.js';
import type { ReadingInput } from '../reading-input.js';
import { fromWallClock, isWallClock } from './local-time.js';
import type { DeviceParse, DeviceRow } from './rows.js';

/**
 * A FHIR R4 Bundle (collection, transaction, batch or searchset) as Health Connect / Apple Health export tools
 * write it: Observations coded LOINC 85354-9 (or the older 55284-4 some exporters still use) with components
 * 8480-6 / 8462-4, and the pulse either as a 8867-4 component or as its own 8867-4 Observation at the same
 * time. The patient is the one the upload is for — exporters invent their own `subject` ids, so `subject` is
 * ignored. Other resources (Patient, Device, weight or step Observations…) are skipped and counted; an
 * Observation marked entered-in-error is skipped too. Row numbers are the entry's position, from 1.
 */
const BP_CODES = [BP_PANEL, '55284-4'];
const BUNDLE_TYPES = ['collection', 'transaction', 'batch', 'searchset'];

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const codes = (concept: unknown) =>
  arr(obj(concept)?.coding)
    .map(obj)
    .filter((c): c is Json => !!c && (c.system === undefined || c.system === LOINC))
    .map((c) => String(c.code ?? ''));

/** A quantity's value when it is in the expected UCUM unit (exporters write code "mm[Hg]", unit "mmHg"). */
function valueIn(quantity: unknown, units: string[]): number | null | 'wrong-unit' {
  const q = obj(quantity);
  if (!q || typeof q.value !== 'number') return null;
  const unit = String(q.code ?? q.unit ?? '');
  return units.includes(unit) ? q.value : 'wrong-unit';
}

function effective(resource: Json, timeZone: string): Date {
  const text = String(
    resource.effectiveDateTime ?? obj(resource.effectivePeriod)?.start ?? resource.issued ?? '',
  );
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!m) return new Date(Number.NaN);
  const wall = {
    year: +m[1]!,
    month: +m[2]!,
    day: +m[3]!,
    hour: +m[4]!,
    minute: +m[5]!,
    second: m[6] ? +m[6] : 0,
  };
  // With an offset `new Date` reads it, but would roll an impossible date (30 February, 24:00) over.
  if (m[7]) return isWallClock(wall) ? new Date(text) : new Date(Number.NaN);
  // A local time without an offset: the patient's zone, like the CSV exports.
  return fromWallClock(wall, timeZone);
}

const MMHG = ['mm[Hg]', 'mmHg'];
const PER_MIN = ['/min', 'beats/min', 'bpm', '{beats}/min'];

function bpRow(resource: Json, row: number, timeZone: string): DeviceRow {
  const problems: LocalizedText[] = [];
  const component = (code: string) =>
    arr(resource.component)
      .map(obj)
      .find((c) => c && codes(c.code).includes(code));
  const pressure = (code: string, name: LocalizedText) => {
    const value = valueIn(component(code)?.valueQuantity, MMHG);
    if (value === null)
      problems.push({
        ru: `нет значения «${name.ru}» (LOINC ${code}).`,
        en: `no ${name.en} value (LOINC ${code}).`,
      });
    if (value === 'wrong-unit')
      problems.push({ ru: `«${name.ru}» не в мм рт. ст.`, en: `${name.en} is not in mm[Hg].` });
    return typeof value === 'number' ? value : Number.NaN;
  };
  const systolic = pressure(SYSTOLIC, { ru: 'систолическое', en: 'systolic' });
  const diastolic = pressure(DIASTOLIC, { ru: 'диастолическое', en: 'diastolic' });
  const pulse = valueIn(component(HEART_RATE)?.valueQuantity, PER_MIN);
  if (problems.length) return { row, problems };
  const reading: ReadingInput = {
    systolic,
    diastolic,
    pulse: typeof pulse === 'number' ? Math.round(pulse) : null,
    measuredAt: effective(resource, timeZone),
  };
  return { row, reading };
}

export function looksLikeFhir(text: string) {
  return /^\s*\{[\s\S]*"resourceType"\s*:/.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}

export function parseFhirBundle(text: string, timeZone: string): DeviceParse {
  const refuse = (problem: LocalizedText): DeviceParse => ({
    source: 'fhir',
    rows: [],
    fileProblem: problem,
  });
  let bundle: Json | null;
  try {
    bundle = obj(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return refuse({ ru: 'Файл FHIR не является корректным JSON.', en: 'The FHIR file is not valid JSON.' });
  }
  if (bundle?.resourceType !== 'Bundle' || !BUNDLE_TYPES.includes(String(bundle.type))) {
    return refuse({
      ru: 'Ожидается FHIR Bundle (collection, transaction, batch или searchset).',
      en: 'Expected a FHIR Bundle (collection, transaction, batch or searchset).',
    });
  }
  const entries = arr(bundle.entry).map((e) => obj(obj(e)?.resource));
  const rows: DeviceRow[] = [];
  // Separate heart-rate Observations, by their time, to join to the pressure measured with them.
  const pulses = new Map<number, number>();
  const pulseRows: number[] = [];
  entries.forEach((resource, i) => {
    const row = i + 1;
    const isObservation = resource?.resourceType === 'Observation' && resource.status !== 'entered-in-error';
    const code = isObservation ? codes(resource.code) : [];
    if (isObservation && BP_CODES.some((c) => code.includes(c))) rows.push(bpRow(resource, row, timeZone));
    else if (isObservation && code.includes(HEART_RATE)) {
      const value = valueIn(resource.valueQuantity, PER_MIN);
      const at = effective(resource, timeZone).getTime();
      if (typeof value === 'number' && !Number.isNaN(at)) pulses.set(at, Math.round(value));
      pulseRows.push(row);
    } else rows.push({ row, skipped: true });
  });
  if (!rows.some((r) => !('skipped' in r))) {
    return refuse({
      ru: 'В файле FHIR нет ни одного наблюдения артериального давления (LOINC 85354-9).',
      en: 'The FHIR bundle has no blood-pressure Observation (LOINC 85354-9).',
    });
  }
  const used = new Set<number>();
  for (const r of rows) {
    if (!('reading' in r) || r.reading.pulse != null) continue;
    const pulse = pulses.get(r.reading.measuredAt.getTime());
    if (pulse !== undefined) {
      r.reading.pulse = pulse;
      used.add(r.reading.measuredAt.getTime());
    }
  }
  // A heart-rate Observation joined to a pressure reading is part of it; one on its own is skipped.
  const lonePulses = pulseRows.length - used.size;
  for (let i = 0; i < lonePulses; i++) rows.push({ row: pulseRows[i]!, skipped: true });
  return { source: 'fhir', rows: rows.sort((a, b) => a.row - b.row) };
}
