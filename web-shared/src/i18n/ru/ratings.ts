import type { Messages } from '../messages.js';
import { plural } from './plural.js';

const oneDecimal = (value: number) =>
  value.toLocaleString('ru', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const reviews = (count: number) =>
  `${count} ${plural(count, { one: 'отзыв', few: 'отзыва', many: 'отзывов' })}`;

export const ratings: Messages['ratings'] = {
  summary: (average, count) => `★ ${oneDecimal(average)} · ${reviews(count)}`,
  summaryLabel: (average, count) => `Оценка ${oneDecimal(average)} из 5, ${reviews(count)}`,
  noReviews: 'Отзывов пока нет',
  stars: (count) => `${count} ${plural(count, { one: 'звезда', few: 'звезды', many: 'звёзд' })} из 5`,
  form: {
    title: 'Оцените визит',
    intro: 'Ваша оценка поможет другим выбрать врача и клинику. После отправки её нельзя изменить.',
    doctor: (name) => `Врач: ${name}`,
    clinic: (name) => `Клиника: ${name}`,
    comment: 'Комментарий (необязательно)',
    commentHint: 'До 1000 символов, простым текстом. Другие увидят его только с вашим именем и инициалом.',
    submit: 'Отправить оценку',
    chooseStars: 'Выберите от 1 до 5 звёзд для врача.',
  },
  given: {
    thanks: 'Спасибо за оценку!',
    title: 'Ваша оценка',
    doctor: 'Врач',
    clinic: 'Клиника',
    comment: 'Комментарий',
    hidden: 'Ваш комментарий скрыт модератором и не показывается другим.',
  },
  reviews: {
    title: 'Отзывы',
    empty: 'Отзывов пока нет.',
  },
  moderation: {
    nav: 'Отзывы',
    title: 'Модерация отзывов',
    lead: 'Последние комментарии о врачах и клиниках, сначала новые. Оскорбительные можно скрыть: текст больше не покажется пациентам, звёзды по-прежнему учитываются. Каждое скрытие записывается в журнал аудита.',
    show: 'Показать',
    filter: { all: 'Все комментарии', visible: 'Показанные', hidden: 'Скрытые' },
    apply: 'Показать',
    empty: 'Комментариев нет.',
    author: 'Автор',
    doctor: 'Врач',
    clinic: 'Клиника',
    stars: 'Звёзды',
    date: 'Дата',
    comment: 'Комментарий',
    reason: 'Причина скрытия',
    hide: 'Скрыть комментарий',
    hiddenOn: (date, reason) => `Скрыт ${date}: ${reason}`,
    hiddenNotice: 'Комментарий скрыт.',
    page: (page, pages) => `Страница ${page} из ${pages}`,
    previous: 'Назад',
    next: 'Дальше',
  },
};
