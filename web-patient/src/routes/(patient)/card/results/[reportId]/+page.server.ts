import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { chosenPerson } from '$lib/server/medcard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (!isUuid(params.reportId)) error(404);
  const { person } = await chosenPerson(locals.api, url, locals.locale);
  const report = await locals.api.patients[':id']['lab-reports'][':reportId']
    .$get({ param: { id: person.id, reportId: params.reportId } })
    .then(unwrap);
  return { person, report };
};
