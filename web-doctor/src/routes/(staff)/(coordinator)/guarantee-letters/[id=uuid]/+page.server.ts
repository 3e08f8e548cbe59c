import { fail } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { unwrap } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const letter = await locals.api['guarantee-letters'][':id'].$get({ param: { id: params.id } }).then(unwrap);
  return { letter };
};

export const actions: Actions = {
  approve: async ({ locals, params }) => {
    const response = await locals.api.coordinator['guarantee-letters'][':id'].approve.$post({
      param: { id: params.id },
    });
    if (response.status !== 200) return refusal(response, locals.locale);
    return { approved: (await response.json()).number ?? '' };
  },
  decline: async ({ locals, params, request }) => {
    const t = messages(locals.locale).guaranteeLetters.coordinator;
    const reason = String((await request.formData()).get('reason') ?? '').trim();
    if (reason.length < 3)
      return fail(400, { message: null, fieldErrors: { reason: t.declineReasonRequired }, reason });
    const response = await locals.api.coordinator['guarantee-letters'][':id'].decline.$post({
      param: { id: params.id },
      json: { reason },
    });
    if (response.status !== 200) return refusal(response, locals.locale);
    return { declined: true };
  },
};
