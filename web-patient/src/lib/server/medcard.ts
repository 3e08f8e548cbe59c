import { error } from '@sveltejs/kit';
import { localized, type Locale } from '@telemed/web-shared/i18n';
import { isUuid, type ApiClient } from '@telemed/web-shared/server';
import { unwrap } from './api';

/**
 * The people whose card this account may open (self, then each child) and the one chosen by `?patient=`;
 * an id that is not one of them is "no such page".
 */
export async function chosenPerson(api: ApiClient, url: URL, locale: Locale) {
  const family = await api.me.family.$get().then(unwrap);
  const people = [family.self, ...family.children].map((p) => ({
    id: p.id,
    name: localized(p.fullName, locale),
    isSelf: p.id === family.self.id,
  }));
  const wanted = url.searchParams.get('patient');
  if (wanted !== null && !isUuid(wanted)) error(404);
  const person = people.find((p) => p.id === (wanted ?? family.self.id));
  if (!person) error(404);
  return { people, person };
}
