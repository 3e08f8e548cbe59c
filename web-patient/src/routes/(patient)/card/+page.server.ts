import { unwrap } from '$lib/server/api';
import { chosenPerson } from '$lib/server/medcard';
import type { PageServerLoad } from './$types';

const kinds = ['appointment', 'conclusion', 'lab_order', 'lab_result', 'attachment', 'bp_reading'] as const;
type Kind = (typeof kinds)[number];

/**
 * The unified card of the chosen person (`?patient=`), filtered by `?kinds=` (none: everything), a page at a
 * time (`?before=` is the api's cursor for the older page).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { people, person } = await chosenPerson(locals.api, url, locals.locale);
  const chosen = (url.searchParams.get('kinds') ?? '')
    .split(',')
    .filter((k): k is Kind => (kinds as readonly string[]).includes(k));
  const before = url.searchParams.get('before') ?? undefined;
  const [timeline, analytes] = await Promise.all([
    locals.api.patients[':id'].medcard.timeline
      .$get({
        param: { id: person.id },
        query: { ...(chosen.length ? { kinds: chosen.join(',') } : {}), ...(before ? { before } : {}) },
      })
      .then(unwrap),
    locals.api.patients[':id'].medcard.analytes.$get({ param: { id: person.id } }).then(unwrap),
  ]);
  return {
    people,
    person,
    kinds,
    chosen,
    events: timeline.items,
    older: timeline.next,
    paged: Boolean(before),
    analytes: analytes.items,
  };
};
