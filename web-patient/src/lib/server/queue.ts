import type { ApiClient } from '@telemed/web-shared/server';
import { queueState } from '$lib/server/booking-forms';
import { unwrap } from './api';

/** An urgent request's place in the queue, and where it stands (waiting, doctor ready, left, closed). */
export async function loadQueueStatus(api: ApiClient, id: string) {
  const status = await api['urgent-queue'][':id'].$get({ param: { id } }).then(unwrap);
  return { ...status, state: queueState(status), checkedAt: new Date().toISOString() };
}

export type QueueView = Awaited<ReturnType<typeof loadQueueStatus>>;
