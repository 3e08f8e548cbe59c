import { localized } from '@telemed/web-shared/i18n';
import { unwrap } from '$lib/server/api';
import { field, numberField, refused } from '$lib/server/admin-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [practitioners, options] = await Promise.all([
    locals.api.admin.practitioners.$get().then(unwrap),
    locals.api.admin.practitioners.options.$get().then(unwrap),
  ]);
  // By name as the reader reads it (the api sorts by the Russian name).
  const name = (p: { fullName: { ru: string; en: string } }) => localized(p.fullName, locals.locale);
  practitioners.sort((a, b) => name(a).localeCompare(name(b), locals.locale));
  return { practitioners, options };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const form = await request.formData();
    const kind = field(form, 'kind') === 'assistant' ? 'assistant' : 'doctor';
    const response = await locals.api.admin.practitioners.$post({
      json: {
        kind,
        email: field(form, 'email'),
        fullName: { ru: field(form, 'nameRu'), en: field(form, 'nameEn') },
        specialties: form.getAll('specialties').map(String),
        clinicId: field(form, 'clinicId') || null,
        experienceYears: numberField(form, 'experienceYears'),
        treatsAdults: form.has('treatsAdults'),
        treatsChildren: form.has('treatsChildren'),
      },
    });
    if (response.status === 201) {
      const created = await response.json();
      return { created: localized(created.fullName, locals.locale) };
    }
    return refused(response, locals.locale, { form: 'create' });
  },
  setActive: async ({ locals, request }) => {
    const form = await request.formData();
    const active = field(form, 'active') === 'true';
    const response = await locals.api.admin.practitioners[':id'].active.$put({
      param: { id: field(form, 'id') },
      json: { active },
    });
    if (response.status === 200) {
      const changed = await response.json();
      return { changed: { name: localized(changed.fullName, locals.locale), active } };
    }
    return refused(response, locals.locale, { form: 'setActive' });
  },
};
