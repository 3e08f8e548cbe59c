import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { readProblem } from '@telemed/web-shared/server';
import type { Actions } from './$types';

/** Clinic CSV import: the file goes to the api as is; its per-line errors come back to the form. */
export const actions: Actions = {
  default: async ({ locals, request }) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { message: null, errors: [], missingFile: true });
    const response = await locals.api.admin.clinics.import.$post({ form: { file } });
    if (response.status === 201) {
      const body = await response.json();
      return { imported: body.imported };
    }
    const problem = await readProblem(response);
    return fail(problem.status >= 400 ? problem.status : 502, {
      message: problemMessage(problem, locals.locale),
      errors: problem.errors.map((e) => `${e.path}: ${e.message}`),
      missingFile: false,
    });
  },
};
