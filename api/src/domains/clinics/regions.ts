import { and, eq, lte, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { insurancePolicies, insuranceProgrammes, patientRegions } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { platformToday } from './queries.js';

/** The day after `today` (`YYYY-MM-DD`). */
export const nextDay = (today: string) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The regions the patient's programmes in force serve, in order. */
async function programmeRegions(db: Db, patientId: string, today: string) {
  const rows = await db
    .select({ regions: insuranceProgrammes.regions })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(
      and(
        eq(insurancePolicies.patientId, patientId),
        lte(insurancePolicies.validFrom, today),
        sql`${insurancePolicies.validTo} >= ${today}`,
      ),
    );
  return [...new Set(rows.flatMap((r) => r.regions))];
}

/**
 * The member's region choice: what their programmes serve, what they chose (each from its `activeFrom`), and the
 * regions in effect today (the active choice, or all of the programmes' regions when nothing chosen is active).
 */
export async function regionChoice(db: Db, patientId: string, today = platformToday()) {
  const available = await programmeRegions(db, patientId, today);
  const chosen = await db
    .select({ region: patientRegions.region, activeFrom: patientRegions.activeFrom })
    .from(patientRegions)
    .where(eq(patientRegions.patientId, patientId))
    .orderBy(patientRegions.region);
  const active = chosen
    .filter((c) => c.activeFrom <= today && available.includes(c.region))
    .map((c) => c.region);
  return { available, chosen, inEffect: active.length > 0 ? active : available };
}

/**
 * Replaces the member's choice. A newly added region applies from the next day (the programme's rule for
 * regional policies: the insurer's clinics need the day to see the member); a region kept keeps its date; a
 * region dropped stops at once.
 */
export async function chooseRegions(db: Db, patientId: string, regions: string[], today = platformToday()) {
  const available = await programmeRegions(db, patientId, today);
  const outside = regions.find((r) => !available.includes(r));
  if (outside !== undefined)
    throw new ProblemError(400, `The patient's programme does not serve the region ${outside}.`, {
      code: 'clinics.region_not_in_programme',
      params: { region: outside },
    });
  await db.transaction(async (tx) => {
    await tx
      .delete(patientRegions)
      .where(
        regions.length > 0
          ? and(eq(patientRegions.patientId, patientId), notInArray(patientRegions.region, regions))
          : eq(patientRegions.patientId, patientId),
      );
    if (regions.length > 0)
      await tx
        .insert(patientRegions)
        .values(regions.map((region) => ({ patientId, region, activeFrom: nextDay(today) })))
        .onConflictDoNothing();
  });
  return regionChoice(db, patientId, today);
}
