import { readBookingQuery } from '$lib/server/booking-forms';
import { slotsByDay } from '$lib/booking/slots';
import { bookingSearch } from '$lib/booking/search';
import { addDays, loadDoctor, loadPeople, loadSlots, questionnaireFor, todayUtc } from '$lib/server/booking';
import { inPersonPrice, visitDay } from '$lib/server/in-person';
import { consultationPrice } from '$lib/server/onboarding';
import type { PageServerLoad } from './$types';

const WEEK = 7;

/** Step two: the chosen doctor's free times, a week at a time, grouped by day. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const query = readBookingQuery(url.searchParams);
  const today = todayUtc();
  const from = query.date && query.date > today ? query.date : today;
  const [doctor, { chosen, selfId }, slots] = await Promise.all([
    loadDoctor(locals.api, params.doctorId),
    loadPeople(locals.api, query.patientId),
    loadSlots(locals.api, params.doctorId, { from, days: WEEK, format: query.format }),
  ]);
  // In person: the visits at the doctor's clinic, or its phone when it takes no online bookings.
  const clinic = query.format === 'in_person' ? doctor.inPersonClinic : null;
  const specialtyCode = doctor.specialties[0]?.code;
  const [anamnesisId, price, visitShare] = await Promise.all([
    questionnaireFor(locals.api, query.anamnesisId, chosen.id),
    // The api charges by the doctor's (first) specialty, so the price shown here is the one booked.
    specialtyCode && !clinic ? consultationPrice(locals.api, chosen.id, specialtyCode) : null,
    specialtyCode && clinic
      ? inPersonPrice(
          locals.api,
          chosen.id,
          specialtyCode,
          slots[0] ? visitDay(slots[0].startsAt) : undefined,
        )
      : null,
  ]);
  const carried = {
    patientId: chosen.id,
    specialty: query.specialty,
    format: query.format,
    anamnesisId: anamnesisId ?? undefined,
  };
  return {
    doctor,
    patient: chosen.id === selfId ? null : chosen.fullName,
    format: query.format ?? null,
    from,
    to: addDays(from, WEEK - 1),
    days: slotsByDay(slots),
    earlierSearch: from > today ? bookingSearch({ ...carried, date: addDays(from, -WEEK) }) : null,
    laterSearch: bookingSearch({ ...carried, date: addDays(from, WEEK) }),
    backSearch: bookingSearch({ ...carried, date: query.date }),
    carried,
    price,
    clinic,
    visitShare,
    patientId: chosen.id,
    returnTo: url.pathname + url.search,
  };
};
