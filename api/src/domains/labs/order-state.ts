import { and, eq, inArray } from 'drizzle-orm';
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
    .returning();
  return row ?? null;
}
