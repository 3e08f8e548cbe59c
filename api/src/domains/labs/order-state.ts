import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.js';
import { labOrders, type labOrderStatusEnum } from '../../db/schema/index.js';

export type LabOrderStatus = (typeof labOrderStatusEnum.enumValues)[number];

/**
 * A lab order's life: the doctor prescribes it, the patient confirms a collection point (or cancels), a job
 * sends it and the lab accepts it, results arrive. A fast lab may report before its acceptance is recorded,
 * so results may follow `confirmed`; a corrected report arrives on a `resulted` order. Nothing leaves
 * `cancelled`. Every move is one conditional UPDATE on the allowed sources, so a race loses cleanly.
 */
export const LAB_ORDER_MOVES: Record<LabOrderStatus, readonly LabOrderStatus[]> = {
  prescribed: ['confirmed', 'cancelled'],
  confirmed: ['sent', 'resulted', 'cancelled'],
  sent: ['resulted'],
  resulted: ['resulted'],
  cancelled: [],
};

/** The states an order may reach `to` from. */
export const sourcesOf = (to: LabOrderStatus) =>
  (Object.keys(LAB_ORDER_MOVES) as LabOrderStatus[]).filter((from) => LAB_ORDER_MOVES[from].includes(to));

/** Moves the order to `to` with `set`; null when its status does not allow the move (any more). */
export async function moveOrder(
  db: Db | Tx,
  orderId: string,
  to: LabOrderStatus,
  set: Omit<PgUpdateSetSource<typeof labOrders>, 'status'> = {},
) {
  const [row] = await db
    .update(labOrders)
    .set({ ...set, status: to })
    .where(and(eq(labOrders.id, orderId), inArray(labOrders.status, sourcesOf(to))))
    .returning({ id: labOrders.id, status: labOrders.status });
  return row ?? null;
}

/**
 * Records the lab's id of an order the lab has reported on already (a fast lab's results came before its
 * acceptance was recorded): the order stays `resulted`. Null when the order is not resulted.
 */
export async function recordLabId(db: Db | Tx, orderId: string, externalId: string) {
  const [row] = await db
    .update(labOrders)
    .set({ externalId, sentAt: sql`now()` })
    .where(and(eq(labOrders.id, orderId), eq(labOrders.status, 'resulted')))
    .returning({ id: labOrders.id, status: labOrders.status });
  return row ?? null;
}

/** The order's status now, for a refusal that names it (the status read before a lost race is stale). */
export async function currentStatus(db: Db | Tx, orderId: string) {
  const [row] = await db
    .select({ status: labOrders.status })
    .from(labOrders)
    .where(eq(labOrders.id, orderId));
  return row?.status ?? null;
}
