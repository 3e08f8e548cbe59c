import type { Messages } from '../messages.js';
import { years } from './plural.js';

export const common: Messages['common'] = {
  appName: 'Telemed',
  patientAppTagline: 'для пациентов и их семей',
  staffAppTagline: 'для врачей и ассистентов',
  skipToContent: 'Перейти к содержанию',
  mainNavigation: 'Основная навигация',
  language: 'Язык',
  signOut: 'Выйти',
  signedInAs: (name) => `Вы вошли как ${name}`,
  choose: 'Выберите…',
  notProvided: 'Не указано',
  yes: 'Да',
  no: 'Нет',
  errorSummary: 'Исправьте, пожалуйста, отмеченные поля.',
  roles: {
    patient: 'Пациент',
    doctor: 'Врач',
    assistant: 'Медицинский ассистент',
    admin: 'Администратор',
    coordinator: 'Медицинский координатор',
  },
  sex: { female: 'Женский', male: 'Мужской' },
  age: years,
  timeZoneNote: 'Время указано московское.',
};
