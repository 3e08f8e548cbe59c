import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  accounts,
  monitoringEnrolments,
  patients,
  practitioners,
  titrationPlans,
} from '../db/schema/index.js';
import { evaluatePatient } from '../domains/monitoring/evaluation.js';
import { storeReadings } from '../domains/monitoring/readings.js';
import { seedHypertensionConsultation } from './past-consultations.js';

const DAY = 86_400_000;
export const TITRATION_DEMO_PATIENT = 'pavel.orlov@demo.telemed';
/** On step 1 (interval 14 days) for 15 days, measuring morning and evening around 150/92. */
const STEP_DAYS = 15;

async function idsOf(db: Tx, email: string) {
  const [row] = await db
    .select({ accountId: accounts.id, patientId: patients.id, practitionerId: practitioners.id })
    .from(accounts)
    .leftJoin(patients, eq(patients.accountId, accounts.id))
    .leftJoin(practitioners, eq(practitioners.accountId, accounts.id))
    .where(eq(accounts.email, email));
  return row!;
}

/**
 * Pavel Orlov: enrolled by Dr Smirnova with nurse Orlova after a hypertension consultation, on step 1 of the
 * ACEi + CCB protocol for 15 days and still above his 135/85 target, so the evaluation proposes step 2.
 */
export async function seedTitration(db: Tx, today: Date) {
  const doctor = await idsOf(db, 'dr.smirnova@demo.telemed');
  const nurse = await idsOf(db, 'nurse.orlova@demo.telemed');
  const patient = await idsOf(db, TITRATION_DEMO_PATIENT);
  const enrolledAt = new Date(today.getTime() - (STEP_DAYS + 1) * DAY);
  await seedHypertensionConsultation(db, {
    patientId: patient.patientId!,
    practitionerId: doctor.practitionerId!,
    doctorAccountId: doctor.accountId,
    bookedByAccountId: patient.accountId,
    endsAt: enrolledAt,
  });
  const [enrolment] = await db
    .insert(monitoringEnrolments)
    .values({
      patientId: patient.patientId!,
      assistantId: nurse.practitionerId!,
      status: 'active',
      enrolledByAccountId: doctor.accountId,
      decidedByAccountId: doctor.accountId,
      decidedAt: enrolledAt,
      createdAt: enrolledAt,
      // Home-measurement equivalent of the ESC/ESH 2023 office target (as seed/monitoring.ts).
      targetSystolic: 135,
      targetDiastolic: 85,
    })
    .returning();
  await db.insert(titrationPlans).values({
    patientId: patient.patientId!,
    enrolmentId: enrolment!.id,
    protocolCode: 'acei-ccb-thiazide',
    step: 1,
    stepSince: new Date(today.getTime() - STEP_DAYS * DAY),
    attachedByAccountId: doctor.accountId,
    createdAt: enrolledAt,
  });
  const readings = [];
  for (let day = STEP_DAYS; day >= 1; day--) {
    for (const [h, sys, dia] of [
      [4, 151 + (day % 3), 92],
      [18, 147 + (day % 4), 90],
    ] as const) {
      const measuredAt = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - day, h, 30),
      );
      readings.push({ measuredAt, systolic: sys, diastolic: dia, pulse: 72, arm: 'left' as const });
    }
  }
  await storeReadings(db, patient.patientId!, readings, 'manual', null);
  await evaluatePatient(db, null, patient.patientId!, today);
}
