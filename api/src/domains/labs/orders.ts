import type { Queue } from 'bull';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { labLocations } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { enqueueOrder } from './dispatch.js';
import { currentStatus, moveOrder, type LabOrderStatus } from './order-state.js';

/** What a move needs of an order: its id, and the status it was read with. */
type Order = { id: string; status: LabOrderStatus };

/**
 * A refused move, explained by the order's status as it is now: a move that lost a race (the job sent it, the
 * patient cancelled it) was refused for the status that won, not the one read before.
 */
async function refused(
  db: Db | Tx,
  order: Order,
  detail: (status: LabOrderStatus) => string,
  code: 'lab.order_status' | 'lab.order_not_cancellable',
) {
  const status = (await currentStatus(db, order.id)) ?? order.status;
  return new ProblemError(409, detail(status), { code, params: { status } });
}

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
    if (!moved)
      throw await refused(tx, order, (status) => `The order is already ${status}.`, 'lab.order_status');
    await enqueueOrder(tx, queue, order.id);
  });
}

/** The patient cancels an order the lab has not been sent yet. */
export async function cancelOrder(db: Db, order: Order) {
  if (!(await moveOrder(db, order.id, 'cancelled'))) {
    throw await refused(
      db,
      order,
      (status) => `The order is ${status}: only orders not yet sent to the lab can be cancelled.`,
      'lab.order_not_cancellable',
    );
  }
}
