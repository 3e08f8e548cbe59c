import { error } from '@sveltejs/kit';
import { documentResponse, statusForApiProblem } from '@telemed/web-shared/server';
import { requireRole } from '$lib/server/roles';
import { auditFilterFrom } from '$lib/server/audit-filter';
import type { RequestHandler } from './$types';

/** The audit-log CSV for the page's current filter, passed on as a download (the api audits the export). */
export const GET: RequestHandler = async ({ locals, url }) => {
  requireRole(locals.user, ['admin']);
  const { outcome, ...filter } = auditFilterFrom(url.searchParams);
  const response = await locals.api.admin['audit-events.csv'].$get({
    query: { ...filter, ...(outcome === 'allowed' || outcome === 'denied' ? { outcome } : {}) },
  });
  if (response.status !== 200) error(statusForApiProblem(response.status));
  return documentResponse(response, { disposition: 'attachment' });
};
