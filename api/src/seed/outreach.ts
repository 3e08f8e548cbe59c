import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  accounts,
  insurancePolicies,
  insuranceProgrammes,
  measurementSchedules,
  monitoringEnrolments,
  patients,
  practitioners,
} from '../db/schema/index.js';
import { syncSeriesTask } from '../domains/monitoring/outreach/jobs.js';
import {
  addDays,
  DEFAULT_SERIES,
  moscowDate,
  moscowDayStart,
} from '../domains/monitoring/outreach/series.js';
import { progressOf } from '../domains/monitoring/outreach/store.js';
import { storeReadings } from '../domains/monitoring/readings.js';
import { seedHypertensionConsultation } from './past-consultations.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Her own demo patient: the outreach journey changes her series, so no other test reads her. */
export const OUTREACH_DEMO_PATIENT = 'lidia.markova@demo.telemed';

async function idsOf(db: Tx, email: string) {
  const [row] = await db
    .select({ accountId: accounts.id, practitionerId: practitioners.id })
    .from(accounts)
    .leftJoin(practitioners, eq(practitioners.accountId, accounts.id))
    .where(eq(accounts.email, email));
  return row!;
}

/**
 * Lidia Markova: enrolled by Dr Smirnova with nurse Orlova, in the fourth day of a 7-day home series (ESH 2023
 * defaults): the first day complete, the second with one reading, the third (yesterday) without any — two
 * missed days, so nurse Orlova's worklist shows "series incomplete".
 */
export async function seedOutreach(db: Tx, passwordHash: string, today: Date) {
  const doctor = await idsOf(db, 'dr.smirnova@demo.telemed');
  const nurse = await idsOf(db, 'nurse.orlova@demo.telemed');
  const name = { ru: 'Маркова Лидия Сергеевна', en: 'Lidia Markova' };
  const [account] = await db
    .insert(accounts)
    .values({ role: 'patient', email: OUTREACH_DEMO_PATIENT, passwordHash, displayName: name, locale: 'ru' })
    .returning({ id: accounts.id });
  const [patient] = await db
    .insert(patients)
    .values({
      accountId: account!.id,
      fullName: name,
      birthDate: '1958-03-21',
      sex: 'female',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  const patientId = patient!.id;
  const [programme] = await db
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-full'));
  const year = today.getUTCFullYear();
  await db.insert(insurancePolicies).values({
    patientId,
    programmeId: programme!.id,
    number: `DMS-${year}-${patientId.slice(0, 8).toUpperCase()}`,
    insurer: 'Telemed Insurance',
    validFrom: `${year}-01-01`,
    validTo: `${year + 1}-12-31`,
  });
  const enrolledAt = new Date(today.getTime() - 10 * DAY);
  await seedHypertensionConsultation(db, {
    patientId,
    practitionerId: doctor.practitionerId!,
    doctorAccountId: doctor.accountId,
    bookedByAccountId: account!.id,
    endsAt: enrolledAt,
  });
  await db.insert(monitoringEnrolments).values({
    patientId,
    assistantId: nurse.practitionerId!,
    status: 'active',
    enrolledByAccountId: doctor.accountId,
    decidedByAccountId: doctor.accountId,
    decidedAt: enrolledAt,
    createdAt: enrolledAt,
    // Home-measurement equivalent of the ESC/ESH 2023 office target (as seed/monitoring.ts).
    targetSystolic: 135,
    targetDiastolic: 85,
  });
  const startDate = addDays(moscowDate(today), -3);
  const [schedule] = await db
    .insert(measurementSchedules)
    .values({ patientId, startDate, ...DEFAULT_SERIES, setByAccountId: nurse.accountId })
    .returning();
  // Day 1: both morning (08:10, 08:12 MSK) and both evening readings; day 2: one morning reading.
  const at = (day: number, hour: number, minute: number) =>
    new Date(moscowDayStart(addDays(startDate, day)).getTime() + hour * HOUR + minute * 60_000);
  const readings = [
    { measuredAt: at(0, 8, 10), systolic: 146, diastolic: 91 },
    { measuredAt: at(0, 8, 12), systolic: 143, diastolic: 90 },
    { measuredAt: at(0, 20, 10), systolic: 139, diastolic: 88 },
    { measuredAt: at(0, 20, 12), systolic: 137, diastolic: 87 },
    { measuredAt: at(1, 8, 15), systolic: 144, diastolic: 89 },
  ].map((r) => ({ ...r, pulse: 74, arm: 'left' as const }));
  await storeReadings(db, patientId, readings, 'manual', account!.id);
  await syncSeriesTask(db, schedule!, await progressOf(db, schedule!, today), today);
}
