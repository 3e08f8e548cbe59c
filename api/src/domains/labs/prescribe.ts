import type { Db, Tx } from '../../db/client.js';
import { labOrders } from '../../db/schema/index.js';

/**
 * A doctor's prescription of lab tests: an order the patient confirms at a lab location (routes.ts). One
 * way in for a conclusion's tests and a titration step's lab checks; null when there is nothing to order.
 */
export async function prescribeLabOrder(
  db: Db | Tx,
  values: {
    patientId: string;
    conclusionId?: string | null;
    practitionerId: string | null;
    testCodes: string[];
  },
) {
  if (!values.testCodes.length) return null;
  const [order] = await db
    .insert(labOrders)
    .values({
      patientId: values.patientId,
      conclusionId: values.conclusionId ?? null,
      orderedByPractitionerId: values.practitionerId,
      testCodes: values.testCodes,
      status: 'prescribed',
    })
    .returning();
  return order!;
}
