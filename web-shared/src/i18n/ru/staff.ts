import type { Messages } from '../messages.js';
import { years } from './plural.js';

export const staff: Messages['staff'] = {
  nav: { home: 'Главная', today: 'Сегодня', monitoring: 'Мониторинг', profile: 'Профиль' },
  home: {
    title: 'Главная',
    welcome: (name) => `Добро пожаловать, ${name}`,
    roleLine: (role) =>
      ({
        patient: 'Вы вошли как пациент.',
        doctor: 'Вы вошли как врач.',
        assistant: 'Вы вошли как медицинский ассистент.',
        admin: 'Вы вошли как администратор.',
        coordinator: 'Вы вошли как медицинский координатор.',
      })[role],
    adminText:
      'Консоль администратора: специалисты и их расписания, страховые программы и полисы, видеосерверы и журнал доступа. Данные учётной записи — в профиле.',
  },
  today: {
    title: 'Сегодня',
    scheduleTitle: 'Расписание на сегодня',
    noneToday: 'На сегодня консультаций нет.',
    upcomingTitle: 'Предстоящие',
    noneUpcoming: 'Других записей пока нет.',
  },
  monitoring: {
    title: 'Мониторинг',
    worklistTitle: 'Пациенты для проверки',
    worklistEmpty: 'Пока нет пациентов, которых нужно проверить.',
    worklistHint:
      'Здесь появятся пациенты из программы мониторинга давления, когда их показатели потребуют внимания, — самые срочные первыми.',
  },
  profile: {
    title: 'Профиль',
    practitionerTitle: 'Данные специалиста',
    accountTitle: 'Учётная запись',
    fullName: 'ФИО',
    role: 'Роль',
    specialties: 'Специальности',
    clinic: 'Клиника',
    experience: 'Стаж',
    experienceYears: years,
    languages: 'Языки консультаций',
    patients: 'Принимает',
    adultsAndChildren: 'Взрослых и детей',
    adultsOnly: 'Взрослых',
    childrenOnly: 'Детей',
    email: 'Электронная почта',
    phone: 'Телефон',
    noPractitioner: 'У этой учётной записи нет карточки специалиста.',
  },
};
