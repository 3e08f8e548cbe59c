import { error, fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { decideProposal, endMonitoring, isUuid, readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

type History = Awaited<ReturnType<typeof loadHistory>>;

const loadHistory = (api: App.Locals['api'], id: string) =>
  api.patients[':id'].history.$get({ param: { id } }).then(unwrap);

/** One timeline across consultations, lab reports and requests, newest first. */
function timeline(history: History) {
  return [
    ...history.consults.map((consult) => ({
      kind: 'consult' as const,
      key: `consult:${consult.id}`,
      at: consult.startsAt,
      consult,
    })),
    ...history.labReports.map((report) => ({
      kind: 'lab' as const,
      key: `lab:${report.id}`,
      at: report.issuedAt,
      report,
    })),
    ...history.requests.map((request) => ({
      kind: 'request' as const,
      key: `request:${request.id}`,
      at: request.createdAt,
      request,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
}

export const load: PageServerLoad = async ({ locals, params }) => {
  // Not an id, or a patient the doctor may not see: the same "no such page".
  if (!isUuid(params.id)) error(404);
  const history = await loadHistory(locals.api, params.id);
  const [monitoring, assistants] = await Promise.all([
    locals.api.monitoring.patients[':id'].enrolment.$get({ param: { id: params.id } }).then(unwrap),
    locals.api.monitoring.assistants.$get().then(unwrap),
  ]);
  return {
    patient: history.patient,
    events: timeline(history),
    enrolment: monitoring.enrolment,
    assistants: assistants.items,
  };
};

const failed = (outcome: { status: number; message: string }) =>
  fail(outcome.status, { message: outcome.message });

/** The doctor's monitoring decisions for this patient: enrol, approve or decline a proposal, end. */
export const actions: Actions = {
  enrol: async ({ locals, request, params }) => {
    const form = await request.formData();
    const note = String(form.get('note') ?? '').trim();
    const response = await locals.api.monitoring.enrolments.$post({
      json: {
        patientId: params.id,
        assistantId: String(form.get('assistantId') ?? ''),
        targetSystolic: Number(form.get('targetSystolic')),
        targetDiastolic: Number(form.get('targetDiastolic')),
        ...(note ? { note } : {}),
      },
    });
    if (response.status === 201) return { done: 'enrolled' as const };
    return failed(
      await readProblem(response).then((p) => ({
        status: p.status,
        message: problemMessage(p, locals.locale),
      })),
    );
  },
  decide: async ({ locals, request }) => {
    const outcome = await decideProposal(locals.api, await request.formData(), locals.locale);
    return outcome.ok ? { done: outcome.done } : failed(outcome);
  },
  end: async ({ locals, params }) => {
    const outcome = await endMonitoring(locals.api, params.id, locals.locale);
    return outcome.ok ? { done: outcome.done } : failed(outcome);
  },
};
