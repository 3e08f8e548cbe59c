import type { Messages } from '../messages.js';

export const callInvites: Messages['callInvites'] = {
  inviteTitle: 'Пригласить в звонок',
  inviteHint:
    'Коллега подключится из приложения для персонала, родственник — из приложения пациента, только к этой консультации.',
  colleague: 'Коллега',
  chooseColleague: 'Выберите коллегу',
  kinds: { assistant: 'Медицинские ассистенты', doctor: 'Врачи' },
  inviteColleague: 'Пригласить',
  relativeLogin: 'Или e-mail либо телефон родственника (нужен аккаунт пациента)',
  inviteRelative: 'Пригласить родственника',
  invited: (name: string) =>
    `${name}: приглашение отправлено, подключиться можно со страницы звонка этой консультации.`,
  inviteFailed: 'Не удалось пригласить. Проверьте e-mail или телефон и попробуйте ещё раз.',
  loading: 'Загружаем список коллег…',
  participantsTitle: 'В звонке',
  you: 'Вы',
  roles: {
    patient: 'Пациент',
    doctor: 'Врач',
    guest: 'Гость',
    guestAssistant: 'Медицинский ассистент (приглашён)',
    guestDoctor: 'Врач (приглашён)',
    guestRelative: 'Родственник (приглашён)',
  },
  guestsTitle: 'Приглашённые в консультацию',
  invitedBy: (who: string, when: string) => `пригласил(а) ${who}, ${when}`,
  noGuests: 'Больше никого не приглашали.',
};
