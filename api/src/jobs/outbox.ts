import type { Queue } from 'bull';
import type { Db, Tx } from '../db/client.js';
import { outbox } from '../db/schema/index.js';

export interface OutboxJob {
  /** Names the job in bull: the relay may hand a row over twice, bull keeps one job per id. */
  jobId: string;
  /** A delayed job (a reminder) runs at this time, not before. */
  runAt?: Date;
}

let recorded = 0;
/** How many jobs this process has recorded: a write request that changed it has jobs for the relay. */
export const jobsRecorded = () => recorded;

/**
 * Records a job in the caller's transaction (or on its own when `db` is not one). Nothing talks to Redis
 * here, so a request answers as soon as its transaction commits; the relay hands the job to `queue` later.
 */
export async function enqueueJob(
  db: Db | Tx,
  queue: Queue,
  payload: Record<string, unknown>,
  job: OutboxJob,
) {
  await db.insert(outbox).values({
    queue: queue.name,
    jobId: job.jobId,
    payload,
    ...(job.runAt ? { runAt: job.runAt } : {}),
  });
  recorded++;
}
