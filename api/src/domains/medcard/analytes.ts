import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { labObservations } from '../../db/schema/index.js';
import { currentObservation } from '../labs/versions.js';

const toPoint = (o: typeof labObservations.$inferSelect) => ({
  reportId: o.reportId,
  value: o.value,
  unit: o.unit,
  flag: o.flag,
  referenceLow: o.referenceLow,
  referenceHigh: o.referenceHigh,
  effectiveAt: o.effectiveAt.toISOString(),
});

/** Every analyte the patient has values for, with its latest value and how many there are. */
export async function analytesWithValues(db: Db, patientId: string) {
  const latest = await db
    .selectDistinctOn([labObservations.loinc])
    .from(labObservations)
    .where(and(eq(labObservations.patientId, patientId), currentObservation))
    .orderBy(labObservations.loinc, desc(labObservations.effectiveAt));
  const counts = await db
    .select({ loinc: labObservations.loinc, n: sql<number>`count(*)::int` })
    .from(labObservations)
    .where(and(eq(labObservations.patientId, patientId), currentObservation))
    .groupBy(labObservations.loinc);
  return latest
    .map((o) => ({
      loinc: o.loinc,
      name: o.name,
      count: counts.find((c) => c.loinc === o.loinc)?.n ?? 1,
      latest: toPoint(o),
    }))
    .sort((a, b) => a.name.en.localeCompare(b.name.en));
}

/** One analyte's values over time, oldest first (the order a chart draws them). */
export async function analyteSeries(db: Db, patientId: string, loinc: string) {
  const rows = await db
    .select()
    .from(labObservations)
    .where(
      and(eq(labObservations.patientId, patientId), eq(labObservations.loinc, loinc), currentObservation),
    )
    .orderBy(asc(labObservations.effectiveAt));
  const last = rows.at(-1);
  if (!last) return null;
  return { loinc, name: last.name, unit: last.unit, points: rows.map(toPoint) };
}
