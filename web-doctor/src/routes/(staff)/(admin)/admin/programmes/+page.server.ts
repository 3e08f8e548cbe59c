import { unwrap } from '$lib/server/api';
import { field, numberField, refused } from '$lib/server/admin-forms';
import type { Actions, PageServerLoad } from './$types';

const SERVICES = ['telemedicine', 'lab', 'second_opinion', 'test_decoding', 'in_person'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const [programmes, regions] = await Promise.all([
    locals.api.admin.programmes.$get().then(unwrap),
    locals.api.admin.regions.$get().then(unwrap),
  ]);
  const editing = programmes.find((p) => p.id === url.searchParams.get('edit')) ?? null;
  return { programmes, editing, regions: regions.items, services: SERVICES };
};

/** The whole cover from the form: a row per service, so a service left unticked is "not covered". */
function programmeFromForm(form: FormData) {
  return {
    name: { ru: field(form, 'nameRu'), en: field(form, 'nameEn') },
    kind: field(form, 'kind') === 'oms' ? ('oms' as const) : ('dms' as const),
    franchisePercent: numberField(form, 'franchisePercent'),
    regions: form.getAll('regions').map(String),
    coverage: SERVICES.map((service) => ({
      service,
      covered: form.has(`covered-${service}`),
      inFranchise: form.has(`franchise-${service}`),
      annualLimit: field(form, `limit-${service}`) ? numberField(form, `limit-${service}`) : null,
    })),
  };
}

export const actions: Actions = {
  save: async ({ locals, request }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    const programme = programmeFromForm(form);
    const response = id
      ? await locals.api.admin.programmes[':id'].$put({ param: { id }, json: programme })
      : await locals.api.admin.programmes.$post({ json: { ...programme, code: field(form, 'code') } });
    if (response.status === 200 || response.status === 201) return { saved: true };
    return refused(response, locals.locale, { form: 'save' });
  },
};
