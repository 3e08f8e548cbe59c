import { error } from '@sveltejs/kit';
import { isUuid } from '@telemed/web-shared/server';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

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
  return { patient: history.patient, events: timeline(history) };
};
