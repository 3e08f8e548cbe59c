import type { TriageResult } from '@telemed/triage-model';
import type { Db } from '../../db/client.js';
import type { Format } from '../appointments/schemas.js';
import { coverageFor } from '../booking/coverage.js';
import { DOCTORS_READS, findDoctors } from '../booking/queries.js';
import type { ReadCache } from '../../lib/read-cache.js';

type Localized = { ru: string; en: string };

/** What the platform and the patient's programme offer, for turning a result into a booking they can make. */
export interface HandOffOffer {
  /** Each specialty with a doctor for the patient's age group who has free times, and their formats. */
  specialties: ReadonlyMap<string, ReadonlySet<Format>>;
  /** The urgent queue needs telemedicine in the programme (`requireTelemedicineCover`). */
  telemedicineCovered: boolean;
  /** In-person visits need them in the programme (`bookableInPersonSlot`). */
  inPersonCovered: boolean;
}

/**
 * The offer for one patient, read as the booking pages read it: doctor search (the same for every patient of an
 * age group, so kept with the booking pages' searches and forgotten with them) and programme coverage.
 */
export async function handOffOffer(
  db: Db,
  readCache: ReadCache | undefined,
  patientId: string,
  isChild: boolean,
): Promise<HandOffOffer> {
  const filter = { ageGroup: isChild ? ('child' as const) : ('adult' as const) };
  const search = () => findDoctors(db, filter);
  const [doctors, telemedicine, inPerson] = await Promise.all([
    // The booking route keeps its answer as JSON text under the filter; the list itself is another variant.
    readCache ? readCache.get(DOCTORS_READS, JSON.stringify(filter), search, 'hand-off') : search(),
    coverageFor(db, patientId, 'telemedicine'),
    coverageFor(db, patientId, 'in_person'),
  ]);
  const specialties = new Map<string, Set<Format>>();
  for (const doctor of doctors.filter((d) => d.nextFreeAt)) {
    for (const { code } of doctor.specialties) {
      const formats = specialties.get(code) ?? new Set<Format>();
      for (const format of doctor.formats) formats.add(format);
      specialties.set(code, formats);
    }
  }
  return {
    specialties,
    telemedicineCovered: telemedicine.status !== 'not_covered',
    inPersonCovered: inPerson.status !== 'not_covered',
  };
}

const FIRST_LINE = {
  therapist: { ru: 'терапевта', en: 'a therapist' },
  paediatrician: { ru: 'педиатра', en: 'a paediatrician' },
};

/** "Cardiologist" → "cardiologist" inside a sentence; "ENT specialist" keeps its capitals. */
const inSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

const join = (parts: Localized[]): Localized => ({
  ru: parts.map((p) => p.ru).join(' '),
  en: parts.map((p) => p.en).join(' '),
});

/**
 * Turns a triage result into the one booking the patient is offered, and says why it differs from the result
 * where it does: the recommended specialist is not on the platform (the first-line doctor refers), an
 * in-person visit cannot be booked here (the online doctor advises where), or the programme does not cover
 * the urgent queue (the earliest planned consultation instead, priced up front on the booking page).
 */
export function bookingHandOff(result: TriageResult, isChild: boolean, offer: HandOffOffer) {
  if (result.urgency === 'ambulance' || result.urgency === 'emergency_department') {
    return {
      mode: 'emergency' as const,
      specialty: null,
      format: null,
      note: {
        ru: 'Не записывайтесь онлайн: вызовите скорую (103 или 112) или езжайте в приёмное отделение.',
        en: 'Do not book online: call an ambulance (103 or 112) or go to the emergency department.',
      },
    };
  }
  const firstLine = isChild ? 'paediatrician' : 'therapist';
  const queue = result.urgency === 'within_24h' && offer.telemedicineCovered;
  const specialist = !queue && offer.specialties.has(result.specialist) ? result.specialist : firstLine;
  const inPerson =
    result.consultFormat === 'in_person' &&
    !queue &&
    offer.inPersonCovered &&
    (offer.specialties.get(specialist)?.has('in_person') ?? false);
  const format: Format = inPerson
    ? 'in_person'
    : result.consultFormat === 'in_person'
      ? 'video'
      : result.consultFormat;
  const notes: Localized[] = [];
  if (queue) {
    notes.push({
      ru: `Срочная консультация: первый свободный ${firstLine === 'therapist' ? 'терапевт' : 'педиатр'} примет вас в очереди.`,
      en: `Urgent consultation: the first free ${firstLine === 'therapist' ? 'therapist' : 'paediatrician'} will take you from the queue.`,
    });
  } else if (result.urgency === 'within_24h') {
    notes.push({
      ru: 'Срочная очередь не входит в вашу программу страхования: запишитесь на ближайшее время — стоимость покажем до записи.',
      en: 'Your insurance programme does not cover the urgent queue: book the earliest time instead — the price is shown before you book.',
    });
  } else if (specialist === result.specialist) {
    notes.push({
      ru: 'Плановая консультация профильного врача.',
      en: 'A planned consultation with the right specialist.',
    });
  }
  if (specialist !== result.specialist) {
    const label = result.specialistLabel;
    const who = FIRST_LINE[firstLine];
    notes.push(
      offer.specialties.has(result.specialist)
        ? {
            ru: `Начните с ${who.ru}: при необходимости он направит к специалисту «${label.ru}».`,
            en: `Start with ${who.en}, who will refer you to the ${inSentence(label.en)} if needed.`,
          }
        : {
            ru: `Специалиста «${label.ru}» на платформе нет: начните с ${who.ru} — он направит к нужному врачу.`,
            en: `There is no ${inSentence(label.en)} on the platform: start with ${who.en}, who will refer you.`,
          },
    );
  }
  if (result.consultFormat === 'in_person' && !inPerson) {
    notes.push({
      ru: 'Нужен очный осмотр: врач онлайн подскажет, куда и когда прийти.',
      en: 'An in-person examination is advised: the doctor will tell you online where and when to go.',
    });
  }
  return {
    mode: queue
      ? ('urgent_queue' as const)
      : result.urgency === 'self_care'
        ? ('self_care' as const)
        : ('planned' as const),
    specialty: specialist,
    format,
    note: join(notes),
  };
}
