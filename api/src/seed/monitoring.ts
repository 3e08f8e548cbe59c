import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts, monitoringEnrolments, patients } from '../db/schema/index.js';
import { evaluatePatient } from '../domains/monitoring/evaluation.js';
import { storeReadings } from '../domains/monitoring/readings.js';

const DAYS = 28;
/** Morning and evening home readings, Moscow time (UTC+3): 07:30 and 21:00. */
const TIMES_UTC = [
  { h: 4, m: 30 },
  { h: 18, m: 0 },
];

/** Each enrolled demo patient's story: their usual pressure and whether they stopped measuring. */
const profiles: Record<string, { sys: number; dia: number; pulse: number; stoppedDaysAgo: number }> = {
  // Controlled on treatment.
  'nikolai.volkov@demo.telemed': { sys: 126, dia: 78, pulse: 68, stoppedDaysAgo: 0 },
  // Above target: the 7-day average raises a "high average" alert.
  'galina.ivanova@demo.telemed': { sys: 147, dia: 89, pulse: 74, stoppedDaysAgo: 0 },
  // Stopped measuring five days ago: an adherence alert.
  'sergey.kozlov@demo.telemed': { sys: 131, dia: 82, pulse: 71, stoppedDaysAgo: 5 },
};

/** A small deterministic generator, so every seeded demo shows the same charts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Four weeks of home readings for the enrolled demo patients, and the alerts the rules raise from them. */
export async function seedMonitoring(db: Db, today: Date) {
  const enrolled = await db
    .select({ patientId: monitoringEnrolments.patientId, email: accounts.email })
    .from(monitoringEnrolments)
    .innerJoin(patients, eq(patients.id, monitoringEnrolments.patientId))
    .innerJoin(accounts, eq(accounts.id, patients.accountId));
  let seed = 7;
  for (const { patientId, email } of enrolled) {
    const profile = profiles[email ?? ''];
    if (!profile) continue;
    const next = random(seed++);
    const jitter = (spread: number) => Math.round((next() * 2 - 1) * spread);
    const readings = [];
    for (let day = DAYS; day >= profile.stoppedDaysAgo; day--) {
      for (const { h, m } of TIMES_UTC) {
        const measuredAt = new Date(
          Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - day, h, m),
        );
        if (measuredAt >= today) continue;
        const systolic = profile.sys + jitter(7);
        readings.push({
          measuredAt,
          systolic,
          diastolic: Math.min(systolic - 25, profile.dia + jitter(4)),
          pulse: profile.pulse + jitter(6),
          arm: 'left' as const,
        });
      }
    }
    await storeReadings(db, patientId, readings, 'manual', null);
    await evaluatePatient(db, null, patientId, today);
  }
}
