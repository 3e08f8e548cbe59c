import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { accounts, monitoringEnrolments, patients, practitioners } from '../db/schema/index.js';
import { patientSeed } from './demo-people.js';
import { evaluatePatient } from '../domains/monitoring/evaluation.js';
import { storeReadings } from '../domains/monitoring/readings.js';
import { seedHypertensionConsultation } from './past-consultations.js';

/**
 * Four months of monitoring: past the first 3 months, so the population view (HEARTS statuses, which leave
 * a patient's first 3 months out of the control rate) has controlled and uncontrolled patients to show.
 */
const DAYS = 120;
/** Morning and evening home readings, Moscow time (UTC+3): 07:30 and 21:00. */
const TIMES_UTC = [
  { h: 4, m: 30 },
  { h: 18, m: 0 },
];

/**
 * Each enrolled demo patient's story: their usual pressure, whether they stopped measuring, and whether
 * the seed records the consultation at which the doctor decided on monitoring (`seenAtEnrolment`). A
 * doctor sees only patients she has a consultation with; Nikolai Volkov has his booked follow-up (seed.ts).
 */
const profiles: Record<
  string,
  { sys: number; dia: number; pulse: number; stoppedDaysAgo: number; seenAtEnrolment: boolean }
> = {
  // Controlled on treatment.
  'nikolai.volkov@demo.telemed': { sys: 126, dia: 78, pulse: 68, stoppedDaysAgo: 0, seenAtEnrolment: false },
  // Above target: the 7-day average raises a "high average" alert.
  'galina.ivanova@demo.telemed': { sys: 147, dia: 89, pulse: 74, stoppedDaysAgo: 0, seenAtEnrolment: true },
  // Stopped measuring five days ago: an adherence alert.
  'sergey.kozlov@demo.telemed': { sys: 131, dia: 82, pulse: 71, stoppedDaysAgo: 5, seenAtEnrolment: true },
};

/** A small deterministic generator, so every seeded demo shows the same charts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Whose clinical decision put the demo patients under monitoring: the therapist who treats them. */
const ENROLLING_DOCTOR = 'dr.smirnova@demo.telemed';

async function accountIdOf(db: Db, email: string) {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  return row!.id;
}

/**
 * Enrols the demo's monitored patients (`monitoredBy` in demo-people.ts) as the doctor's decision of four months
 * ago, then seeds their home readings since and the alerts the rules raise from them.
 */
export async function seedMonitoring(db: Tx, today: Date) {
  const doctorAccountId = await accountIdOf(db, ENROLLING_DOCTOR);
  const [doctor] = await db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.accountId, doctorAccountId));
  const decidedAt = new Date(today.getTime() - (DAYS + 1) * 86_400_000);
  const enrolled: { patientId: string; email: string }[] = [];
  for (const p of patientSeed) {
    if (!p.monitoredBy) continue;
    const [patient] = await db
      .select({ id: patients.id, accountId: patients.accountId })
      .from(patients)
      .innerJoin(accounts, eq(accounts.id, patients.accountId))
      .where(eq(accounts.email, p.email));
    const [assistant] = await db
      .select({ id: practitioners.id })
      .from(practitioners)
      .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
      .where(eq(accounts.email, p.monitoredBy));
    await db.insert(monitoringEnrolments).values({
      patientId: patient!.id,
      assistantId: assistant!.id,
      status: 'active',
      enrolledByAccountId: doctorAccountId,
      decidedByAccountId: doctorAccountId,
      decidedAt,
      createdAt: decidedAt,
      // ESC/ESH 2023 hypertension guideline: office target < 130/80 for most treated patients under 65,
      // < 140/80 from 65; the demo uses 135/85 as the home-measurement equivalent.
      targetSystolic: 135,
      targetDiastolic: 85,
      note: null,
    });
    // The enrolling therapist saw the patient, unless a profile says otherwise (no profile: no readings yet).
    if (profiles[p.email]?.seenAtEnrolment ?? true) {
      await seedHypertensionConsultation(db, {
        patientId: patient!.id,
        practitionerId: doctor!.id,
        doctorAccountId,
        bookedByAccountId: patient!.accountId!,
        endsAt: decidedAt,
      });
    }
    enrolled.push({ patientId: patient!.id, email: p.email });
  }
  let seed = 7;
  for (const { patientId, email } of enrolled) {
    const profile = profiles[email];
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
