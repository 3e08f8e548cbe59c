import { readResult } from '@telemed/web-shared/server';
import { problemMessage } from '@telemed/web-shared/i18n';
import { auditFilterFrom } from '$lib/server/audit-filter';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const filter = auditFilterFrom(url.searchParams);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const { outcome, ...rest } = filter;
  const response = await locals.api.admin['audit-events'].$get({
    query: {
      ...rest,
      ...(outcome === 'allowed' || outcome === 'denied' ? { outcome } : {}),
      ...(cursor ? { cursor } : {}),
      limit: '50',
    },
  });
  const result = await readResult(response);
  // A filter the api refused (an impossible date, an old cursor) is the form's message, not an error page.
  if (!result.ok) {
    return {
      filter,
      cursor,
      items: [],
      nextCursor: null,
      message: problemMessage(result.problem, locals.locale),
    };
  }
  return { filter, cursor, ...result.data, message: null };
};
