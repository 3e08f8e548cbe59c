import type { Messages } from '../messages.js';
import { plural } from './plural.js';

export const patient: Messages['patient'] = {
  nav: { home: 'Главная', profile: 'Профиль', family: 'Семья', notifications: 'Уведомления' },
  home: {
    title: 'Главная',
    greeting: (name) => `Здравствуйте, ${name}`,
    intro: 'Консультации, профили детей и ваша страховка — в одном месте.',
    upcomingTitle: 'Предстоящие записи',
    noAppointments: 'У вас нет предстоящих записей.',
    recentTitle: 'Недавние записи',
    shortcutsTitle: 'Разделы',
    profileLink: 'Профиль и страховка',
    profileLinkText: 'Ваши данные и что покрывает программа.',
    familyLink: 'Семья',
    familyLinkText: 'Профили ваших детей.',
    notificationsLink: 'Уведомления',
    notificationsLinkText: (unread) =>
      unread === 0
        ? 'Ничего нового.'
        : `${unread} ${plural(unread, { one: 'непрочитанное', few: 'непрочитанных', many: 'непрочитанных' })}.`,
  },
  profile: {
    title: 'Профиль',
    personalTitle: 'Личные данные',
    fullName: 'ФИО',
    birthDate: 'Дата рождения',
    age: 'Возраст',
    sex: 'Пол',
    email: 'Электронная почта',
    phone: 'Телефон',
    guardian: 'Под опекой родителя',
  },
  insurance: {
    title: 'Страховка',
    noPolicy: 'Страховой полис не указан.',
    policyNumber: 'Номер полиса',
    insurer: 'Страховая компания',
    validTo: 'Действует до',
    programme: 'Программа',
    kind: {
      dms: 'Добровольное медицинское страхование (ДМС)',
      oms: 'Обязательное медицинское страхование (ОМС)',
    },
    franchise: 'Франшиза',
    franchiseValue: (percent) => (percent === 0 ? 'Нет' : `${percent}% оплачиваете вы`),
    telemedicineOutsideFranchise: 'Онлайн-консультации не входят во франшизу: вы их не оплачиваете.',
    telemedicineInFranchise: 'На онлайн-консультации распространяется франшиза.',
    coverageTitle: 'Что покрывает программа',
    service: 'Услуга',
    coverage: 'Покрытие',
    services: {
      telemedicine: 'Онлайн-консультация',
      lab: 'Лабораторные анализы',
      second_opinion: 'Второе мнение',
      test_decoding: 'Расшифровка анализов',
      in_person: 'Очный приём',
    },
    covered: 'Входит',
    coveredWithShare: (percent) => `Входит, вы оплачиваете ${percent}%`,
    notCovered: 'Не входит',
    annualLimit: (count) => `до ${count} в год`,
  },
  family: {
    title: 'Семья',
    intro: 'Детьми до 15 лет управляет родитель: вы записываете их на консультации и присутствуете на них.',
    childrenTitle: 'Дети',
    noChildren: 'К вашей учётной записи не привязаны дети.',
    openProfile: (name) => `Открыть профиль: ${name}`,
    backToFamily: 'Назад к семье',
    childProfileTitle: 'Профиль ребёнка',
  },
  notifications: {
    title: 'Уведомления',
    empty: 'У вас нет уведомлений.',
    unreadCount: (count) =>
      count === 0
        ? 'Все прочитаны.'
        : `${count} ${plural(count, { one: 'непрочитанное', few: 'непрочитанных', many: 'непрочитанных' })}`,
    markRead: 'Отметить прочитанным',
    unread: 'Новое',
  },
  register: { title: 'Регистрация' },
};
