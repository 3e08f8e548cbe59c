import { error } from '@sveltejs/kit';
import { readResult, statusForApiProblem, type ApiClient } from '@telemed/web-shared/server';
import type { ConsultFormat } from '@telemed/web-shared/types';
import { familyMembers } from './anamnesis';
import { unwrap } from './api';

/** The people the account books for (itself first, then its children) and who is chosen now. */
export async function loadPeople(api: ApiClient, chosenId: string | undefined) {
  const family = await api.me.family.$get().then(unwrap);
  const people = familyMembers(family);
  const chosen = people.find((person) => person.id === chosenId) ?? family.self;
  return { people, selfId: family.self.id, chosen };
}

/** One doctor's card (the api lists doctors, it has no single-doctor read); unknown ids are a 404 page. */
export async function loadDoctor(api: ApiClient, doctorId: string) {
  const { items } = await api.doctors.$get({ query: {} }).then(unwrap);
  const doctor = items.find((item) => item.id === doctorId);
  if (!doctor) error(404);
  return doctor;
}

/** Today as the api's slot search counts days (UTC dates). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A doctor's free slots for some days, in the chosen format if any. A doctor no longer bookable (deactivated:
 * the api's 404) has none: the reschedule page of their appointment then offers no time instead of failing.
 */
export async function loadSlots(
  api: ApiClient,
  doctorId: string,
  options: { from: string; days: number; format?: ConsultFormat | undefined },
) {
  const response = await api.doctors[':id'].slots.$get({
    param: { id: doctorId },
    query: {
      from: options.from,
      days: String(options.days),
      ...(options.format ? { format: options.format } : {}),
    },
  });
  const result = await readResult(response);
  if (!result.ok && result.problem.status === 404) return [];
  if (!result.ok) error(statusForApiProblem(result.problem.status), result.problem.code ?? undefined);
  const { items } = result.data;
  // A slot starting now or earlier can no longer be booked.
  const now = new Date().toISOString();
  return items.filter((slot) => slot.startsAt > now);
}

/**
 * The symptom-checker questionnaire a link hands over, if it is about the patient being booked for: choosing
 * another person on the way drops it rather than failing the booking at the end.
 */
export async function questionnaireFor(api: ApiClient, anamnesisId: string | undefined, patientId: string) {
  if (!anamnesisId) return null;
  const response = await api.anamnesis[':id'].$get({ param: { id: anamnesisId } });
  if (response.status !== 200) return null;
  const view = await response.json();
  return view.patientId === patientId && view.status === 'completed' ? view.id : null;
}
