import { fail, redirect } from '@sveltejs/kit';
import { messages } from '@telemed/web-shared/i18n';
import { isUuid } from '@telemed/web-shared/server';
import {
  idempotencyHeader,
  isStillProcessing,
  newIdempotencyKey,
  readIdempotencyKey,
  sendIdempotent,
} from '$lib/server/idempotency-key';
import { unwrap } from '$lib/server/api';
import { loadPeople } from '$lib/server/booking';
import { formProblem, textFields } from '$lib/server/onboarding';
import type { Actions, PageServerLoad } from './$types';

const fields = ['patientId', 'packageCode', 'clinicId', 'startsAt'] as const;

/**
 * The member's (or a child's) OMS screening this year and the check-ups they fit; with `?package=` the
 * booking form for it, and with `&clinicId=` the clinic's free times; `?booked=` confirms a booking.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { people, selfId, chosen } = await loadPeople(
    locals.api,
    url.searchParams.get('patientId') ?? undefined,
  );
  const overview = await locals.api.patients[':id'].checkups.$get({ param: { id: chosen.id } }).then(unwrap);
  const all = [...overview.screenings, ...overview.packages];
  const packageCode = url.searchParams.get('package');
  const selected = all.find((p) => p.code === packageCode) ?? null;
  const clinicParam = url.searchParams.get('clinicId');
  const clinic = selected?.clinics.find((c) => c.id === clinicParam) ?? null;
  const times =
    selected && clinic
      ? await locals.api.checkups[':code'].times
          .$get({ param: { code: selected.code }, query: { clinicId: clinic.id } })
          .then(unwrap)
          .then((r) => r.items)
      : [];
  const bookedId = url.searchParams.get('booked');
  const booked =
    bookedId && isUuid(bookedId) ? all.find((p) => p.booking?.appointmentId === bookedId) : undefined;
  return {
    people,
    selfId,
    patientId: chosen.id,
    overview,
    selected: selected ? { code: selected.code, name: selected.name, clinics: selected.clinics } : null,
    clinicId: clinic?.id ?? null,
    times,
    idempotencyKey: newIdempotencyKey(),
    booked: booked?.booking
      ? {
          name: booked.name,
          startsAt: booked.booking.startsAt,
          clinic: booked.clinics.find((c) => c.id === booked.booking!.clinicId) ?? null,
        }
      : null,
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const data = await request.formData();
    const values = textFields(data, fields);
    const key = readIdempotencyKey(data);
    if (!values.startsAt) {
      return fail(400, {
        values,
        message: messages(locals.locale).checkups.timeRequired,
        idempotencyKey: key,
      });
    }
    const response = await sendIdempotent(() =>
      locals.api.patients[':id'].checkups.$post({
        param: { id: values.patientId },
        header: idempotencyHeader(key, 'checkup'),
        json: { packageCode: values.packageCode, clinicId: values.clinicId, startsAt: values.startsAt },
      }),
    );
    if (response.status !== 201) {
      const problem = await formProblem(response, fields, locals.locale);
      return fail(problem.status, {
        values,
        message: problem.message ?? Object.values(problem.fieldErrors).find(Boolean) ?? null,
        // A refusal the member corrects is a new write; a repeat still running keeps its key.
        idempotencyKey: isStillProcessing(response) ? key : newIdempotencyKey(),
      });
    }
    const booking = await response.json();
    redirect(303, `/checkups?patientId=${values.patientId}&booked=${booking.appointmentId}`);
  },
};
