import { fail } from '@sveltejs/kit';
import { problemMessage } from '@telemed/web-shared/i18n';
import { decideProposal, endMonitoring, readProblem } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import { outreachActions } from '$lib/server/outreach';
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
  const patient = locals.api.monitoring.patients[':id'];
  const param = { id: params.id };
  const [history, monitoring, assistants] = await Promise.all([
    loadHistory(locals.api, params.id),
    patient.enrolment.$get({ param }).then(unwrap),
    locals.api.monitoring.assistants.$get().then(unwrap),
  ]);
  // A titration protocol and the home-measurement series (outreach) belong to an active monitoring: they are
  // attached and set here (the treating doctor may set the series, like the assistant).
  const [titration, outreach] =
    monitoring.enrolment?.status === 'active'
      ? await Promise.all([
          Promise.all([
            patient.titration.$get({ param }).then(unwrap),
            locals.api.monitoring.titration.protocols.$get().then(unwrap),
          ]).then(([plan, protocols]) => ({ ...plan, protocols: protocols.items })),
          patient.outreach.$get({ param }).then(unwrap),
        ])
      : [null, null];
  return {
    patient: history.patient,
    events: timeline(history),
    enrolment: monitoring.enrolment,
    assistants: assistants.items,
    titration,
    outreach,
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
  titration: async ({ locals, request, params }) => {
    const form = await request.formData();
    const response = await locals.api.monitoring.patients[':id'].titration.$put({
      param: { id: params.id },
      json: { protocolCode: String(form.get('protocolCode') ?? ''), step: Number(form.get('step')) },
    });
    if (response.status === 200) return { titrationSaved: true };
    const problem = await readProblem(response);
    return fail(problem.status, { titrationProblem: problemMessage(problem, locals.locale) });
  },
  schedule: outreachActions.schedule,
  end: async ({ locals, params }) => {
    const outcome = await endMonitoring(locals.api, params.id, locals.locale);
    return outcome.ok ? { done: outcome.done } : failed(outcome);
  },
};
