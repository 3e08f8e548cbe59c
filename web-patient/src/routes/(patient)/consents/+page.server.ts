import { fail, redirect } from '@sveltejs/kit';
import { messages, problemMessage } from '@telemed/web-shared/i18n';
import { devMailbox, isUuid, readProblem, safeRedirectPath } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { loadPeople } from '$lib/server/booking';
import { apiUrl } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

const KINDS = ['telemedicine_intervention', 'personal_data', 'call_recording', 'research_use'] as const;
type Kind = (typeof KINDS)[number];

/** `?returnTo=`: the booking step that sent the patient here; only a path of this app is followed. */
const returnToOf = (url: URL) => {
  const target = url.searchParams.get('returnTo');
  return target ? safeRedirectPath(target, '') || null : null;
};

/**
 * The patient's consents (or a child's, for a parent): each kind's state with its text, signing the ones not
 * accepted with a code sent by e-mail, withdrawing, and the history. Booking pages send a patient here first.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { people, selfId, chosen } = await loadPeople(
    locals.api,
    url.searchParams.get('patientId') ?? undefined,
  );
  const [status, documents] = await Promise.all([
    locals.api.patients[':id'].consents.$get({ param: { id: chosen.id } }).then(unwrap),
    locals.api['consent-documents'].$get().then(unwrap),
  ]);
  const bodies = new Map(documents.items.map((doc) => [doc.id, doc.body]));
  return {
    people: people.map((p) => ({ id: p.id, fullName: p.fullName, isSelf: p.id === selfId })),
    patient: { id: chosen.id, fullName: chosen.fullName, isSelf: chosen.id === selfId },
    status: {
      ...status,
      kinds: status.kinds.map((k) => ({ ...k, body: bodies.get(k.current.id) ?? { ru: '', en: '' } })),
    },
    returnTo: returnToOf(url),
    signed: url.searchParams.get('signed') === '1',
    withdrawn: url.searchParams.get('withdrawn') === '1',
  };
};

/** The page's context comes with each form: who the consents are for, and the booking to return to. */
function contextOf(data: FormData) {
  const patientId = String(data.get('patientId') ?? '');
  const target = data.get('returnTo');
  const returnTo = typeof target === 'string' && target ? safeRedirectPath(target, '') || null : null;
  return { patientId, returnTo };
}

const here = (context: { patientId: string; returnTo: string | null }, extra: Record<string, string>) => {
  const params = new URLSearchParams({ patientId: context.patientId });
  if (context.returnTo) params.set('returnTo', context.returnTo);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `/consents?${params}`;
};

/** Only a person of the account's family (the api answers 404 for anyone else anyway). */
async function chosenPatient(api: App.Locals['api'], patientId: string) {
  return (await loadPeople(api, isUuid(patientId) ? patientId : undefined)).chosen.id;
}

const documentIdsOf = (data: FormData) =>
  data
    .getAll('documentId')
    .map(String)
    .filter((id) => isUuid(id));

export const actions: Actions = {
  /** Step 1: a one-time code for the ticked documents goes to the account's e-mail (or phone). */
  code: async ({ locals, request }) => {
    const m = messages(locals.locale).consents;
    const data = await request.formData();
    const documentIds = documentIdsOf(data);
    if (!documentIds.length) return fail(400, { message: m.choose, sent: null });
    const patientId = await chosenPatient(locals.api, contextOf(data).patientId);
    const response = await locals.api.patients[':id'].consents['signature-code'].$post({
      param: { id: patientId },
      json: { documentIds },
    });
    if (response.status !== 202) {
      const problem = await readProblem(response);
      return fail(problem.status, { message: problemMessage(problem, locals.locale), sent: null });
    }
    const sent = await response.json();
    // Outside production the message is kept in the development mailbox: shown here, for the demo.
    const me = await locals.api.me.$get().then(unwrap);
    const contact = me.account.email
      ? { email: me.account.email }
      : me.account.phone
        ? { phone: me.account.phone }
        : {};
    const boxes = await devMailbox(apiUrl(), contact);
    const demoMessage = boxes?.[0]?.messages[0]?.text ?? null;
    return { sent: { sentTo: sent.sentTo, documentIds }, demoMessage, message: null };
  },
  /** Step 2: the code signs the documents. */
  sign: async ({ locals, request }) => {
    const data = await request.formData();
    const documentIds = documentIdsOf(data);
    const code = String(data.get('code') ?? '').trim();
    const context = contextOf(data);
    const patientId = await chosenPatient(locals.api, context.patientId);
    const response = await locals.api.patients[':id'].consents.$post({
      param: { id: patientId },
      json: { documentIds, code },
    });
    if (response.status !== 201) {
      const problem = await readProblem(response);
      // Still the same documents and the same sent code: the patient types it again.
      return fail(problem.status, {
        message: problemMessage(problem, locals.locale),
        sent: problem.code === 'consent.wrong_code' ? { sentTo: null, documentIds } : null,
      });
    }
    redirect(303, here({ ...context, patientId }, { signed: '1' }));
  },
  /** Withdrawal: no new consultations from now on; the record stays. */
  withdraw: async ({ locals, request }) => {
    const data = await request.formData();
    const kind = String(data.get('kind') ?? '');
    if (!KINDS.includes(kind as Kind)) return fail(400, { message: null, sent: null });
    const context = contextOf(data);
    const patientId = await chosenPatient(locals.api, context.patientId);
    await locals.api.patients[':id'].consents[':kind'].withdraw
      .$post({ param: { id: patientId, kind: kind as Kind } })
      .then(unwrap);
    redirect(303, here({ ...context, patientId }, { withdrawn: '1' }));
  },
};
