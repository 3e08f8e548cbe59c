import type { Queue } from 'bull';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { labLocations } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { enqueueOrder } from './dispatch.js';
import { moveOrder, type LabOrderStatus } from './order-state.js';

/** What a move needs of an order: its id, and its status to explain a refusal. */
type Order = { id: string; status: LabOrderStatus };

const refused = (order: Order, detail: string, code: 'lab.order_status' | 'lab.order_not_cancellable') =>
  new ProblemError(409, detail, { code, params: { status: order.status } });

/** The patient picks a collection point: the order is confirmed and its dispatch job queued, together. */
export async function confirmOrder(
  db: Db,
  queue: Queue,
  order: Order,
  input: { locationId: string; accountId: string },
) {
  const [location] = await db
    .select({ id: labLocations.id })
    .from(labLocations)
    .where(eq(labLocations.id, input.locationId));
  if (!location) {
    throw new ProblemError(400, 'Choose a collection point from the list.', {
      code: 'lab.unknown_location',
      errors: [{ path: 'locationId', message: 'Unknown location' }],
    });
  }
  // The confirmation and its dispatch job commit together (the job goes through the outbox).
  await db.transaction(async (tx) => {
    const moved = await moveOrder(tx, order.id, 'confirmed', {
      locationId: input.locationId,
      confirmedByAccountId: input.accountId,
      confirmedAt: sql`now()`,
    });
    if (!moved) throw refused(order, `The order is already ${order.status}.`, 'lab.order_status');
    await enqueueOrder(tx, queue, order.id);
  });
}

/** The patient cancels an order the lab has not been sent yet. */
export async function cancelOrder(db: Db, order: Order) {
  if (!(await moveOrder(db, order.id, 'cancelled'))) {
    throw refused(
      order,
      `The order is ${order.status}: only orders not yet sent to the lab can be cancelled.`,
      'lab.order_not_cancellable',
    );
  }
}
