import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import {
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from '$lib/server/idempotency-key';
import { unwrap } from '$lib/server/api';
import { loadPeople } from '$lib/server/booking';
import { uploadedDocuments } from '$lib/server/files';
import {
  fieldErrorsFromProblem,
  readRequestForm,
  readRequestQuery,
  type RequestFailure,
} from '$lib/server/requests';
import type { Actions, PageServerLoad } from './$types';

/**
 * The request form. Kind and person are chosen by link (they change which fields, documents and lab results
 * are offered); `reportId` preselects lab results, for the "ask for a decoding" button on a result page.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const query = readRequestQuery(url.searchParams);
  const [{ people, selfId, chosen }, { items: specialties }, { items: doctors }] = await Promise.all([
    loadPeople(locals.api, query.patientId),
    locals.api.specialties.$get().then(unwrap),
    locals.api.doctors.$get({ query: {} }).then(unwrap),
  ]);
  const [files, reports, coverage] = await Promise.all([
    locals.api.patients[':id'].files.$get({ param: { id: chosen.id } }).then(unwrap),
    locals.api.patients[':id'].requests['lab-reports'].$get({ param: { id: chosen.id } }).then(unwrap),
    locals.api.patients[':id'].coverage
      .$get({ param: { id: chosen.id }, query: { service: query.kind } })
      .then(unwrap),
  ]);
  // A decoding link names its results; a report of somebody else is simply not preselected.
  const reportIds = reports.items.filter((r) => r.id === query.reportId).map((r) => r.id);
  return {
    kind: query.kind,
    people,
    selfId,
    patient: { id: chosen.id, isChild: chosen.id !== selfId },
    specialties,
    doctors: doctors.filter((d) => (chosen.id === selfId ? d.treatsAdults : d.treatsChildren)),
    files: files.items,
    reports: reports.items,
    reportIds,
    coverage,
    idempotencyKey: newIdempotencyKey(),
  };
};

export const actions: Actions = {
  default: async ({ locals, request, url }) => {
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const form = readRequestForm(data, locals.locale);
    if (!form.ok) return fail(400, { ...form.failure, idempotencyKey: key });
    const failure = (
      status: number,
      message: string | null,
      fieldErrors: RequestFailure['fieldErrors'] = {},
      // A refusal spends the key (the api would replay it): the corrected form gets a fresh one.
      idempotencyKey: string | null = newIdempotencyKey(),
    ) =>
      fail(status, {
        status,
        values: form.values,
        fieldErrors,
        message,
        fileIds: form.documents.fileIds,
        labReportIds: form.labReportIds,
        idempotencyKey,
      } satisfies RequestFailure & { idempotencyKey: string | null });

    const { chosen } = await loadPeople(locals.api, readRequestQuery(url.searchParams).patientId);
    const documents = await uploadedDocuments(locals.api, chosen.id, form.documents, locals.locale, key);
    if (!documents.ok) return failure(400, documents.message);
    // A repeat of this form (double click, re-POST) gets the first request back rather than a second one.
    const response = await sendIdempotent(() =>
      locals.api.patients[':id'].requests.$post({
        param: { id: chosen.id },
        json: { ...form.body, fileIds: documents.fileIds, labReportIds: form.labReportIds },
        header: idempotencyHeader(key, 'request'),
      }),
    );
    if (isStillProcessing(response)) {
      return failure(409, messages(locals.locale).errors.stillProcessing, {}, key);
    }
    // Widened on purpose: the typed answer lists only 201, the api's problems come on top.
    const status: number = response.status;
    if (status !== 201) {
      const problem = await readProblem(response);
      const fieldErrors = fieldErrorsFromProblem(problem, locals.locale);
      return failure(
        problem.status,
        Object.keys(fieldErrors).length ? null : problemMessage(problem, locals.locale),
        fieldErrors,
      );
    }
    const created = await response.json();
    redirect(303, `/requests/${created.id}?sent=1`);
  },
};
