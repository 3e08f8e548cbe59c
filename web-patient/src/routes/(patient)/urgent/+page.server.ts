import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem, type FormFailure } from '@telemed/web-shared/server';
import {
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from '$lib/server/idempotency-key';
import { readBookingQuery, readUrgentForm, type UrgentField } from '$lib/server/booking-forms';
import { unwrap } from '$lib/server/api';
import { loadPeople, questionnaireFor } from '$lib/server/booking';
import { consentsComplete, consentsPath } from '$lib/server/consents';
import type { Actions, PageServerLoad } from './$types';

/** Who sees whom in the urgent queue: children a paediatrician, adults a therapist. */
const queueSpecialty = (person: { isChild: boolean }) => (person.isChild ? 'paediatrician' : 'therapist');

/** The family's requests still waiting in the queue, so nobody joins twice. */
async function waitingRequests(api: App.Locals['api']) {
  const { items } = await api.me.appointments.$get().then(unwrap);
  return items.filter((item) => item.urgency === 'urgent' && item.status === 'waiting');
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const query = readBookingQuery(url.searchParams);
  const [{ people, selfId, chosen }, waiting] = await Promise.all([
    loadPeople(locals.api, query.patientId),
    waitingRequests(locals.api),
  ]);
  // Said up front rather than at the refusal: the queue needs cover, a planned booking can be paid for.
  const coverage = await locals.api.patients[':id'].coverage
    .$get({ param: { id: chosen.id }, query: { service: 'telemedicine' } })
    .then(unwrap);
  return {
    people: people.map((person) => ({ ...person, specialty: queueSpecialty(person) })),
    selfId,
    patientId: chosen.id,
    // The queue is online only: an in-person link falls back to video.
    format: query.format && query.format !== 'in_person' ? query.format : 'video',
    anamnesisId: await questionnaireFor(locals.api, query.anamnesisId, chosen.id),
    waiting: waiting.map((item) => ({ id: item.id, patient: item.patient.fullName })),
    idempotencyKey: newIdempotencyKey(),
    notCovered: coverage.status === 'not_covered' ? { id: chosen.id, name: chosen.fullName } : null,
    // Said up front too: the queue, like any consultation, needs the required consents (domains/consents).
    consentsNeeded: (await consentsComplete(locals.api, chosen.id))
      ? null
      : { href: consentsPath(chosen.id, url.pathname + url.search), name: chosen.fullName },
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const form = readUrgentForm(data, locals.locale);
    if (!form.ok) return fail(form.failure.status, { ...form.failure, idempotencyKey: key });
    const { people } = await loadPeople(locals.api, form.patientId);
    const person = people.find((p) => p.id === form.patientId);
    const anamnesisId = await questionnaireFor(locals.api, form.anamnesisId || undefined, form.patientId);
    // A repeat of this form gets the first place in the queue back.
    const response = await sendIdempotent(() =>
      locals.api['urgent-queue'].$post({
        json: {
          patientId: form.patientId,
          specialty: queueSpecialty(person ?? { isChild: false }),
          format: form.format,
          ...(form.reason ? { reason: form.reason } : {}),
          ...(anamnesisId ? { anamnesisId } : {}),
        },
        header: idempotencyHeader(key, 'urgent'),
      }),
    );
    const status: number = response.status;
    if (status === 201) redirect(303, `/urgent/${(await response.json()).appointment.id}`);
    // Set when someone else in the family is already waiting: one request at a time per account.
    let otherWaiting: string | null = null;
    if (status === 409 && !isStillProcessing(response)) {
      // Already waiting (another tab, another device): go to that place in the queue rather than refuse.
      const waiting = await waitingRequests(locals.api);
      const existing = waiting.find((item) => item.patient.id === form.patientId);
      if (existing) redirect(303, `/urgent/${existing.id}`);
      otherWaiting = waiting[0]?.patient.fullName[locals.locale] ?? null;
    }
    const problem = await readProblem(response);
    const stillProcessing = isStillProcessing(response);
    const failure: FormFailure<UrgentField> & { idempotencyKey: string | null } = {
      status: problem.status,
      values: {
        patientId: form.patientId,
        format: form.format,
        reason: form.reason,
        anamnesisId: form.anamnesisId,
      },
      fieldErrors: {},
      message: stillProcessing
        ? messages(locals.locale).errors.stillProcessing
        : otherWaiting
          ? messages(locals.locale).booking.urgent.oneAtATime(otherWaiting)
          : problemMessage(problem, locals.locale),
      // A refusal spends the key; while the first copy still runs, the key stays so a resend joins once.
      idempotencyKey: stillProcessing ? key : newIdempotencyKey(),
    };
    return fail(failure.status, failure);
  },
};
