import { unwrap } from '$lib/server/api';
import { field, refused } from '$lib/server/admin-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const [programmes, people] = await Promise.all([
    locals.api.admin.programmes.$get().then(unwrap),
    q.length >= 2 ? locals.api.admin['policy-holders'].$get({ query: { q } }).then(unwrap) : null,
  ]);
  return {
    q,
    people,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
    today: new Date().toISOString().slice(0, 10),
  };
};

export const actions: Actions = {
  add: async ({ locals, request }) => {
    const form = await request.formData();
    const patientId = field(form, 'patientId');
    const response = await locals.api.admin['policy-holders'][':id'].policies.$post({
      param: { id: patientId },
      json: {
        programmeId: field(form, 'programmeId'),
        number: field(form, 'number'),
        insurer: field(form, 'insurer'),
        validFrom: field(form, 'validFrom'),
        validTo: field(form, 'validTo'),
      },
    });
    if (response.status === 201) return { patientId, added: true };
    return refused(response, locals.locale, { patientId });
  },
  end: async ({ locals, request }) => {
    const form = await request.formData();
    const patientId = field(form, 'patientId');
    const response = await locals.api.admin.policies[':id'].end.$put({
      param: { id: field(form, 'policyId') },
      json: { endDate: field(form, 'endDate') },
    });
    if (response.status === 200) return { patientId, ended: true };
    return refused(response, locals.locale, { patientId });
  },
};
