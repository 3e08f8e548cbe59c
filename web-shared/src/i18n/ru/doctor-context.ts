import type { Messages } from '../messages.js';
import { plural } from './plural.js';

export const doctorContext: Messages['doctorContext'] = {
  reason: {
    title: 'Повод для обращения',
    label: 'Повод',
    none: 'Пациент не указал, что хочет обсудить.',
    more: 'Показать полностью',
    less: 'Свернуть',
  },
  escalation: {
    flag: 'Передано из мониторинга АД',
    title: 'Передано медицинским ассистентом',
    noteTitle: 'Комментарий ассистента',
    noteBy: (name: string, when: string) => `${name}, ${when}`,
    noNote: 'Ассистент не оставил комментария.',
    alertLevel: 'Уровень тревоги',
    raisedAt: 'Тревога поднята',
    threshold: 'Порог тревоги',
    target: 'Целевое давление пациента',
    readingsTitle: 'Измерения, вызвавшие тревогу',
    measuredAt: 'Время измерения',
    bloodPressure: 'Давление, мм рт. ст.',
    pulse: 'Пульс, уд/мин',
    symptoms: 'Симптомы',
    noReadings: 'Эта тревога поднята не по одному измерению.',
    days: (days: number) =>
      `${days} ${plural(days, { one: 'день', few: 'дня', many: 'дней' })} без измерений`,
  },
  actions: {
    label: 'Действия по консультации',
  },
};
