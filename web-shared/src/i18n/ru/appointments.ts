import type { Messages } from '../messages.js';

export const appointments: Messages['appointments'] = {
  format: { audio: 'Аудиозвонок', video: 'Видеозвонок', chat: 'Чат', in_person: 'Очно в клинике' },
  urgency: { urgent: 'Срочная', planned: 'Плановая' },
  status: {
    booked: 'Запись подтверждена',
    waiting: 'Ожидание',
    in_progress: 'Идёт',
    completed: 'Завершена',
    cancelled: 'Отменена',
    no_show: 'Пропущена',
  },
  forPatient: (name) => `Пациент: ${name}`,
  withPractitioner: (name) => `Врач: ${name}`,
  practitionerPending: 'Врач будет назначен',
  time: 'Время',
  patient: 'Пациент',
  practitioner: 'Врач',
  formatLabel: 'Формат',
  statusLabel: 'Статус',
};
