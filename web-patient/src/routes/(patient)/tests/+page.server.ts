import { fail } from '@sveltejs/kit';
import { localized, messages, problemMessage } from '@telemed/web-shared/i18n';
import { isUuid, readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** Tests prescribed to the patient and each child, and the collection points to choose from. */
export const load: PageServerLoad = async ({ locals }) => {
  const family = await locals.api.me.family.$get().then(unwrap);
  const people = [family.self, ...family.children];
  const [locations, ...orders] = await Promise.all([
    locals.api['lab-locations'].$get().then(unwrap),
    ...people.map((p) => locals.api.patients[':id']['lab-orders'].$get({ param: { id: p.id } }).then(unwrap)),
  ]);
  return {
    locations: locations.items,
    sections: people.map((p, i) => ({
      patientId: p.id,
      isSelf: p.id === family.self.id,
      name: localized(p.fullName, locals.locale),
      orders: orders[i]!.items,
    })),
  };
};

const ids = (data: FormData, ...names: string[]) =>
  names.map((n) => {
    const value = data.get(n);
    return typeof value === 'string' && isUuid(value) ? value : null;
  });

export const actions: Actions = {
  confirm: async ({ locals, request }) => {
    const [orderId, locationId] = ids(await request.formData(), 'orderId', 'locationId');
    if (!orderId) return fail(400, { orderId, message: null });
    if (!locationId)
      return fail(400, { orderId, message: messages(locals.locale).medcard.tests.needLocation });
    const response = await locals.api['lab-orders'][':id'].confirm.$post({
      param: { id: orderId },
      json: { locationId },
    });
    if (response.status !== 200)
      return fail(response.status, {
        orderId,
        message: problemMessage(await readProblem(response), locals.locale),
      });
    return { orderId, done: 'confirmed' as const };
  },
  cancel: async ({ locals, request }) => {
    const [orderId] = ids(await request.formData(), 'orderId');
    if (!orderId) return fail(400, { orderId, message: null });
    const response = await locals.api['lab-orders'][':id'].cancel.$post({ param: { id: orderId } });
    if (response.status !== 200)
      return fail(response.status, {
        orderId,
        message: problemMessage(await readProblem(response), locals.locale),
      });
    return { orderId, done: 'cancelled' as const };
  },
};
