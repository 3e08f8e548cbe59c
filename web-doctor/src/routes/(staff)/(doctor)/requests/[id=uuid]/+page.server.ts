import { fail } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { z } from 'zod';
import { unwrap } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

/** How far ahead a doctor's free times are offered for turning a request into a consultation. */
const SLOT_DAYS = 3;

export const load: PageServerLoad = async ({ locals, params }) => {
  const request = await locals.api.requests[':id'].$get({ param: { id: params.id } }).then(unwrap);
  const practitionerId = locals.user?.practitioner?.id;
  const slots =
    request.actions.convert && practitionerId
      ? (
          await locals.api.doctors[':id'].slots
            .$get({ param: { id: practitionerId }, query: { days: String(SLOT_DAYS) } })
            .then(unwrap)
        ).items.slice(0, 30)
      : [];
  return { request, slots };
};

export const actions: Actions = {
  claim: async ({ locals, params }) => {
    const response = await locals.api.requests[':id'].claim.$post({ param: { id: params.id } });
    const status: number = response.status;
    // A request gone to a colleague is said plainly.
    if (status === 409)
      return fail(409, { message: messages(locals.locale).requests.review.takenByOther, fieldErrors: {} });
    if (status !== 200) return refusal(response, locals.locale);
    return { claimed: true };
  },
  answer: async ({ locals, params, request }) => {
    const t = messages(locals.locale).requests.review;
    const answer = String((await request.formData()).get('answer') ?? '').trim();
    if (answer.length < 10)
      return fail(400, { message: null, fieldErrors: { answer: t.answerTooShort }, answer });
    const response = await locals.api.requests[':id'].answer.$post({
      param: { id: params.id },
      json: { answer },
    });
    if (response.status !== 200) return refusal(response, locals.locale);
    return { answered: true };
  },
  convert: async ({ locals, params, request }) => {
    const t = messages(locals.locale).requests.review;
    const slotId = z.uuid().safeParse((await request.formData()).get('slotId'));
    if (!slotId.success) return fail(400, { message: null, fieldErrors: { slotId: t.chooseSlot } });
    const response = await locals.api.requests[':id'].convert.$post({
      param: { id: params.id },
      json: { slotId: slotId.data },
    });
    if (response.status !== 200) return refusal(response, locals.locale);
    return { converted: true };
  },
};
