import type { LocalizedText } from '../../db/schema/common.js';
import { SYMPTOMS } from './rules/index.js';

/** A reading from any source, before it is checked. */
export interface ReadingInput {
  systolic: number;
  diastolic: number;
  pulse?: number | null | undefined;
  measuredAt: Date;
  arm?: 'left' | 'right' | null | undefined;
  symptoms?: string[] | undefined;
}

/**
 * What a home monitor can physically show on a living person; anything outside is a typing or device error.
 * The ranges are the display limits of common validated upper-arm monitors (e.g. Omron: 0–299 mmHg, pulse
 * 40–180) widened a little, not clinical thresholds.
 */
export const PLAUSIBLE = {
  systolic: { min: 60, max: 300 },
  diastolic: { min: 30, max: 200 },
  pulse: { min: 30, max: 250 },
} as const;
/** Device clocks drift; a reading a few minutes "in the future" is still accepted. */
export const FUTURE_TOLERANCE_MINUTES = 5;
/**
 * The earliest measurement date accepted (UTC). Home monitors with memory and an app export are a 2000s
 * thing, and monitoring is about recent readings; a date before 2000 is a typing error or a reset device
 * clock (many reset to 2000-01-01 or 1970), and year 0000 would not even fit the database.
 */
export const EARLIEST_MEASUREMENT = new Date('2000-01-01T00:00:00Z');

function range(field: 'systolic' | 'diastolic' | 'pulse', value: number): LocalizedText | null {
  const { min, max } = PLAUSIBLE[field];
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  const names = {
    systolic: { ru: 'Верхнее (систолическое) давление', en: 'Systolic pressure' },
    diastolic: { ru: 'Нижнее (диастолическое) давление', en: 'Diastolic pressure' },
    pulse: { ru: 'Пульс', en: 'Pulse' },
  }[field];
  const unit = field === 'pulse' ? { ru: 'уд/мин', en: 'beats/min' } : { ru: 'мм рт. ст.', en: 'mmHg' };
  return {
    ru: `${names.ru} должно быть целым числом от ${min} до ${max} ${unit.ru} (получено: ${value}).`,
    en: `${names.en} must be a whole number from ${min} to ${max} ${unit.en} (got ${value}).`,
  };
}

/** Every reason the reading is impossible, in both languages; empty when it is fine. */
export function readingProblems(input: ReadingInput, now = new Date()): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const sys = range('systolic', input.systolic);
  const dia = range('diastolic', input.diastolic);
  if (sys) problems.push(sys);
  if (dia) problems.push(dia);
  if (input.pulse !== null && input.pulse !== undefined) {
    const pulse = range('pulse', input.pulse);
    if (pulse) problems.push(pulse);
  }
  if (!sys && !dia && input.systolic <= input.diastolic) {
    problems.push({
      ru: `Верхнее давление (${input.systolic}) должно быть больше нижнего (${input.diastolic}).`,
      en: `Systolic (${input.systolic}) must be higher than diastolic (${input.diastolic}).`,
    });
  }
  if (Number.isNaN(input.measuredAt.getTime())) {
    problems.push({
      ru: 'Не удалось прочитать дату и время измерения (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ и ЧЧ:ММ).',
      en: 'The date and time of the measurement are missing or unreadable (expected YYYY-MM-DD or DD.MM.YYYY and HH:MM).',
    });
  } else if (input.measuredAt.getTime() < EARLIEST_MEASUREMENT.getTime()) {
    problems.push({
      ru: 'Дата измерения не может быть раньше 01.01.2000.',
      en: 'The measurement date cannot be earlier than 2000-01-01.',
    });
  } else if (input.measuredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MINUTES * 60_000) {
    problems.push({
      ru: 'Время измерения не может быть в будущем.',
      en: 'The time of the measurement cannot be in the future.',
    });
  }
  const unknown = (input.symptoms ?? []).filter((s) => !(SYMPTOMS as readonly string[]).includes(s));
  if (unknown.length) {
    problems.push({
      ru: `Неизвестные симптомы: ${unknown.join(', ')}.`,
      en: `Unknown symptoms: ${unknown.join(', ')}.`,
    });
  }
  return problems;
}

/** One message for an error list: English first (the api's language), then Russian. */
export const bilingual = (text: LocalizedText) => `${text.en} / ${text.ru}`;
