import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem, type ApiClient, type FormFailure } from '@telemed/web-shared/server';
import {
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from '$lib/server/idempotency-key';
import { readBookForm, readBookingQuery, type BookField } from '$lib/server/booking-forms';
import { bookingSearch } from '$lib/booking/search';
import { slotsByDay } from '$lib/booking/slots';
import { minutesInsideCutoff } from '$lib/booking/change-cutoff';
import { unwrap } from '$lib/server/api';
import { loadDoctor, loadPeople, loadSlots, questionnaireFor, todayUtc } from '$lib/server/booking';
import { attachDocuments, uploadedDocuments } from '$lib/server/files';
import { inPersonPrice, visitDay } from '$lib/server/in-person';
import { consultationPrice } from '$lib/server/onboarding';
import { consentsPath, requireConsents } from '$lib/server/consents';

const paymentMethods = ['pay_at_clinic', 'invoice'] as const;
import type { Actions, PageServerLoad } from './$types';

/** The doctor's free times of the next days, offered when the chosen one has gone. */
async function freshSlots(
  api: ApiClient,
  doctorId: string,
  format: Parameters<typeof loadSlots>[2]['format'],
) {
  return slotsByDay(await loadSlots(api, doctorId, { from: todayUtc(), days: 3, format }));
}

/** Step three: what is being booked, what the insurance pays, the reason and documents; then the booking. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const query = readBookingQuery(url.searchParams);
  const [doctor, { chosen, selfId }] = await Promise.all([
    loadDoctor(locals.api, params.doctorId),
    loadPeople(locals.api, query.patientId),
  ]);
  // Consents come before the first consultation: without them the patient signs first, then comes back here.
  await requireConsents(locals.api, chosen.id, url);
  const day = query.date ?? todayUtc();
  const specialty = doctor.specialties[0]?.code ?? query.specialty ?? 'therapist';
  const [daySlots, coverage, files, anamnesisId] = await Promise.all([
    loadSlots(locals.api, doctor.id, { from: day, days: query.date ? 1 : 14 }),
    consultationPrice(locals.api, chosen.id, specialty),
    locals.api.patients[':id'].files.$get({ param: { id: chosen.id } }).then(unwrap),
    questionnaireFor(locals.api, query.anamnesisId, chosen.id),
  ]);
  const slot = daySlots.find((item) => item.id === params.slotId) ?? null;
  // An in-person slot: the clinic's address and the member's franchise share of the visit on its day.
  const inPerson = slot?.clinic && slot.formats.includes('in_person') ? slot.clinic : null;
  const visitShare =
    slot && inPerson ? await inPersonPrice(locals.api, chosen.id, specialty, visitDay(slot.startsAt)) : null;
  return {
    clinic: inPerson,
    visitShare,
    doctor,
    patient: { id: chosen.id, fullName: chosen.fullName, isSelf: chosen.id === selfId },
    slot,
    // Starting within the hour: once booked it could not be moved or cancelled online, which the page says first.
    minutesToStart: slot ? minutesInsideCutoff(slot.startsAt, Date.now()) : null,
    // The slot was booked by someone else (or has started): offer the times free now instead.
    freshSlots: slot ? null : await freshSlots(locals.api, doctor.id, query.format),
    format:
      slot && query.format && slot.formats.includes(query.format) ? query.format : (slot?.formats[0] ?? null),
    coverage,
    returnTo: url.pathname + url.search,
    files: files.items,
    anamnesisId,
    idempotencyKey: newIdempotencyKey(),
    carried: {
      patientId: chosen.id,
      specialty: query.specialty,
      format: query.format,
      anamnesisId: anamnesisId ?? undefined,
    },
  };
};

type BookFailure = FormFailure<BookField> & {
  fileIds: string[];
  freshSlots?: ReturnType<typeof slotsByDay>;
  /** The key for the corrected form: the refused one is spent (the api would replay its refusal). */
  idempotencyKey?: string;
  payment?: string;
};

export const actions: Actions = {
  default: async ({ locals, params, request, url }) => {
    const text = messages(locals.locale).booking.confirm;
    const query = readBookingQuery(url.searchParams);
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const form = readBookForm(data, locals.locale);
    if (!form.ok) return fail(form.failure.status, { ...form.failure, fileIds: [] } satisfies BookFailure);
    const values = { format: form.format, reason: form.reason };
    const payment = paymentMethods.find((method) => method === data.get('payment'));
    const failure = (status: number, message: string, extra: Partial<BookFailure> = {}) =>
      fail(status, {
        status,
        values,
        fieldErrors: {},
        message,
        fileIds: form.documents.fileIds,
        idempotencyKey: newIdempotencyKey(),
        ...(payment ? { payment } : {}),
        ...extra,
      } satisfies BookFailure);

    const { chosen } = await loadPeople(locals.api, query.patientId);
    const documents = await uploadedDocuments(locals.api, chosen.id, form.documents, locals.locale, key);
    if (!documents.ok) return failure(400, documents.message);
    const anamnesisId = await questionnaireFor(locals.api, query.anamnesisId, chosen.id);

    // A repeat of this form (double click, re-POST) gets the first booking back rather than a second one.
    const response = await sendIdempotent(() =>
      locals.api.appointments.$post({
        json: {
          patientId: chosen.id,
          slotId: params.slotId,
          format: form.format,
          ...(form.reason ? { reason: form.reason } : {}),
          ...(anamnesisId ? { anamnesisId } : {}),
          ...(payment ? { payment } : {}),
        },
        header: idempotencyHeader(key, 'book'),
      }),
    );
    if (isStillProcessing(response)) {
      // The first copy is still booking: the same key stays, so sending again still cannot book twice.
      return failure(409, messages(locals.locale).errors.stillProcessing, {
        fileIds: documents.fileIds,
        idempotencyKey: key ?? newIdempotencyKey(),
      });
    }
    // Widened on purpose: the typed answer lists only 201, the api's problems come on top.
    const status: number = response.status;
    const conflict = status === 409 ? await readProblem(response) : null;
    // Withdrawn (or a new version published) since the page loaded: to the consents, and back here after.
    if (conflict?.code === 'consent.required' || conflict?.code === 'consent.withdrawn') {
      redirect(303, consentsPath(chosen.id, url.pathname + url.search));
    }
    if (
      conflict?.code === 'booking.in_person_not_covered' ||
      conflict?.code === 'booking.clinic_not_in_network' ||
      conflict?.code === 'booking.clinic_books_by_phone'
    ) {
      return failure(409, problemMessage(conflict, locals.locale), { fileIds: documents.fileIds });
    }
    if (conflict?.code === 'booking.not_covered') {
      // Not covered and no way to pay chosen: the payment step says what is missing.
      return failure(409, messages(locals.locale).onboarding.payment.required, {
        fileIds: documents.fileIds,
      });
    }
    if (conflict) {
      // Usually someone was a moment faster: say so kindly and offer the times that are free now.
      return failure(409, text.slotTaken, {
        fileIds: documents.fileIds,
        freshSlots: await freshSlots(locals.api, params.doctorId, form.format),
      });
    }
    if (status !== 201) {
      const problem = await readProblem(response);
      return failure(problem.status, problemMessage(problem, locals.locale), { fileIds: documents.fileIds });
    }
    const appointment = await response.json();
    const attached = await attachDocuments(locals.api, appointment.id, documents.fileIds, key);
    redirect(
      303,
      `/appointments/${appointment.id}${bookingSearch({ booked: '1', attachFailed: attached.ok ? undefined : '1' })}`,
    );
  },
};
