import Bull from 'bull';
import type { Queue } from 'bull';

/** Every background queue, named once; processors live in their domain folder. */
export interface Queues {
  notifications: Queue;
  reminders: Queue;
  /** Blood-pressure alert evaluation: one job per reading batch, and a daily sweep. */
  monitoring: Queue;
  /** Sends confirmed lab orders to the partner lab through its adapter. */
  labOrders: Queue;
  /** The built-in demo lab's own work: one delayed job per order that produces its results. */
  demoLab: Queue;
  /** Delivers approved guarantee letters to clinics through their adapter. */
  guaranteeLetters: Queue;
  /** Home-measurement series: reminders, missed-day follow-ups and worklist tasks (monitoring/outreach). */
  outreach: Queue;
}

export const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: 1_000,
  removeOnFail: 5_000,
} as const;

/** `prefix` isolates queue keys, e.g. one namespace per test file on a shared Redis. */
export function createQueues(redisUrl: string, prefix = 'bull'): Queues {
  return {
    notifications: new Bull('notifications', redisUrl, { defaultJobOptions, prefix }),
    reminders: new Bull('reminders', redisUrl, { defaultJobOptions, prefix }),
    monitoring: new Bull('monitoring', redisUrl, { defaultJobOptions, prefix }),
    labOrders: new Bull('lab-orders', redisUrl, { defaultJobOptions, prefix }),
    demoLab: new Bull('demo-lab', redisUrl, { defaultJobOptions, prefix }),
    guaranteeLetters: new Bull('guarantee-letters', redisUrl, { defaultJobOptions, prefix }),
    outreach: new Bull('outreach', redisUrl, { defaultJobOptions, prefix }),
  };
}

export async function closeQueues(queues: Queues) {
  await Promise.all(Object.values(queues).map((q: Queue) => q.close()));
}
