import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { clinics } from '../../db/schema/index.js';
import { fieldProblem } from '../../http/problem.js';

/** The regions the network has clinics in (region codes such as `moscow`): the ones a programme may serve. */
export async function networkRegions(db: Db) {
  const rows = await db.selectDistinct({ region: clinics.region }).from(clinics).orderBy(asc(clinics.region));
  return rows.map((r) => r.region);
}

/** Refuses a programme region the network has no clinic in (a typo, or a name instead of a code). */
export async function checkProgrammeRegions(db: Db, regions: string[]) {
  const known = await networkRegions(db);
  const unknown = regions.find((region) => !known.includes(region));
  if (unknown === undefined) return;
  throw fieldProblem(
    'regions',
    `The network has no clinic in the region "${unknown}" (known: ${known.join(', ')}).`,
    'admin.unknown_region',
    { region: unknown },
  );
}
