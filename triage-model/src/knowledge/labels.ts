import type { ConsultFormat, Localized, Specialist, Urgency } from './types.js';

export const URGENCY_LABELS: Record<Urgency, Localized> = {
  ambulance: { ru: 'Вызовите скорую помощь сейчас (103 или 112)', en: 'Call an ambulance now (103 or 112)' },
  emergency_department: {
    ru: 'Срочно обратитесь в приёмное отделение больницы',
    en: 'Go to the emergency department now',
  },
  within_24h: {
    ru: 'Обратитесь к врачу в течение 24 часов (срочная консультация)',
    en: 'See a doctor within 24 hours (urgent consultation)',
  },
  planned: { ru: 'Плановая консультация врача', en: 'Book a planned consultation' },
  self_care: {
    ru: 'Самопомощь дома; обратитесь к врачу, если станет хуже',
    en: 'Self-care at home; seek help if you get worse',
  },
};

export const SPECIALIST_LABELS: Record<Specialist, Localized> = {
  therapist: { ru: 'Терапевт', en: 'General practitioner' },
  paediatrician: { ru: 'Педиатр', en: 'Paediatrician' },
  gastroenterologist: { ru: 'Гастроэнтеролог', en: 'Gastroenterologist' },
  neurologist: { ru: 'Невролог', en: 'Neurologist' },
  dermatologist: { ru: 'Дерматолог', en: 'Dermatologist' },
  gynaecologist: { ru: 'Гинеколог', en: 'Gynaecologist' },
  psychologist: { ru: 'Психолог', en: 'Psychologist' },
  psychiatrist: { ru: 'Психиатр', en: 'Psychiatrist' },
  cardiologist: { ru: 'Кардиолог', en: 'Cardiologist' },
  ent: { ru: 'Оториноларинголог (ЛОР)', en: 'ENT specialist' },
  ophthalmologist: { ru: 'Офтальмолог', en: 'Ophthalmologist' },
  urologist: { ru: 'Уролог', en: 'Urologist' },
  allergist: { ru: 'Аллерголог', en: 'Allergist' },
  pulmonologist: { ru: 'Пульмонолог', en: 'Pulmonologist' },
  surgeon: { ru: 'Хирург', en: 'Surgeon' },
  dentist: { ru: 'Стоматолог', en: 'Dentist' },
  emergency: { ru: 'Скорая / неотложная помощь', en: 'Emergency care' },
};

export const CONSULT_FORMAT_LABELS: Record<ConsultFormat, Localized> = {
  video: { ru: 'Видеоконсультация', en: 'Video consultation' },
  audio: { ru: 'Аудиоконсультация', en: 'Audio consultation' },
  chat: { ru: 'Консультация в чате', en: 'Chat consultation' },
  in_person: { ru: 'Очный приём', en: 'In-person visit' },
};

export const DISCLAIMER: Localized = {
  ru:
    'Это не диагноз и не замена осмотра врача. Результат — ориентир по срочности и выбору специалиста. ' +
    'Если состояние ухудшается, появились новые тревожные симптомы или вы сомневаетесь, звоните 103 или 112.',
  en:
    'This is not a diagnosis and does not replace an examination by a doctor. It is guidance on urgency and on ' +
    'which specialist to see. If you get worse, notice new alarming symptoms or are unsure, call 103 or 112.',
};
