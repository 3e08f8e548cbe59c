import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import { chosenPerson } from '$lib/server/medcard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (!/^\d{1,7}-\d$/.test(params.loinc)) error(404);
  const { person } = await chosenPerson(locals.api, url, locals.locale);
  const series = await locals.api.patients[':id'].medcard.analytes[':loinc']
    .$get({ param: { id: person.id, loinc: params.loinc } })
    .then(unwrap);
  return { person, series };
};
