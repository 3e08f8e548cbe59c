import { unwrap } from '$lib/server/api';
import { field, numberField, refused } from '$lib/server/admin-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const [practitioners, options, holidays] = await Promise.all([
    locals.api.admin.practitioners.$get().then(unwrap),
    locals.api.admin.practitioners.options.$get().then(unwrap),
    locals.api.admin.holidays.$get().then(unwrap),
  ]);
  const selected = practitioners.find((p) => p.id === url.searchParams.get('practitioner')) ?? null;
  const templates = selected
    ? await locals.api.admin.practitioners[':practitionerId']['slot-templates']
        .$get({ param: { practitionerId: selected.id } })
        .then(unwrap)
    : [];
  const timezone =
    options.clinics.find((clinic) => clinic.id === selected?.clinic?.id)?.timezone ?? 'Europe/Moscow';
  return { practitioners, selected, templates, holidays, timezone };
};

const formats = (form: FormData) =>
  form
    .getAll('formats')
    .map(String)
    .filter((f): f is 'audio' | 'video' | 'chat' => f === 'audio' || f === 'video' || f === 'chat');

export const actions: Actions = {
  addTemplate: async ({ locals, request }) => {
    const form = await request.formData();
    const response = await locals.api.admin.practitioners[':practitionerId']['slot-templates'].$post({
      param: { practitionerId: field(form, 'practitionerId') },
      json: {
        weekday: numberField(form, 'weekday'),
        start: field(form, 'start'),
        end: field(form, 'end'),
        slotMinutes: numberField(form, 'slotMinutes'),
        formats: formats(form),
      },
    });
    if (response.status === 201) return { form: 'addTemplate', done: true };
    return refused(response, locals.locale, { form: 'addTemplate' });
  },
  removeTemplate: async ({ locals, request }) => {
    const form = await request.formData();
    const response = await locals.api.admin['slot-templates'][':id'].$delete({
      param: { id: field(form, 'id') },
    });
    if (response.status === 204) return { form: 'removeTemplate', done: true };
    return refused(response, locals.locale, { form: 'addTemplate' });
  },
  generate: async ({ locals, request }) => {
    const form = await request.formData();
    const response = await locals.api.admin.practitioners[':practitionerId'].slots.$post({
      param: { practitionerId: field(form, 'practitionerId') },
      json: { weeks: numberField(form, 'weeks') },
    });
    if (response.status === 201) return { form: 'generate', generated: await response.json() };
    return refused(response, locals.locale, { form: 'generate' });
  },
  addHoliday: async ({ locals, request }) => {
    const form = await request.formData();
    const response = await locals.api.admin.holidays.$post({
      json: {
        date: field(form, 'date'),
        name: { ru: field(form, 'nameRu'), en: field(form, 'nameEn') },
        source: field(form, 'source'),
      },
    });
    if (response.status === 201) return { form: 'addHoliday', done: true };
    return refused(response, locals.locale, { form: 'addHoliday' });
  },
  removeHoliday: async ({ locals, request }) => {
    const form = await request.formData();
    const response = await locals.api.admin.holidays[':date'].$delete({
      param: { date: field(form, 'date') },
    });
    if (response.status === 204) return { form: 'removeHoliday', done: true };
    return refused(response, locals.locale, { form: 'addHoliday' });
  },
};
