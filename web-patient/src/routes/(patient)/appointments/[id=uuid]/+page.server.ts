import { error, fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem, readResult } from '@telemed/web-shared/server';
import { newIdempotencyKey, readIdempotencyKey } from '$lib/server/idempotency-key';
import { readAttachForm } from '$lib/server/booking-forms';
import type { AppointmentListItem } from '@telemed/web-shared/types';
import { unwrap } from '$lib/server/api';
import { minutesInsideCutoff } from '$lib/booking/change-cutoff';
import { attachDocuments, uploadedDocuments } from '$lib/server/files';
import { loadVisitRating, rateVisit } from '$lib/server/ratings';
import type { Actions, PageServerLoad } from './$types';

function changeable(appointment: AppointmentListItem, now: number) {
  return (
    appointment.urgency === 'planned' &&
    appointment.status === 'booked' &&
    minutesInsideCutoff(appointment.startsAt, now) === null
  );
}

async function loadAppointment(api: App.Locals['api'], id: string) {
  // The route takes only UUIDs (src/params/uuid.ts); somebody else's consultation is the same 404 from the api.
  return api.appointments[':id'].$get({ param: { id } }).then(unwrap);
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const appointment = await loadAppointment(locals.api, params.id);
  const [attachments, files, questionnaire, payment, visitRating] = await Promise.all([
    locals.api.appointments[':id'].attachments.$get({ param: { id: appointment.id } }).then(unwrap),
    locals.api.patients[':id'].files.$get({ param: { id: appointment.patient.id } }).then(unwrap),
    locals.api.appointments[':id'].anamnesis.$get({ param: { id: appointment.id } }).then(readResult),
    locals.api.appointments[':id'].payment.$get({ param: { id: appointment.id } }).then(readResult),
    // Only a visit that took place is rated.
    appointment.status === 'completed' ? loadVisitRating(locals.api, appointment.id) : null,
  ]);
  // Most consultations have no questionnaire: the api's 404 means "none attached", anything else is a fault.
  if (!questionnaire.ok && questionnaire.problem.status !== 404)
    error(502, questionnaire.problem.code ?? undefined);
  const now = Date.now();
  const live = ['booked', 'waiting', 'in_progress'].includes(appointment.status);
  return {
    appointment,
    isSelf: appointment.patient.id === locals.user?.patient?.id,
    attachments: attachments.items,
    // Documents that can still be attached: the patient's own, not this consultation's already.
    files: files.items.filter((file) => !attachments.items.some((attached) => attached.id === file.id)),
    questionnaireId: questionnaire.ok ? questionnaire.data.id : null,
    // A covered consultation has no payment (404).
    payment: payment.ok ? payment.data : null,
    canChange: changeable(appointment, now),
    // Planned and booked but inside the last hour: the rule is explained instead of offering the buttons.
    tooLateToChange:
      appointment.urgency === 'planned' && appointment.status === 'booked' && !changeable(appointment, now),
    live,
    inQueue:
      appointment.urgency === 'urgent' && appointment.status === 'waiting' && !appointment.practitioner,
    notice: url.searchParams.has('booked')
      ? ('booked' as const)
      : url.searchParams.has('moved')
        ? ('moved' as const)
        : url.searchParams.has('cancelled')
          ? ('cancelled' as const)
          : null,
    attachFailed: url.searchParams.has('attachFailed'),
    visitRating,
    idempotencyKey: newIdempotencyKey(),
  };
};

export const actions: Actions = {
  rate: async ({ locals, params, request }) => {
    const appointment = await loadAppointment(locals.api, params.id);
    return rateVisit(locals.api, appointment.id, request, locals.locale);
  },
  cancel: async ({ locals, params }) => {
    const appointment = await loadAppointment(locals.api, params.id);
    const response = await locals.api.appointments[':id'].cancel.$post({ param: { id: appointment.id } });
    const status: number = response.status;
    if (status === 204) redirect(303, `/appointments/${appointment.id}?cancelled`);
    const problem = await readProblem(response);
    // The api's one-hour rule, in the reader's language; other refusals keep the api's own explanation.
    const tooLate = status === 409 && appointment.status === 'booked' && appointment.urgency === 'planned';
    return fail(status, {
      cancelMessage: tooLate
        ? messages(locals.locale).booking.appointment.changeTooLate
        : problemMessage(problem, locals.locale),
    });
  },
  attach: async ({ locals, params, request }) => {
    const text = messages(locals.locale).booking.attachments;
    const appointment = await loadAppointment(locals.api, params.id);
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const form = readAttachForm(data);
    const documents = await uploadedDocuments(locals.api, appointment.patient.id, form, locals.locale, key);
    // A refusal spends the key (the api would replay it): the corrected form gets a fresh one.
    const idempotencyKey = newIdempotencyKey();
    if (!documents.ok) return fail(400, { attachMessage: documents.message, idempotencyKey });
    if (documents.fileIds.length === 0)
      return fail(400, { attachMessage: text.nothingChosen, idempotencyKey });
    const attached = await attachDocuments(locals.api, appointment.id, documents.fileIds, key);
    if (attached.stillProcessing) {
      // The first copy is still attaching: keep its key, so sending again still attaches once.
      return fail(409, {
        attachMessage: messages(locals.locale).errors.stillProcessing,
        idempotencyKey: key,
      });
    }
    if (!attached.ok) {
      return fail(attached.problem.status, {
        attachMessage: problemMessage(attached.problem, locals.locale),
        idempotencyKey,
      });
    }
    return { attachedCount: new Set(documents.fileIds).size };
  },
};
