import { redirect } from '@sveltejs/kit';
import type { ApiClient } from '@telemed/web-shared/server';
import type { Family } from '@telemed/web-shared/types';
import { unwrap } from './api';

/** A questionnaire the signed-in parent may see; anything else is this app's 404 page. */
export async function loadAnamnesis(api: ApiClient, id: string) {
  return api.anamnesis[':id'].$get({ param: { id } }).then(unwrap);
}

export type AnamnesisView = Awaited<ReturnType<typeof loadAnamnesis>>;

/** The people a parent answers for: themselves first, then their children. */
export function familyMembers(family: Family) {
  return [family.self, ...family.children];
}

/** The person a questionnaire is about, by name, or null when it is the account holder's own. */
export async function childNamed(api: ApiClient, patientId: string) {
  const family = await api.me.family.$get().then(unwrap);
  return family.children.find((child) => child.id === patientId)?.fullName ?? null;
}

/** Where the interview continues: the questions, or the result once it is complete. */
export function nextStep(view: { id: string; status: 'in_progress' | 'completed' }): never {
  redirect(
    303,
    view.status === 'completed' ? `/check/${view.id}/result` : `/check/${view.id}?step=questions`,
  );
}
