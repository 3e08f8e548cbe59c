import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { readProblem, type FormFailure } from '@telemed/web-shared/server';
import { readComplaintIds, readStartForm, type StartField } from '$lib/server/anamnesis-forms';
import { familyMembers } from '$lib/server/anamnesis';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/** What the start form gives back when it is shown again: the person, the words, the picks and the search. */
type StartFailure = FormFailure<StartField> & { complaintIds: string[]; q: string };

export const load: PageServerLoad = async ({ locals, url }) => {
  const family = await locals.api.me.family.$get().then(unwrap);
  const people = familyMembers(family);
  // The pick-list for each person (by age and sex), fetched together: switching person needs no round trip.
  const lists = await Promise.all(
    people.map((person) =>
      locals.api.triage.complaints.$get({ query: { patientId: person.id } }).then(unwrap),
    ),
  );
  const complaints = new Map(lists.flatMap((list) => list.items).map((c) => [c.id, c]));
  // A link can start the checker for a child: ?patientId=… chooses them in advance.
  const chosen = url.searchParams.get('patientId');
  return {
    people,
    selfId: family.self.id,
    chosenId: people.some((person) => person.id === chosen) ? chosen : family.self.id,
    complaints: [...complaints.values()],
    complaintsFor: Object.fromEntries(people.map((p, i) => [p.id, lists[i]!.items.map((c) => c.id)])),
  };
};

export const actions: Actions = {
  /** Without JavaScript the list is searched (and shown for another person) by sending the form back here. */
  search: async ({ request }) => {
    const data = await request.formData();
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    return {
      search: {
        values: { patientId: text('patientId'), complaintText: text('complaintText') },
        complaintIds: readComplaintIds(data),
        q: text('q').trim().slice(0, 80),
      },
    };
  },

  start: async ({ request, locals }) => {
    const data = await request.formData();
    const form = readStartForm(data, locals.locale);
    const complaintIds = readComplaintIds(data);
    if (!form.ok) return fail(form.failure.status, { ...form.failure, complaintIds, q: '' });

    const { patientId, complaintText } = form;
    const response = await locals.api.anamnesis.$post({
      json: {
        patientId,
        locale: locals.locale,
        ...(complaintText ? { complaintText } : {}),
        ...(complaintIds.length > 0 ? { complaintIds } : {}),
      },
    });
    if (response.status !== 201) {
      const problem = await readProblem(response);
      const misfit = problem.errors.some((e) => e.path.startsWith('complaintIds'));
      const failure: StartFailure = {
        status: problem.status,
        values: { patientId, complaintText },
        fieldErrors: {},
        // The api names ids; the patient reads what to do about it.
        message: misfit
          ? messages(locals.locale).triage.start.pickInvalid
          : problemMessage(problem, locals.locale),
        complaintIds,
        q: '',
      };
      return fail(failure.status, failure);
    }
    const view = await response.json();
    // An ambulance-level complaint is answered at once: straight to the result, no confirmation step.
    redirect(303, view.status === 'completed' ? `/check/${view.id}/result` : `/check/${view.id}`);
  },
};
