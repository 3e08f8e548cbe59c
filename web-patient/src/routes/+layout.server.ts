import { isMonitored } from '$lib/server/monitoring';
import { notificationSummary } from '$lib/server/notifications';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
  const [monitoring, notifications] = locals.user
    ? await Promise.all([isMonitored(locals.api), notificationSummary(locals.api)])
    : [false, { unread: 0, latestLabResult: null }];
  return {
    locale: locals.locale,
    // The user's own account data; the CSRF token stays on the server.
    user: locals.user,
    // The blood-pressure section is shown only to families with someone enrolled in monitoring.
    monitoring,
    // The tab bar's unread badge, and what the results pages compare their polls with.
    notifications,
  };
};
