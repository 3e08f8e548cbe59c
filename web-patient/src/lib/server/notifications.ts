import type { ApiClient } from '@telemed/web-shared/server';

export interface NotificationSummary {
  unread: number;
  /** The newest "results are ready" notification: when it changes, a new lab result has arrived. */
  latestLabResult: string | null;
}

/**
 * The tab bar's unread count and the marker the card pages watch for new results. Asked on every layout load
 * and polled by those pages, so a failure only hides the badge.
 */
export async function notificationSummary(api: ApiClient): Promise<NotificationSummary> {
  const response = await api.notifications.$get().catch(() => null);
  if (response?.status !== 200) return { unread: 0, latestLabResult: null };
  const { items, unread } = await response.json();
  return { unread, latestLabResult: items.find((n) => n.kind === 'lab_result')?.id ?? null };
}
