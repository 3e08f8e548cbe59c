import type { Messages } from '../messages.js';
import { plural } from './plural.js';

export const shortcuts: Messages['shortcuts'] = {
  tabs: {
    more: 'Ещё',
    moreTitle: 'Все разделы',
    unread: (count: number) =>
      `${count} ${plural(count, { one: 'непрочитанное', few: 'непрочитанных', many: 'непрочитанных' })}`,
  },
  labLive: {
    arrived: 'Пришли новые результаты анализов, страница обновлена.',
  },
  decoding: {
    question: 'Ваш вопрос (необязательно)',
    questionHint: 'Например, что вас беспокоит в этих результатах. Врач ответит письменно.',
    more: 'Выбрать врача или добавить документы',
  },
  staffApp: {
    hint: 'Врачи, медицинские ассистенты и администраторы входят в приложение для сотрудников.',
    link: 'Открыть приложение для сотрудников',
  },
};
