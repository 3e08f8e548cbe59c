import type { LocalizedText } from '../../db/schema/common.js';

/**
 * Who may have the free compulsory-insurance (OMS) preventive care, and when.
 *
 * Source: order of the Ministry of Health of the Russian Federation No. 404n of 27.04.2021 "On approval of the
 * procedure for the preventive medical examination and dispanserization of certain groups of the adult
 * population" (приказ Минздрава России от 27.04.2021 № 404н), as amended:
 * - the preventive medical examination (профилактический медицинский осмотр) once a year from 18 (item 5);
 * - the dispanserization (диспансеризация) once every three years at 18–39 and once a year from 40 (item 5);
 * - the ages are the ages the person reaches in the calendar year of the examination (item 17, the appendix's
 *   "age" columns), so a person born in 1986 is 40 for the whole of 2026.
 * The reproductive-health dispanserization of men and women aged 18–49 was added in 2024 by the programme of
 * state guarantees of free medical care for 2024–2026 (Government decree No. 2353 of 28.12.2023) and the
 * amended 404n; we cite 404n "as amended" because we could not verify the number of the amending order.
 * Not modelled: the yearly dispanserization of the groups item 5 names regardless of age (veterans,
 * disabled people, former prisoners of the blockade…), and the second stage, decided by the doctor.
 */

export type ScreeningKind = 'preventive_exam' | 'dispanserization' | 'reproductive_dispanserization';
export type Sex = 'female' | 'male';

/** Why a person is or is not due this year. */
export type EligibilityReason =
  | 'due'
  | 'done_this_year'
  | 'too_young'
  | 'too_old'
  /** 18–39: the dispanserization comes every third year (at 18, 21, 24 … 39). */
  | 'not_this_year';

export interface Eligibility {
  kind: ScreeningKind;
  eligible: boolean;
  reason: EligibilityReason;
  /** The age the person reaches in `year`. */
  ageThisYear: number;
  /** The first year (≥ `year`, or after it when not eligible now) in which it is due; null when never again. */
  nextDueYear: number | null;
}

export const ADULT_AGE = 18;
/** From this age the dispanserization is yearly (404n, item 5). */
export const YEARLY_DISPANSERIZATION_AGE = 40;
/** The reproductive-health dispanserization is for ages 18–49 inclusive. */
export const REPRODUCTIVE_MAX_AGE = 49;

/** The age reached in the calendar year, as 404n counts it. */
export function ageReachedInYear(birthDate: string, year: number): number {
  return year - Number(birthDate.slice(0, 4));
}

/** Whether the kind is due at an age reached in the calendar year (ignoring what was already done). */
export function isDueAtAge(kind: ScreeningKind, age: number): boolean {
  if (age < ADULT_AGE) return false;
  switch (kind) {
    case 'preventive_exam':
      return true;
    case 'dispanserization':
      return age >= YEARLY_DISPANSERIZATION_AGE || (age - ADULT_AGE) % 3 === 0;
    case 'reproductive_dispanserization':
      return age <= REPRODUCTIVE_MAX_AGE;
  }
}

/** The first year from `fromYear` on in which the kind is due, or null when it never will be. */
function firstDueYear(kind: ScreeningKind, birthDate: string, fromYear: number): number | null {
  // Every schedule repeats within three years once the person is adult, so a short look ahead suffices.
  const start = Math.max(fromYear, Number(birthDate.slice(0, 4)) + ADULT_AGE);
  for (let year = start; year < start + 3; year++) {
    if (isDueAtAge(kind, ageReachedInYear(birthDate, year))) return year;
  }
  return null;
}

/**
 * Whether the person is eligible for the kind in `year`, why, and when it is next due.
 * `lastDoneYear` is the latest year it was done (completed), if known: done this year means due again later.
 */
export function screeningEligibility(
  kind: ScreeningKind,
  person: { birthDate: string },
  year: number,
  lastDoneYear?: number | null,
): Eligibility {
  const ageThisYear = ageReachedInYear(person.birthDate, year);
  const dueAtAge = isDueAtAge(kind, ageThisYear);
  const doneThisYear = lastDoneYear === year;
  const eligible = dueAtAge && !doneThisYear;
  let reason: EligibilityReason;
  if (eligible) reason = 'due';
  else if (doneThisYear) reason = 'done_this_year';
  else if (ageThisYear < ADULT_AGE) reason = 'too_young';
  else if (kind === 'reproductive_dispanserization' && ageThisYear > REPRODUCTIVE_MAX_AGE) reason = 'too_old';
  else reason = 'not_this_year';
  return {
    kind,
    eligible,
    reason,
    ageThisYear,
    nextDueYear: eligible ? year : firstDueYear(kind, person.birthDate, year + 1),
  };
}

const t = (ru: string, en: string): LocalizedText => ({ ru, en });

/**
 * What each kind includes (the first stage; 404n appendices 1 and 2, short). Some items depend on age and sex:
 * `includesFor` picks those that apply.
 */
interface Item {
  text: LocalizedText;
  sex?: Sex;
  minAge?: number;
  maxAge?: number;
  /** Only in these ages (e.g. every other year). */
  ages?: (age: number) => boolean;
}

