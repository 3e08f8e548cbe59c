import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const patientId = locals.user?.patient?.id;
  if (!patientId) error(404);
  return { profile: await locals.api.patients[':id'].$get({ param: { id: patientId } }).then(unwrap) };
};
