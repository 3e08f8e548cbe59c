import { readBookingQuery } from '$lib/server/booking-forms';
import { unwrap } from '$lib/server/api';
import { bookingSearch } from '$lib/booking/search';
import { loadPeople, questionnaireFor, todayUtc } from '$lib/server/booking';
import { consultationPrice } from '$lib/server/onboarding';
import type { PageServerLoad } from './$types';

/**
 * Step one of a planned booking, as one search form read from the address: for whom, which specialist, and
 * optionally a day and a format; the matching doctors follow once a specialist is chosen.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const query = readBookingQuery(url.searchParams);
  const [{ people, selfId, chosen }, { items: specialties }] = await Promise.all([
    loadPeople(locals.api, query.patientId),
    locals.api.specialties.$get().then(unwrap),
  ]);
  const specialty = specialties.find((item) => item.code === query.specialty) ?? null;
  const [anamnesisId, price, doctors] = await Promise.all([
    questionnaireFor(locals.api, query.anamnesisId, chosen.id),
    // Up front, before a doctor is chosen: what a consultation of this specialty costs this patient.
    specialty ? consultationPrice(locals.api, chosen.id, specialty.code) : null,
    specialty
      ? locals.api.doctors
          .$get({
            query: {
              specialty: specialty.code,
              patientId: chosen.id,
              ...(query.format ? { format: query.format } : {}),
              ...(query.date ? { date: query.date } : {}),
            },
          })
          .then(unwrap)
      : null,
  ]);
  return {
    people,
    selfId,
    patientId: chosen.id,
    specialties,
    specialty,
    format: query.format ?? null,
    date: query.date ?? null,
    today: todayUtc(),
    anamnesisId,
    doctors: doctors?.items ?? null,
    price,
    returnTo: url.pathname + url.search,
    // The choices travel on to the doctor's times.
    nextSearch: bookingSearch({
      patientId: chosen.id,
      specialty: specialty?.code,
      format: query.format,
      date: query.date,
      anamnesisId: anamnesisId ?? undefined,
    }),
  };
};
