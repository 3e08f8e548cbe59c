import { fail, redirect } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { safeRedirectPath } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { loadPeople } from '$lib/server/booking';
import { formProblem, textFields } from '$lib/server/onboarding';
import type { Actions, PageServerLoad } from './$types';

const fields = ['patientId', 'programmeId', 'insurer', 'number', 'validTo'] as const;
type Field = (typeof fields)[number];

/** The policies of the account holder or a child, and the form to add one (checked by the api). */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { people, selfId, chosen } = await loadPeople(
    locals.api,
    url.searchParams.get('patientId') ?? undefined,
  );
  const [catalogue, policies, regions] = await Promise.all([
    locals.api.insurance.programmes.$get().then(unwrap),
    locals.api.patients[':id'].policies.$get({ param: { id: chosen.id } }).then(unwrap),
    locals.api.patients[':id'].regions.$get({ param: { id: chosen.id } }).then(unwrap),
  ]);
  return {
    people,
    selfId,
    patientId: chosen.id,
    catalogue,
    policies: policies.items,
    regions,
    regionsSaved: url.searchParams.get('regions') === 'saved',
    added: url.searchParams.has('added'),
    // Where to return once a policy is added: the booking that sent the patient here.
    next: url.searchParams.has('next') ? safeRedirectPath(url.searchParams.get('next')) : null,
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const text = messages(locals.locale).onboarding.policies;
    const data = await request.formData();
    const values = textFields(data, fields);
    const next = typeof data.get('next') === 'string' ? (data.get('next') as string) : '';
    const fieldErrors: Partial<Record<Field, string>> = {};
    if (!values.programmeId) fieldErrors.programmeId = text.required.programme;
    if (!values.insurer) fieldErrors.insurer = text.required.insurer;
    if (!values.number) fieldErrors.number = text.required.number;
    if (Object.keys(fieldErrors).length > 0) return fail(400, { values, fieldErrors, message: null });

    const response = await locals.api.patients[':id'].policies.$post({
      param: { id: values.patientId },
      json: {
        programmeId: values.programmeId,
        insurer: values.insurer,
        number: values.number,
        ...(values.validTo ? { validTo: values.validTo } : {}),
      },
    });
    if (response.status !== 201) {
      const problem = await formProblem(response, fields, locals.locale);
      return fail(problem.status, { values, fieldErrors: problem.fieldErrors, message: problem.message });
    }
    redirect(
      303,
      next ? safeRedirectPath(next) : `/insurance?patientId=${encodeURIComponent(values.patientId)}&added=1`,
    );
  },
};
