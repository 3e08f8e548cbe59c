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
import { chosenPerson } from '$lib/server/medcard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const { person } = await chosenPerson(locals.api, url, locals.locale);
  const report = await locals.api.patients[':id']['lab-reports'][':reportId']
    .$get({ param: { id: person.id, reportId: params.reportId } })
    .then(unwrap);
  return { person, report, idempotencyKey: newIdempotencyKey() };
};

export const actions: Actions = {
  /**
   * "Ask for a decoding" in one press: these results go to any therapist (a paediatrician for a child) for a
   * written answer; the question is optional. Choosing a doctor or adding documents stays on the full form.
   */
  decode: async ({ locals, params, request, url }) => {
    const data = await request.formData();
    const key = readIdempotencyKey(data);
    const complaints = String(data.get('complaints') ?? '').trim();
    const { person } = await chosenPerson(locals.api, url, locals.locale);
    const response = await sendIdempotent(() =>
      locals.api.patients[':id'].requests.$post({
        param: { id: person.id },
        json: {
          kind: 'test_decoding',
          specialtyCode: person.isSelf ? 'therapist' : 'paediatrician',
          format: 'written',
          labReportIds: [params.reportId],
          ...(complaints ? { complaints } : {}),
        },
        header: idempotencyHeader(key, 'decode'),
      }),
    );
    if (isStillProcessing(response)) {
      return fail(409, { complaints, message: messages(locals.locale).errors.stillProcessing, key });
    }
    // Widened on purpose: the typed answer lists only 201, the api's problems come on top.
    const status: number = response.status;
    if (status !== 201) {
      const problem = await readProblem(response);
      return fail(problem.status, {
        complaints,
        message: problemMessage(problem, locals.locale),
        key: newIdempotencyKey(),
      });
    }
    const created = await response.json();
    redirect(303, `/requests/${created.id}?sent=1`);
  },
};
