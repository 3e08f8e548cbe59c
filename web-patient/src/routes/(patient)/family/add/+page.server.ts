import { fail, redirect } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { formProblem, textFields } from '$lib/server/onboarding';
import type { Actions } from './$types';

const fields = ['fullName', 'birthDate', 'sex', 'relation', 'birthCertificate'] as const;
type Field = (typeof fields)[number] | 'declaration';

const sexes = ['female', 'male'] as const;
const relations = ['mother', 'father', 'guardian'] as const;
const oneOf = <T extends string>(choices: readonly T[], value: string): T | null =>
  choices.find((choice) => choice === value) ?? null;

/** Adds a child on the parent's declaration; the api checks the age and the certificate. */
export const actions: Actions = {
  default: async ({ locals, request }) => {
    const text = messages(locals.locale).onboarding.child;
    const data = await request.formData();
    const values = textFields(data, fields);
    const sex = oneOf(sexes, values.sex);
    const relation = oneOf(relations, values.relation);
    const declared = data.get('declaration') === 'yes';
    const fieldErrors: Partial<Record<Field, string>> = {};
    if (!values.fullName) fieldErrors.fullName = text.required.fullName;
    if (!values.birthDate) fieldErrors.birthDate = text.required.birthDate;
    if (!sex) fieldErrors.sex = text.required.sex;
    if (!relation) fieldErrors.relation = text.required.relation;
    if (!values.birthCertificate) fieldErrors.birthCertificate = text.required.birthCertificate;
    if (!declared) fieldErrors.declaration = text.required.declaration;
    if (!sex || !relation || Object.keys(fieldErrors).length > 0) {
      return fail(400, { values, fieldErrors, message: null });
    }
    const response = await locals.api.me.children.$post({
      json: { ...values, sex, relation, declaration: true },
    });
    if (response.status !== 201) {
      const problem = await formProblem(response, fields, locals.locale);
      const apiErrors: Partial<Record<Field, string>> = problem.fieldErrors;
      return fail(problem.status, { values, fieldErrors: apiErrors, message: problem.message });
    }
    redirect(303, '/family?added=1');
  },
};
