import type { TriageResult } from '@telemed/triage-model';

/** Specialties a patient can book online today; other specialists are reached through a therapist first. */
const BOOKABLE = new Set([
  'therapist',
  'paediatrician',
  'psychologist',
  'gastroenterologist',
  'gynaecologist',
  'neurologist',
  'dermatologist',
]);

/** Turns a triage result into the one-step booking the patient is offered. */
export function bookingHandOff(result: TriageResult, isChild: boolean) {
  const firstLine = isChild ? 'paediatrician' : 'therapist';
  const format = result.consultFormat === 'in_person' ? 'video' : result.consultFormat;
  switch (result.urgency) {
    case 'ambulance':
    case 'emergency_department':
      return {
        mode: 'emergency' as const,
        specialty: null,
        format: null,
        note: {
          ru: 'Не записывайтесь онлайн: вызовите скорую (103 или 112) или езжайте в приёмное отделение.',
          en: 'Do not book online: call an ambulance (103 or 112) or go to the emergency department.',
        },
      };
    case 'within_24h':
      return {
        mode: 'urgent_queue' as const,
        specialty: firstLine,
        format,
        note: {
          ru: 'Срочная консультация: первый свободный врач примет вас в очереди.',
          en: 'Urgent consultation: the first free doctor will take you from the queue.',
        },
      };
    case 'planned':
    case 'self_care': {
      const specialty = BOOKABLE.has(result.specialist) ? result.specialist : firstLine;
      return {
        mode: result.urgency === 'planned' ? ('planned' as const) : ('self_care' as const),
        specialty,
        format,
        note:
          specialty === result.specialist
            ? {
                ru: 'Плановая консультация профильного врача.',
                en: 'A planned consultation with the right specialist.',
              }
            : {
                ru: 'Начните с консультации терапевта или педиатра: он направит к профильному специалисту.',
                en: 'Start with a general practitioner or paediatrician, who will refer you to the specialist.',
              },
      };
    }
  }
}
