import { unwrap } from '$lib/server/api';
import { field, refused } from '$lib/server/admin-forms';
import type { Actions, PageServerLoad } from './$types';

const FILTERS = ['all', 'visible', 'hidden'] as const;
type Filter = (typeof FILTERS)[number];

/** Recent comments on doctors and clinics, newest first, a page at a time; `show` picks shown or hidden ones. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const show: Filter = FILTERS.find((f) => f === url.searchParams.get('show')) ?? 'all';
  const page = Math.max(1, Math.min(1000, Number(url.searchParams.get('page')) || 1));
  const result = await locals.api.admin.ratings
    .$get({
      query: {
        page: String(page),
        ...(show === 'all' ? {} : { hidden: show === 'hidden' ? 'true' : 'false' }),
      },
    })
    .then(unwrap);
  return { ...result, show, filters: FILTERS };
};

export const actions: Actions = {
  hide: async ({ locals, request }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    const response = await locals.api.admin.ratings[':id'].hide.$post({
      param: { id },
      json: { reason: field(form, 'reason') },
    });
    if (response.status === 200) return { hiddenId: id };
    return refused(response, locals.locale, { failedId: id });
  },
};
