import { unwrap } from '$lib/server/api';
import { familyMembers } from '$lib/server/anamnesis';
import type { PageServerLoad } from './$types';

/** Every request of the family (the account holder's and their children's), newest first. */
export const load: PageServerLoad = async ({ locals }) => {
  const family = await locals.api.me.family.$get().then(unwrap);
  const lists = await Promise.all(
    familyMembers(family).map((person) =>
      locals.api.patients[':id'].requests.$get({ param: { id: person.id } }).then(unwrap),
    ),
  );
  return {
    selfId: family.self.id,
    requests: lists.flatMap((list) => list.items).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
};
