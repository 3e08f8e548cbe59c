import { fail, redirect } from '@sveltejs/kit';
import { fieldProblemMessage, messages, problemMessage } from '@telemed/web-shared/i18n';
import { isUuid, readProblem } from '@telemed/web-shared/server';
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
import type { Actions, PageServerLoad } from './$types';

/** Every family member's letters, newest decisions after the open ones, and what a new letter can be for. */
export const load: PageServerLoad = async ({ locals }) => {
  const { people, selfId } = await loadPeople(locals.api, undefined);
  const [lists, options] = await Promise.all([
    Promise.all(
      people.map((person) =>
        locals.api.patients[':id']['guarantee-letters'].$get({ param: { id: person.id } }).then(unwrap),
      ),
    ),
    locals.api.patients[':id']['guarantee-letters'].options.$get({ param: { id: selfId } }).then(unwrap),
  ]);
  const letters = lists
    .flatMap((list) => list.items)
    .sort((a, b) =>
      a.status === 'submitted' && b.status !== 'submitted'
        ? -1
        : b.status === 'submitted' && a.status !== 'submitted'
          ? 1
          : b.updatedAt.localeCompare(a.updatedAt),
    );
  return { people, selfId, letters, options, idempotencyKey: newIdempotencyKey() };
};

type Field = 'patientId' | 'clinicId' | 'serviceCode' | 'reason';

export const actions: Actions = {
  ask: async ({ locals, request }) => {
    const t = messages(locals.locale).guaranteeLetters.patient;
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const values = {
      patientId: String(data.get('patientId') ?? ''),
      clinicId: String(data.get('clinicId') ?? ''),
      serviceCode: String(data.get('serviceCode') ?? ''),
      reason: String(data.get('reason') ?? '').trim(),
    };
    const failure = (
      status: number,
      message: string | null,
      fieldErrors: Partial<Record<Field, string>> = {},
    ) => fail(status, { values, message, fieldErrors, idempotencyKey: newIdempotencyKey() });
    const fieldErrors: Partial<Record<Field, string>> = {};
    if (!isUuid(values.clinicId)) fieldErrors.clinicId = t.chooseClinic;
    if (!values.serviceCode) fieldErrors.serviceCode = t.chooseService;
    if (values.reason.length < 3) fieldErrors.reason = t.reasonTooShort;
    if (Object.keys(fieldErrors).length) return failure(400, null, fieldErrors);

    const { chosen } = await loadPeople(locals.api, values.patientId);
    const upload = data.get('file');
    const documents = await uploadedDocuments(
      locals.api,
      chosen.id,
      { fileIds: [], file: upload instanceof File && upload.size > 0 ? upload : null, kind: 'other' },
      locals.locale,
      key,
    );
    if (!documents.ok) return failure(400, documents.message);
    const response = await sendIdempotent(() =>
      locals.api.patients[':id']['guarantee-letters'].$post({
        param: { id: chosen.id },
        json: {
          clinicId: values.clinicId,
          serviceCode: values.serviceCode,
          reason: values.reason,
          ...(documents.fileIds[0] ? { referralFileId: documents.fileIds[0] } : {}),
        },
        header: idempotencyHeader(key, 'guarantee-letter'),
      }),
    );
    if (isStillProcessing(response)) return failure(409, messages(locals.locale).errors.stillProcessing);
    const status: number = response.status;
    if (status !== 201) {
      const problem = await readProblem(response);
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const item of problem.errors) {
        const field = (['clinicId', 'serviceCode', 'reason'] as const).find((f) => f === item.path);
        if (field)
          fieldErrors[field] =
            fieldProblemMessage(item, locals.locale) ?? problemMessage(problem, locals.locale);
      }
      if (Object.keys(fieldErrors).length) return failure(problem.status, null, fieldErrors);
      return failure(problem.status, problemMessage(problem, locals.locale));
    }
    redirect(303, '/guarantee-letters?sent=1');
  },
  cancel: async ({ locals, request }) => {
    const id = String((await request.formData()).get('id') ?? '');
    if (!isUuid(id)) return fail(404, { message: null });
    const response = await locals.api['guarantee-letters'][':id'].cancel.$post({ param: { id } });
    const status: number = response.status;
    if (status !== 200)
      return fail(status, { message: problemMessage(await readProblem(response), locals.locale) });
    return { cancelled: true };
  },
};
