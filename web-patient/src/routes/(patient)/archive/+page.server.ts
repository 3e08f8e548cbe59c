import { localized } from '@telemed/web-shared/i18n';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** One archive section per person the account looks after: the patient first, then each child. */
export const load: PageServerLoad = async ({ locals }) => {
  const family = await locals.api.me.family.$get().then(unwrap);
  const people = [family.self, ...family.children];
  const archives = await Promise.all(
    people.map((person) =>
      locals.api.patients[':id'].archive.$get({ param: { id: person.id } }).then(unwrap),
    ),
  );
  return {
    sections: people.map((person, i) => ({
      patientId: person.id,
      isSelf: person.id === family.self.id,
      name: localized(person.fullName, locals.locale),
      ...archives[i]!,
    })),
  };
};
