import type { Queue } from 'bull';
import { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { labLocations, labOrders } from '../../db/schema/index.js';
import { enqueueJob } from '../../jobs/outbox.js';
import type { Logger } from '../../logger.js';
import type { LabAdapter } from './lab-adapter.js';
import { currentStatus, moveOrder, recordLabId } from './order-state.js';
import { buildServiceRequest } from './service-request.js';

const sendJobSchema = z.object({ orderId: z.uuid() });

/** One job per order: its id is the order's, so confirming twice queues it once. Goes through the outbox. */
export async function enqueueOrder(db: Db | Tx, queue: Queue, orderId: string) {
  await enqueueJob(db, queue, { orderId }, { jobId: `lab-order:${orderId}` });
}

/**
 * Sends a confirmed order to its location's lab and records the lab's id. Safe to run again: an order that
 * is no longer `confirmed` (sent, resulted, cancelled) is left alone; a failed submit is retried by bull.
 */
export async function sendOrder(db: Db, adapters: Record<string, LabAdapter>, log: Logger, raw: unknown) {
  const { orderId } = sendJobSchema.parse(raw);
  const [row] = await db
    .select({ status: labOrders.status, partner: labLocations.partner })
    .from(labOrders)
    .leftJoin(labLocations, eq(labLocations.id, labOrders.locationId))
    .where(eq(labOrders.id, orderId));
  if (!row) return { status: 'missing' as const };
  if (row.status !== 'confirmed') return { status: 'skipped' as const };
  const adapter = row.partner ? adapters[row.partner] : undefined;
  if (!adapter) throw new Error(`No lab adapter for partner ${row.partner ?? '(no location)'}`);
  const serviceRequest = await buildServiceRequest(db, orderId);
  if (!serviceRequest) return { status: 'missing' as const };
  const { externalId } = await adapter.submit(serviceRequest);
  // A fast lab may have reported already: keep `resulted`, but record the lab's id either way.
  const recorded =
    (await moveOrder(db, orderId, 'sent', { externalId, sentAt: sql`now()` })) ??
    (await recordLabId(db, orderId, externalId));
  if (!recorded) {
    // The patient cancelled while the job ran: the order stays cancelled (nothing leaves it), and the lab's id
    // is logged for whoever tells the lab.
    const status = await currentStatus(db, orderId);
    log.warn({ orderId, externalId, status }, 'lab order sent, but it is no longer confirmed');
    return { status: status === 'cancelled' ? ('cancelled' as const) : ('skipped' as const), externalId };
  }
  log.info({ orderId, externalId }, 'lab order sent');
  return { status: 'sent' as const, externalId };
}
