import { asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { labLocations, labOrders, labReports, practitioners } from '../../db/schema/index.js';
import { testNames } from './analytes.js';

type Location = typeof labLocations.$inferSelect;

export const toLocation = (l: Location) => ({
  id: l.id,
  partner: l.partner,
  name: l.name,
  address: l.address,
  city: l.city,
  hours: l.hours,
  latitude: l.latitude,
  longitude: l.longitude,
});

export function listLocations(db: Db) {
  return db.select().from(labLocations).orderBy(asc(labLocations.city), asc(labLocations.name));
}

/** Lab orders, newest first, with test names, the chosen location and the report once there. */
export async function listOrders(db: Db, where: SQL) {
  const rows = await db
    .select({
      order: labOrders,
      location: labLocations,
      reportId: labReports.id,
      doctorName: practitioners.fullName,
    })
    .from(labOrders)
    .leftJoin(labLocations, eq(labLocations.id, labOrders.locationId))
    .leftJoin(labReports, eq(labReports.orderId, labOrders.id))
    .leftJoin(practitioners, eq(practitioners.id, labOrders.orderedByPractitionerId))
    .where(where)
    .orderBy(desc(labOrders.createdAt));
  return rows.map(({ order, location, reportId, doctorName }) => ({
    id: order.id,
    patientId: order.patientId,
    conclusionId: order.conclusionId,
    status: order.status,
    tests: testNames(order.testCodes),
    location: location ? toLocation(location) : null,
    orderedBy:
      order.orderedByPractitionerId && doctorName
        ? { id: order.orderedByPractitionerId, fullName: doctorName }
        : null,
    externalId: order.externalId,
    reportId: reportId ?? null,
    createdAt: order.createdAt.toISOString(),
    confirmedAt: order.confirmedAt?.toISOString() ?? null,
    sentAt: order.sentAt?.toISOString() ?? null,
    resultedAt: order.resultedAt?.toISOString() ?? null,
  }));
}

export const patientOrders = (db: Db, patientId: string) =>
  listOrders(db, eq(labOrders.patientId, patientId));

export async function findOrder(db: Db, id: string) {
  const [row] = await listOrders(db, eq(labOrders.id, id));
  return row ?? null;
}
