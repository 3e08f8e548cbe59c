import type { Messages } from '../messages.js';
import { days } from './plural.js';

/** Популяционный обзор мониторинга давления (определения HEARTS / Simple.org) для ассистентов и врачей. */
export const population: Messages['population'] = {
  nav: 'Популяция',
  title: 'Популяция: контроль давления',
  doctorTitle: 'Мои пациенты на мониторинге: контроль давления',
  lead: 'Пациенты на мониторинге по определениям ВОЗ HEARTS и Simple.org. Контроль: последнее измерение за 3 месяца ниже личной цели (оба числа, например ниже 140/90).',
  doctorLead: 'Ваши пациенты на мониторинге давления по определениям ВОЗ HEARTS и Simple.org.',
  statuses: {
    controlled: 'Под контролем',
    uncontrolled: 'Не под контролем',
    no_reading_3m: 'Нет измерений 3 месяца',
    lost_to_follow_up: 'Выбыли из наблюдения (12 месяцев)',
    first_3_months: 'Первые 3 месяца (не учитываются)',
  },
  statusHints: {
    controlled: 'Последнее измерение за 3 месяца ниже цели',
    uncontrolled: 'Последнее измерение за 3 месяца на уровне цели или выше',
    no_reading_3m: 'Есть измерение за 12 месяцев, но не за последние 3',
    lost_to_follow_up: 'Нет измерений за 12 месяцев',
    first_3_months: 'На мониторинге меньше 3 месяцев',
  },
  countsTitle: 'Пациенты по статусу',
  total: (n: number) => `Всего на мониторинге: ${n}`,
  controlRate: 'Доля под контролем',
  controlRateHint:
    'Под контролем ÷ (под контролем + не под контролем + нет измерений 3 месяца), среди наблюдаемых 3 месяца и дольше.',
  noRate: '—',
  trendTitle: 'Доля под контролем по месяцам',
  month: 'Месяц',
  rate: 'Доля',
  denominator: 'Учтено',
  timeToControl: 'Время до контроля',
  timeToControlValue: (median: number, patients: number) =>
    `медиана ${days(median)} (пациентов: ${patients})`,
  timeToControlNone: 'Пока нет пациентов под контролем',
  uncontrolledTitle: 'Не под контролем: пересмотреть',
  noReadingTitle: 'Нет измерений 3 месяца: связаться',
  patient: 'Пациент',
  lastReading: 'Последнее измерение',
  target: 'Цель',
  emptyList: 'Никого нет.',
};
