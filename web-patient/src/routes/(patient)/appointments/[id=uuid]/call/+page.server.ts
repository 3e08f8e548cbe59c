import { error } from '@sveltejs/kit';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  // Somebody else's consultation is the same "no such page" as one that does not exist.
  if (!locals.user) error(404);
  const param = { id: params.id };
  const [appointment, { you }] = await Promise.all([
    locals.api.appointments[':id'].$get({ param }).then(unwrap),
    locals.api.appointments[':id'].participants.$get({ param }).then(unwrap),
  ]);
  // A relative the doctor invited joins as a guest of somebody else's consultation.
  const role = you === 'patient' ? ('patient' as const) : ('guest' as const);
  // An in-person visit has no call (the api refuses to join it too).
  if (appointment.format === 'in_person') error(404);
  return { appointment, media: appointment.format, role, selfAccountId: locals.user.account.id };
};
