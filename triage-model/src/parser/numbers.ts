/** Numeric values in complaints: temperature (comma or dot decimals), blood pressure, and symptom duration. */

export interface NumericMention {
  findingId: 'temperature_c' | 'bp_systolic' | 'bp_diastolic' | 'duration_days';
  value: number;
  start: number;
  end: number;
}

const L = '\\p{L}*';
const num = (s: string): number => Number(s.replace(',', '.'));

const TEMPERATURE_CONTEXT = new RegExp(
  `(?<!\\p{L})(?:температур${L}|темп\\.?|t°?|жар|fever|temperature|temp)(?:\\s+тела)?\\s*` +
    `(?:(?:до|около|под|был${L}|держится|поднял${L}|поднимал${L}|of|is|was|at|up to|to|around|about|over)\\s*|[:=~-]\\s*)?` +
    `(?:до\\s*)?(\\d{2}(?:[.,]\\d{1,2})?)(?!\\d)\\s*(?:°\\s*[cс]?|градус${L}|degrees?(?:\\s*c)?)?`,
  'gu',
);
const TEMPERATURE_BARE = new RegExp(
  `(?<![\\d.,/])(\\d{2}(?:[.,]\\d)?)(?:\\s*(?:°\\s*[cс]?|градус${L}|degrees?(?:\\s*c)?)|(?=[^\\d/]|$))`,
  'gu',
);
const BLOOD_PRESSURE = /(?<![\d.,])(\d{2,3})\s*(?:\/|\\|на|over)\s*(\d{2,3})(?!\d|[.,]\d)/gu;

const RU_COUNT: Record<string, number> = {
  один: 1,
  одну: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  пару: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  несколько: 3,
};
const EN_COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'a couple of': 2,
  'couple of': 2,
  three: 3,
  'a few': 3,
  few: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const RU_ORDINAL: Record<string, number> = {
  перв: 1,
  втор: 2,
  трет: 3,
  четверт: 4,
  пят: 5,
  шест: 6,
  седьм: 7,
  восьм: 8,
  девят: 9,
  десят: 10,
};
const EN_ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
};

function unitDays(unit: string): number {
  if (/^(?:недел|week)/u.test(unit)) return 7;
  if (/^(?:месяц|month)/u.test(unit)) return 30;
  return 1;
}

const RU_CARDINAL = new RegExp(
  `(?<!\\p{L})(\\d+|${Object.keys(RU_COUNT).join('|')})\\s+(ден${L}|дня|дней|сут${L}|недел${L}|месяц${L})`,
  'gu',
);
const RU_ORDINAL_RE = new RegExp(
  `(?<!\\p{L})(${Object.keys(RU_ORDINAL).join('|')})${L}\\s+(ден${L}|дня|сутк${L}|недел${L})`,
  'gu',
);
const RU_PLAIN_UNIT = new RegExp(
  `(?<!\\p{L})(?:уже|целую|всю|около|больше|более)\\s+(недел${L}|месяц${L})`,
  'gu',
);
const EN_CARDINAL = new RegExp(
  `(?<!\\p{L})(\\d+|${Object.keys(EN_COUNT)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(days?|weeks?|months?)(?!\\p{L})`,
  'gu',
);
const EN_ORDINAL_RE = new RegExp(
  `(?<!\\p{L})(${Object.keys(EN_ORDINAL).join('|')}|(\\d+)(?:st|nd|rd|th))\\s+day`,
  'gu',
);
const EN_DAY_N = /(?<!\p{L})day\s+(\d+)(?!\d)/gu;
const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?<!\p{L})(?:со вчера\p{L}*|с вчерашнего дня|since yesterday)/gu, 1],
  [/(?<!\p{L})(?:позавчера|since the day before yesterday)/gu, 2],
  [/(?<!\p{L})(?:с утра|сегодня утром|since this morning|since today|started today)/gu, 0],
];
/** "ребёнку 2 месяца" / "2 months old" are ages, not durations. */
const AGE_BEFORE =
  /(?:ребенку|сыну|дочке|дочери|малышу|внуку|внучке|нам|ему|ей|мне|возраст\p{L}*|aged?|is)\s*$/u;
const AGE_AFTER = /^\s*(?:old|от роду)/u;

export function findNumbers(text: string): NumericMention[] {
  const out: NumericMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const push = (m: NumericMention): void => {
    out.push(m);
    taken.push([m.start, m.end]);
  };

  for (const m of text.matchAll(BLOOD_PRESSURE)) {
    const sys = Number(m[1]);
    const dia = Number(m[2]);
    if (sys < 60 || sys > 300 || dia < 30 || dia > 200 || dia >= sys) continue;
    const start = m.index;
    const end = start + m[0].length;
    push({ findingId: 'bp_systolic', value: sys, start, end });
    out.push({ findingId: 'bp_diastolic', value: dia, start, end });
  }
  for (const re of [TEMPERATURE_CONTEXT, TEMPERATURE_BARE]) {
    for (const m of text.matchAll(re)) {
      const value = num(m[1]!);
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const bare = re === TEMPERATURE_BARE;
      // A bare number counts only with a decimal or a degree sign, in the range a thermometer shows.
      if (bare && !/[.,°]|градус|degree/u.test(m[0])) continue;
      if (value < 34 || value > 43 || !free(start, end)) continue;
      push({ findingId: 'temperature_c', value, start, end });
    }
  }
  const duration = (value: number, start: number, end: number): void => {
    if (!free(start, end) || AGE_BEFORE.test(text.slice(0, start)) || AGE_AFTER.test(text.slice(end))) return;
    push({ findingId: 'duration_days', value, start, end });
  };
  for (const m of text.matchAll(RU_ORDINAL_RE)) {
    const n = RU_ORDINAL[m[1]!]!;
    duration(unitDays(m[2]!) === 1 ? n : unitDays(m[2]!) * (n - 1) + 1, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RU_CARDINAL)) {
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : RU_COUNT[m[1]!]!;
    duration(n * unitDays(m[2]!), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RU_PLAIN_UNIT)) duration(unitDays(m[1]!), m.index, m.index + m[0].length);
  for (const m of text.matchAll(EN_ORDINAL_RE)) {
    duration(m[2] !== undefined ? Number(m[2]) : EN_ORDINAL[m[1]!]!, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(EN_DAY_N)) duration(Number(m[1]), m.index, m.index + m[0].length);
  for (const m of text.matchAll(EN_CARDINAL)) {
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : EN_COUNT[m[1]!]!;
    duration(n * unitDays(m[2]!), m.index, m.index + m[0].length);
  }
  for (const [re, days] of RELATIVE)
    for (const m of text.matchAll(re)) duration(days, m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}
