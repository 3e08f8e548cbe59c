import type { Messages } from '../messages.js';

export const errors: Messages['errors'] = {
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет, или она недоступна для вашей учётной записи.',
  forbiddenTitle: 'Нет доступа',
  forbiddenText: 'Вашей учётной записи эта страница недоступна.',
  genericTitle: 'Что-то пошло не так',
  genericText: 'Попробуйте, пожалуйста, через минуту. Если ошибка повторяется, напишите в поддержку.',
  statusCode: (status) => `Ошибка ${status}`,
  backHome: 'На главную',
};
