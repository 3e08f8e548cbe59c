import { findAge, type AgeMention } from './age.js';

/**
 * Numbers in complaints and their role: temperature (comma or dot decimals), blood pressure, symptom duration,
 * the patient's age, and time since an event ("вернулся из Таиланда два месяца назад" is not a duration).
 */

export interface NumericMention {
  findingId:
    | 'temperature_c'
    | 'bp_systolic'
    | 'bp_diastolic'
    | 'blood_glucose_mmol'
    | 'heart_rate'
    | 'oxygen_saturation'
    | 'duration_days';
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

/** "сахар 2,8", "glucose 15.2", "sugar 250" (mg/dL, converted: 1 mmol/L = 18 mg/dL). */
/** "sugar down to 2.8", "dropped to 3.1", "упал до 2,9", "опускался до 3": a reading told by how low it went. */
const GLUCOSE_MOVED =
  '(?:(?:went|gone|got|has|had|have|been|dropped|fell|fallen|dipped|down|up|rose|risen|low|as|to|упал\\p{L}*|падал\\p{L}*|опуст\\p{L}*|опуска\\p{L}*|снизил\\p{L}*|снижал\\p{L}*|подним\\p{L}*|поднял\\p{L}*|поднимал\\p{L}*|доходил\\p{L}*|до)\\s+)*';
const GLUCOSE = new RegExp(
  `(?<!\\p{L})(?:сахар\\p{L}*|глюкоз\\p{L}*|glucose|sugar|sugars|bm)(?:\\s+(?:крови|в крови|blood))?\\s*(?:[:=-]\\s*|был\\p{L}*\\s+|is\\s+|was\\s+|of\\s+)?${GLUCOSE_MOVED}(\\d{1,3}(?:[.,]\\d{1,2})?)(?![\\d.,]*\\d)`,
  'gu',
);
const MG_PER_DL_PER_MMOL = 18;

/** Words between a vital sign's name and its number: "пульс был около 40", "heart rate is over 180". */
const VITAL_LINK = `(?:\\s*[:=~-]\\s*|\\s+(?:был\\p{L}*|is|was|of|at|около|под|до|за|over|above|about|around|up to|down to|to|больше|выше|ниже|меньше|упал\\p{L}*|dropped|went|gone|reads|showed|показ\\p{L}*)(?=\\s))*\\s*`;
/**
 * "пульс 38", "ЧСС 150", "heart rate over 180", "180 ударов в минуту", "180 bpm", and "my heart is racing, over
 * 180" (a heart and a bound before the number, which is no count of minutes or times).
 */
const HEART_RATE = new RegExp(
  `(?<!\\p{L})(?:пульс\\p{L}*|чсс|heart ?rate|pulse|hr)${VITAL_LINK}(\\d{2,3})(?![\\d/]|[.,]\\d)|` +
    `(?<![\\d.,/])(\\d{2,3})\\s*(?:(?:удар\\p{L}*|уд\\.?)\\s*(?:в|\\/)\\s*мин|bpm|beats?\\s*(?:a|per|\\/)\\s*min)|` +
    `(?<!\\p{L})(?:heart|сердц\\p{L}*)[^.!?\\d]{0,40}?(?:over|above|about|around|at least|больше|под|за|около)\\s+` +
    `(\\d{2,3})(?!\\d|[.,]\\d|\\s*(?:min|мин|sec|сек|hour|час|day|дн|time|раз))|` +
    // "часы показывают 188", "my watch says 160": a smartwatch or fitness band's bare reading is the pulse (its
    // oxygen reading carries "%", its other counts a unit).
    `(?<!\\p{L})(?:smart ?watch|watch|fitbit|garmin|tracker|(?:смарт-?)?часы|(?:фитнес-?)?браслет\\p{L}*)\\s+` +
    `(?:says|said|shows?|showed|showing|reads|показыва\\p{L}*|показал\\p{L}*|пишет|выдает|выдал\\p{L}*)\\s*:?\\s*` +
    `(\\d{2,3})(?![\\d/%]|[.,]\\d|\\s*(?:%|steps|шаг|km|км|kcal|ккал|min|мин|hour|час))|` +
    // "190 on my fitbit", "185 по часам": the reading before the device.
    `(?<![\\d.,/])(\\d{2,3})(?:\\s*bpm)?\\s+(?:on|by)\\s+(?:my|the|his|her)?\\s*` +
    `(?:smart ?watch|watch|fitbit|garmin|tracker)|(?<![\\d.,/])(\\d{2,3})\\s+(?:по|на)\\s+(?:часам|часах|браслет\\p{L}*)`,
  'giu',
);
/** "сатурация 90", "sats 91%", "oxygen level dropped to 89". */
const OXYGEN_SATURATION = new RegExp(
  `(?<!\\p{L})(?:сатурац\\p{L}*|сатурашк\\p{L}*|spo2|sp02|sats?|saturations?|oxygen(?: level| sats?| saturation)?|кислород\\p{L}*(?: в крови)?)${VITAL_LINK}(\\d{2,3})\\s*%?(?![\\d/]|[.,]\\d)`,
  'giu',
);

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

/** How long ago something happened that is not a symptom (travel, a bite, an operation). */
export interface EventMention {
  daysAgo: number;
  start: number;
  end: number;
}

export interface NumberRoles {
  values: NumericMention[];
  age?: AgeMention;
  events: EventMention[];
  /** Numbers with another role, such as weeks of pregnancy or days a period is late. */
  other: Array<readonly [number, number]>;
}

function unitDays(unit: string): number {
  if (/^(?:год|лет|year)/u.test(unit)) return 365;
  if (/^(?:недел|week)/u.test(unit)) return 7;
  if (/^(?:месяц|month)/u.test(unit)) return 30;
  return 1;
}

const RU_CARDINAL = new RegExp(
  `(?<!\\p{L})(\\d+|${Object.keys(RU_COUNT).join('|')})\\s+(ден${L}|дня|дней|сут${L}|недел${L}|месяц${L}|год${L}|лет)(?!\\p{L})`,
  'gu',
);
const RU_ORDINAL_RE = new RegExp(
  `(?<!\\p{L})(${Object.keys(RU_ORDINAL).join('|')})${L}\\s+(ден${L}|дня|сутк${L}|недел${L})`,
  'gu',
);
const RU_PLAIN_UNIT = new RegExp(
  `(?<!\\p{L})(?:уже|целую|всю|около|больше|более)\\s+(недел${L}|месяц${L}|год(?!\\p{L}))`,
  'gu',
);
const EN_CARDINAL = new RegExp(
  `(?<!\\p{L})(\\d+|${Object.keys(EN_COUNT)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(days?|weeks?|months?|years?)(?!\\p{L})`,
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
  [/(?<!\p{L})(?:вчера|yesterday)(?!\p{L})/gu, 1],
];
/** "ребёнку 2 месяца", "сын 5 лет", "2 months old" are ages, not durations. */
const AGE_BEFORE =
  /(?:ребенку|сыну|дочке|дочери|малышу|внуку|внучке|нам|ему|ей|мне|возраст\p{L}*|aged?|is)\s*$/u;
/** "Ребёнок 9 лет", "папа, 70 лет", "son 5 years": a person named, then years, is an age ("сын 3 дня кашляет" is not). */
const AGE_BEFORE_YEARS =
  /(?<!\p{L})(?:ребенок|сын|дочь|дочка|мальчик|девочка|малыш|малышка|внук|внучка|мама|папа|мать|отец|бабушка|дедушка|муж|жена|child|son|daughter|boy|girl|kid|mum|mom|mother|dad|father|grandma|grandad|grandpa|wife|husband)\s*[,(]?\s*$/u;
const YEARS = /(?:год|лет|year)\p{L}*$/u;
const AGE_AFTER = /^\s*(?:old|от роду)/u;
/**
 * "беременна 8 недель", "10 weeks pregnant", "задержка 10 дней", "two weeks late", "родилась на 36 неделе",
 * "born at 36 weeks", "smoked for 40 years", "диабет 10 лет": not how long symptoms last.
 */
const NOT_DURATION_BEFORE =
  /(?:беременн\p{L}*|pregnan\p{L}*|задержк\p{L}*|gestation|родил\p{L}*(?:\s+на)?|born(?:\s+at)?|на\s+сроке|срок\p{L}*|smok\p{L}*(?:\s+for)?|кур(?:ю|ит|ил\p{L}*)|курени\p{L}*|diabet\p{L}*(?:\s+for)?|диабет\p{L}*)[\s,:]*(?:уже\s+|about\s+|около\s+)?$/u;
/** "I'm 38 weeks": a pregnancy's weeks, unless the weeks are into something ("I'm 3 weeks into this cough"). */
const PREGNANCY_WEEKS = {
  before: /(?:i'?m|i\s+am)\s*$/u,
  unit: /weeks?$/u,
  notAfter: /^\s*(?:into|in|of|with)(?!\p{L})/u,
};
const NOT_DURATION_AFTER = /^\s*(?:беременност\p{L}*|pregnan\p{L}*|of pregnancy|late|overdue|задержк\p{L}*)/u;
const AGO = /^\s*(?:назад|тому назад|ago|back)(?!\p{L})/u;
/**
 * A clause that tells of travel, a bite, an operation or procedure, a birth, the last period or an injury: its
 * "… ago" dates the event, not the illness.
 */
const EVENT =
  /(?<!\p{L})(?:вернул|приехал|прилетел|прилетел|ездил|летал|отдыхал|путешеств|был[аи]? в(?!\p{L})|укусил|поранил|оперир|операци|прививк|привил|родил|роды|упал|ударил|came back|got back|back from|returned|travel|flew|trip|holiday|vacation|visited|bitten|bit me|surgery|operation|vaccin|gave birth|fell|injur|месячн|менстру|удалил|удалял|кесарев|биопси|last period|period (?:was|started|came)|replac|biops|procedure|tooth out|teeth out|mmr|jab|immunis|had (?:my|a|the) baby|c-section|caesarean|finish|закончил|допил|antibiot|антибиот|course|курс)/u;
const CLAUSE_EDGE = /[.;!?]/u;

function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_EDGE.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !CLAUSE_EDGE.test(text[b]!)) b++;
  return text.slice(a, b);
}

export function findNumbers(text: string): NumericMention[] {
  return readNumbers(text).values;
}

export function readNumbers(text: string): NumberRoles {
  const out: NumericMention[] = [];
  const events: EventMention[] = [];
  const other: Array<readonly [number, number]> = [];
  const age = findAge(text);
  const taken: Array<[number, number]> = age ? [[age.start, age.end]] : [];
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
  for (const m of text.matchAll(GLUCOSE)) {
    const raw = num(m[1]!);
    const value = raw > 40 ? Math.round((raw / MG_PER_DL_PER_MMOL) * 10) / 10 : raw;
    if (value < 0.5 || value > 40) continue;
    push({ findingId: 'blood_glucose_mmol', value, start: m.index, end: m.index + m[0].length });
  }
  for (const [findingId, re, min, max] of [
    ['heart_rate', HEART_RATE, 25, 250],
    ['oxygen_saturation', OXYGEN_SATURATION, 50, 100],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const value = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
      const end = m.index + m[0].length;
      // "My heart is racing, over 180": only the number is the measurement; the racing heart stays a finding.
      const start = m[3] === undefined ? m.index : end - m[3].length;
      if (value >= min && value <= max && free(start, end)) push({ findingId, value, start, end });
    }
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
    if (!free(start, end)) return;
    const before = text.slice(0, start);
    const after = text.slice(end);
    const pregnancyWeeks =
      PREGNANCY_WEEKS.before.test(before) &&
      PREGNANCY_WEEKS.unit.test(text.slice(start, end)) &&
      !PREGNANCY_WEEKS.notAfter.test(after);
    if (pregnancyWeeks || NOT_DURATION_BEFORE.test(before) || NOT_DURATION_AFTER.test(after)) {
      taken.push([start, end]);
      other.push([start, end]);
      return;
    }
    if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return;
    if (AGE_BEFORE_YEARS.test(before) && YEARS.test(text.slice(start, end))) return;
    // "Курю с 18 лет", "болею с 5 лет": since an age, not for that many years.
    if (/(?<!\p{L})с\s*$/u.test(before) && YEARS.test(text.slice(start, end))) return;
    const ago = AGO.exec(after);
    if (ago && EVENT.test(clauseAround(text, start, end))) {
      events.push({ daysAgo: value, start, end: end + ago[0].length });
      taken.push([start, end]);
      return;
    }
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
  return { values: out.sort((a, b) => a.start - b.start), ...(age ? { age } : {}), events, other };
}