const PREVENTIVE_EXAM: Item[] = [
  { text: t('Анкетирование', 'Questionnaire on lifestyle and risk factors') },
  { text: t('Рост, вес, индекс массы тела, окружность талии', 'Height, weight, body mass index, waist') },
  { text: t('Измерение артериального давления', 'Blood pressure') },
  { text: t('Общий холестерин и глюкоза крови', 'Total cholesterol and blood glucose') },
  { text: t('Оценка сердечно-сосудистого риска', 'Cardiovascular risk score') },
  { text: t('Флюорография лёгких (раз в 2 года)', 'Chest fluorography (every 2 years)') },
  { text: t('ЭКГ (с 35 лет)', 'ECG (from 35)'), minAge: 35 },
  { text: t('Измерение внутриглазного давления (с 40 лет)', 'Eye pressure (from 40)'), minAge: 40 },
  { text: t('Осмотр фельдшером или акушеркой (женщины)', 'Midwife examination (women)'), sex: 'female' },
  { text: t('Приём терапевта', 'Therapist’s appointment') },
];

const DISPANSERIZATION_EXTRA: Item[] = [
  { text: t('Общий анализ крови (с 40 лет)', 'Complete blood count (from 40)'), minAge: 40 },
  {
    text: t('Мазок с шейки матки (18–64, раз в 3 года)', 'Cervical smear (18–64, every 3 years)'),
    sex: 'female',
    maxAge: 64,
  },
  {
    text: t('Маммография (40–75, раз в 2 года)', 'Mammography (40–75, every 2 years)'),
    sex: 'female',
    minAge: 40,
    maxAge: 75,
  },
  {
    text: t('Анализ кала на скрытую кровь (40–75)', 'Faecal occult blood test (40–75)'),
    minAge: 40,
    maxAge: 75,
  },
  {
    text: t('ПСА в крови (мужчины 45, 50, 55, 60, 64)', 'PSA blood test (men at 45, 50, 55, 60, 64)'),
    sex: 'male',
    ages: (age) => [45, 50, 55, 60, 64].includes(age),
  },
  { text: t('Эзофагогастродуоденоскопия (в 45 лет)', 'Gastroscopy (at 45)'), ages: (age) => age === 45 },
  { text: t('Краткое профилактическое консультирование', 'Brief preventive counselling') },
];

const REPRODUCTIVE: Item[] = [
  { text: t('Приём акушера-гинеколога', 'Obstetrician-gynaecologist’s appointment'), sex: 'female' },
  { text: t('Мазок на онкоцитологию', 'Cervical cytology smear'), sex: 'female' },
  {
    text: t('ПЦР на инфекции, передаваемые половым путём', 'PCR tests for sexually transmitted infections'),
    sex: 'female',
    maxAge: 29,
  },
  { text: t('Приём уролога (андролога)', 'Urologist’s (andrologist’s) appointment'), sex: 'male' },
  { text: t('Анкетирование о репродуктивном здоровье', 'Reproductive-health questionnaire') },
];

const ITEMS: Record<ScreeningKind, Item[]> = {
  preventive_exam: PREVENTIVE_EXAM,
  dispanserization: [...PREVENTIVE_EXAM, ...DISPANSERIZATION_EXTRA],
  reproductive_dispanserization: REPRODUCTIVE,
};

/** What the kind includes for a person of this sex and age (reached this year). */
export function includesFor(kind: ScreeningKind, sex: Sex, age: number): LocalizedText[] {
  return ITEMS[kind]
    .filter(
      (item) =>
        (!item.sex || item.sex === sex) &&
        (item.minAge === undefined || age >= item.minAge) &&
        (item.maxAge === undefined || age <= item.maxAge) &&
        (!item.ages || item.ages(age)),
    )
    .map((item) => item.text);
}

/** Every item of the kind regardless of age and sex, for the package catalogue. */
export function allIncludes(kind: ScreeningKind): LocalizedText[] {
  return ITEMS[kind].map((item) => item.text);
}

/** The package code (`checkup_packages.code`) of each OMS kind. */
export const SCREENING_PACKAGE: Record<ScreeningKind, string> = {
  preventive_exam: 'oms_preventive_exam',
  dispanserization: 'oms_dispanserization',
  reproductive_dispanserization: 'oms_reproductive',
};

export const SCREENING_KINDS = Object.keys(SCREENING_PACKAGE) as ScreeningKind[];

export function screeningKindOf(packageCode: string): ScreeningKind | null {
  return SCREENING_KINDS.find((kind) => SCREENING_PACKAGE[kind] === packageCode) ?? null;
}

/** Whether a commercial package fits a person by sex and age (reached this year). */
export function packageFits(
  pkg: { sex: Sex | null; minAgeYears: number; maxAgeYears: number | null },
  person: { sex: Sex; age: number },
): boolean {
  return (
    (!pkg.sex || pkg.sex === person.sex) &&
    person.age >= pkg.minAgeYears &&
    (pkg.maxAgeYears === null || person.age <= pkg.maxAgeYears)
  );
}
