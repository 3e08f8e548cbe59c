import type { Messages } from '../messages.js';

/** Очные приёмы в клинике (шаги записи и страница приёма в web-patient). */
export const inPerson: Messages['inPerson'] = {
  title: 'Где',
  clinic: 'Клиника',
  address: 'Адрес',
  metro: 'Метро',
  metroStation: (name, line, minutes) => `${name} (линия ${line}), ${minutes} мин пешком`,
  phone: 'Телефон',
  route: 'Маршрут до клиники',
  routeLabel: (clinic) => `Маршрут до клиники «${clinic}» (откроется внешняя карта)`,
  byPhoneTitle: 'Запись по телефону',
  byPhone: (phone) =>
    `Эта клиника не принимает запись онлайн. Позвоните по номеру ${phone}, чтобы записаться.`,
  whatToBringTitle: 'Что взять с собой',
  whatToBring: [
    'Паспорт',
    'Полис страхования (или его номер в приложении)',
    'Направление или прежние результаты обследований, если есть',
  ],
  shareTitle: 'Ваша доля оплаты приёма',
  price: (price) => `Стоимость приёма: ${price}`,
  youPay: (amount, percent) => `Вы оплачиваете ${amount} (${percent}%)`,
  nothingToPay: 'Программа полностью оплачивает приём.',
  temporary: (days, until) =>
    `Первые ${days} дней договора: до ${until} на приёмы действует временная франшиза.`,
  chargedAfter: 'Доля списывается после приёма; сейчас платить ничего не нужно.',
  noCall: 'Этот приём проходит в клинике: подключаться к звонку не нужно.',
  visitDone: 'Отметить приём состоявшимся',
  visitCharged: (amount) => `Приём состоялся. Списана доля пациента: ${amount}.`,
};
