import { createHash } from 'node:crypto';
import type { Queue } from 'bull';
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { guaranteeLetterDeliveries } from '../../db/schema/index.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { Logger } from '../../logger.js';
import { renderLetterPdf } from './pdf.js';
import { findLetter, letterDetail } from './queries.js';

/**
 * Hands an approved letter to its clinic (e-mail, the clinic's EDI, a portal…). Sending the same letter twice
 * must not matter to the clinic: a real adapter passes the letter number as its idempotency key.
 */
export interface ClinicLetterAdapter {
  readonly name: string;
  deliver(letter: { number: string; clinicId: string; pdf: Buffer }): Promise<{ externalId: string }>;
}

/** The demo: no clinic system to call; the delivery row written by `deliverLetter` is the record. */
export class DemoClinicLetterAdapter implements ClinicLetterAdapter {
  readonly name = 'demo';
  async deliver(letter: { number: string; pdf: Buffer }) {
    const digest = createHash('sha256').update(letter.pdf).digest('hex').slice(0, 16);
    return { externalId: `demo:${letter.number}:${digest}` };
  }
}

const deliveryJobSchema = z.object({ letterId: z.uuid() });

/** One job per letter (its id names the job), recorded in the approving transaction through the outbox. */
export async function enqueueDelivery(db: Db | Tx, queue: Queue, letterId: string) {
  await enqueueJob(db, queue, { letterId }, { jobId: `guarantee-letter:${letterId}` });
}

/**
 * Sends one approved letter to its clinic and records it once. Safe to run again: a letter already delivered
 * (or no longer approved) is left alone; a failed delivery is retried by bull.
 */
export async function deliverLetter(db: Db, adapter: ClinicLetterAdapter, log: Logger, raw: unknown) {
  const { letterId } = deliveryJobSchema.parse(raw);
  const letter = await findLetter(db, letterId);
  if (!letter || letter.status !== 'approved' || !letter.number) return { status: 'skipped' as const };
  const [already] = await db
    .select({ id: guaranteeLetterDeliveries.letterId })
    .from(guaranteeLetterDeliveries)
    .where(eq(guaranteeLetterDeliveries.letterId, letterId));
  if (already) return { status: 'already-delivered' as const };
  // The clinic gets the Russian letter.
  const pdf = await renderLetterPdf(await letterDetail(db, letter, 'coordinator'), 'ru');
  const { externalId } = await adapter.deliver({ number: letter.number, clinicId: letter.clinicId, pdf });
  await db
    .insert(guaranteeLetterDeliveries)
    .values({ letterId, clinicId: letter.clinicId, adapter: adapter.name, externalId })
    .onConflictDoNothing();
  log.info({ letterId, externalId }, 'guarantee letter delivered');
  return { status: 'delivered' as const, externalId };
}

/** The letters' background work: delivering approved letters to clinics. */
export function processGuaranteeLetters(queue: Queue, db: Db, log: Logger) {
  const adapter = new DemoClinicLetterAdapter();
  void queue.process((job) => deliverLetter(db, adapter, log, job.data));
}
