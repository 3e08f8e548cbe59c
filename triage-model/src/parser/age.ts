/** The patient's age when the text states it ("ребёнку 5 месяцев", "мне 34 года", "my son is 3"), in months. */

export interface AgeMention {
  months: number;
  start: number;
  end: number;
}

const L = '\\p{L}*';
const RU_WORDS: Record<string, number> = {
  один: 1,
  одного: 1,
  полтора: 1.5,
  полгода: 0.5,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
};
const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUM = `(\\d{1,3}(?:[.,]5)?|${[...Object.keys(RU_WORDS), ...Object.keys(EN_WORDS)].join('|')})`;
const UNIT = `(год${L}|лет|г\\.|мес${L}|недел${L}|дн${L}|день|years?|yrs?|y\\.?o\\.?|months?|mos?|weeks?|wks?|days?)`;
const RU_WHO =
  '(?:ребенку|сыну|дочке|дочери|малышу|малышке|внуку|внучке|маме|папе|бабушке|дедушке|мужу|жене|мне|ему|ей|нам|возраст' +
  L +
  ')';
const EN_WHO =
  "(?:(?:my |our )?(?:son|daughter|child|kid|baby|boy|girl|toddler|grandson|granddaughter|infant)(?: is|'s)?|" +
  "(?:he|she) is|he's|she's|i'm|i am|im|aged?:?)";

/** "мне 34 года", "сыну 3", "my son is 3", "I'm 34", "aged 70": a person word, then the number and maybe a unit. */
const AFTER_WHO = new RegExp(
  `(?<!\\p{L})(?:${RU_WHO}|${EN_WHO})\\s*[:—-]?\\s*(?:уже |исполнилось |всего |почти |only |just |almost )?` +
    `${NUM}(?![\\d.,]\\d)(?:\\s*${UNIT}(?!\\p{L}))?`,
  'gu',
);
/** "3-летний", "5-месячный", "3-year-old", "4 months old", "2 yo". */
const ADJECTIVE = new RegExp(
  `(?<!\\p{L})${NUM}\\s*[- ]?\\s*(?:(летн|месячн|недельн)${L}|(year|month|week|day)s?[- ]old|(yo|y/o)(?!\\p{L}))`,
  'gu',
);
const PLAIN_OLD = new RegExp(`(?<!\\p{L})${NUM}\\s*${UNIT}\\s+(?:old|от роду)`, 'gu');
/**
 * "у дочки 7 лет болел живот": a child in the genitive after "у", then years, is the child's age; "у малыша
 * 5 месяцев" likewise in months, for a baby. Other units there are how long it has lasted ("у ребенка 3 дня
 * температура", "у сына 2 месяца кашель") and stay with the duration reader; so do adults' ("у мамы 3 года
 * болит спина").
 */
const RU_CHILD_HAS = new RegExp(
  `(?<!\\p{L})у (?:(?:ребенка|сына|дочки|дочери|внука|внучки)\\s+${NUM}\\s*(год${L}|лет)|` +
    `(?:малыша|малышки|младенца)\\s+${NUM}\\s*(год${L}|лет|мес${L}))(?!\\p{L})`,
  'gu',
);

const FIRST_PERSON = /^(?:i'm|i am|im|мне)(?!\p{L})/u;
/** "she is 2 weeks late", "мне 3 дня назад…", "38,5 градусов": a number after a person word that is not an age. */
const NOT_AGE_AFTER = /^\s*(?:\p{L}+\s+)?(?:°|градус|degree|late|overdue|ago|назад|pregnant|беременн)/u;

function value(word: string): number {
  return RU_WORDS[word] ?? EN_WORDS[word] ?? Number(word.replace(',', '.'));
}

function toMonths(n: number, unit: string | undefined): number {
  const u = unit ?? '';
  if (/^(?:мес|month|mo)/u.test(u)) return Math.floor(n);
  if (/^(?:недел|week|wk)/u.test(u)) return Math.floor((n * 7) / 30.4);
  if (/^(?:дн|день|day)/u.test(u)) return Math.floor(n / 30.4);
  return Math.floor(n * 12);
}

/** The first stated age, or undefined; `text` is already lower-cased with "ё" folded. */
export function findAge(text: string): AgeMention | undefined {
  const found: AgeMention[] = [];
  for (const m of text.matchAll(AFTER_WHO)) {
    if (NOT_AGE_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const n = value(m[1]!);
    // A bare number after "мне/my son is" is years; a unitless fraction or an implausible age is not an age.
    if (m[2] === undefined && (n !== Math.floor(n) || n > 120)) continue;
    if (m[2] === 'полгода' || m[1] === 'полгода') continue;
    // Whoever types "I'm 38 weeks" or "мне 3 недели…" tells the weeks of a pregnancy or of an illness, not an age.
    if (m[2] !== undefined && /^(?:недел|week|wk|дн|день|day)/u.test(m[2]) && FIRST_PERSON.test(m[0]))
      continue;
    found.push({ months: toMonths(n, m[2]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ADJECTIVE)) {
    const unit = m[2] ?? m[3] ?? 'year';
    const months = toMonths(
      value(m[1]!),
      unit.replace('летн', 'год').replace('месячн', 'мес').replace('недельн', 'недел'),
    );
    found.push({ months, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(RU_CHILD_HAS)) {
    const [n, unit] = m[1] !== undefined ? [m[1], m[2]] : [m[3]!, m[4]];
    found.push({ months: toMonths(value(n), unit), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PLAIN_OLD)) {
    found.push({ months: toMonths(value(m[1]!), m[2]), start: m.index, end: m.index + m[0].length });
  }
  return found.filter((a) => a.months <= 1440).sort((a, b) => a.start - b.start)[0];
}
