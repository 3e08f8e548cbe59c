import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { labLocations, labObservations, labOrders, labReports } from '../../db/schema/index.js';
import { findLabTest } from '../catalogue/lab-tests.js';
import { observationView, testNames } from '../labs/analytes.js';

/** One lab report of the patient with its values, as the card shows it. */
export async function patientLabReport(db: Db, patientId: string, reportId: string) {
  const [row] = await db
    .select({ r: labReports, order: labOrders, locationName: labLocations.name })
    .from(labReports)
    .innerJoin(labOrders, eq(labOrders.id, labReports.orderId))
    .leftJoin(labLocations, eq(labLocations.id, labOrders.locationId))
    .where(and(eq(labReports.id, reportId), eq(labReports.patientId, patientId)));
  if (!row) return null;
  const observations = await db
    .select()
    .from(labObservations)
    .where(eq(labObservations.reportId, reportId))
    .orderBy(asc(labObservations.loinc));
  // Both neighbours in the chain of versions: the original stays visible beside its correction.
  const version = { id: labReports.id, issuedAt: labReports.issuedAt };
  const [amends] = row.r.amendsReportId
    ? await db.select(version).from(labReports).where(eq(labReports.id, row.r.amendsReportId))
    : [];
  const [correctedBy] = await db
    .select(version)
    .from(labReports)
    .where(eq(labReports.amendsReportId, reportId));
  const asVersion = (v: { id: string; issuedAt: Date } | undefined) =>
    v ? { id: v.id, issuedAt: v.issuedAt.toISOString() } : null;
  const order = testNames(row.order.testCodes);
  // The lab's form order: panel by panel, analytes as the catalogue lists them.
  const position = row.order.testCodes
    .flatMap((code) => findLabTest(code)?.analytes ?? [])
    .map((a) => a.loinc);
  const rank = (loinc: string) => (position.includes(loinc) ? position.indexOf(loinc) : position.length);
  observations.sort((a, b) => rank(a.loinc) - rank(b.loinc));
  return {
    id: row.r.id,
    patientId,
    orderId: row.order.id,
    externalId: row.r.externalId,
    issuedAt: row.r.issuedAt.toISOString(),
    tests: order,
    location: row.locationName,
    status: row.r.status,
    amends: asVersion(amends),
    correctedBy: asVersion(correctedBy),
    observations: observations.map(observationView),
  };
}
