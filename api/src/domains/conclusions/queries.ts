import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  appointments,
  careRequests,
  clinics,
  conclusions,
  patients,
  practitioners,
  specialties,
} from '../../db/schema/index.js';

export type Conclusion = typeof conclusions.$inferSelect;

export async function findConclusion(db: Db | Tx, id: string) {
  const [row] = await db.select().from(conclusions).where(eq(conclusions.id, id));
  return row ?? null;
}

/** Every version of one consultation's conclusion, oldest first. */
export function conclusionVersions(db: Db | Tx, appointmentId: string) {
  return db
    .select()
    .from(conclusions)
    .where(eq(conclusions.appointmentId, appointmentId))
    .orderBy(asc(conclusions.version));
}

/** Who, where and when around a conclusion: what a view and the PDF print next to its content. */
export async function conclusionContext(db: Db, row: Conclusion) {
  const [context] = await db
    .select({
      appointmentStartsAt: appointments.startsAt,
      specialty: { code: specialties.code, name: specialties.name },
      patient: { id: patients.id, fullName: patients.fullName, birthDate: patients.birthDate },
      doctor: { id: practitioners.id, fullName: practitioners.fullName },
      clinicName: clinics.name,
      clinicAddress: clinics.address,
      clinicTimezone: clinics.timezone,
    })
    .from(appointments)
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(practitioners, eq(practitioners.id, row.practitionerId))
    .leftJoin(clinics, eq(clinics.id, practitioners.clinicId))
    .where(eq(appointments.id, row.appointmentId));
  if (!context) throw new Error(`conclusion ${row.id} has no appointment`);
  const { clinicName, clinicAddress, clinicTimezone, ...rest } = context;
  return {
    ...rest,
    clinic:
      clinicName && clinicAddress && clinicTimezone
        ? { name: clinicName, address: clinicAddress, timezone: clinicTimezone }
        : null,
  };
}

/** Finalised conclusions of a patient, every version, newest consultation first. */
export function finalConclusionsOf(db: Db, patientId: string) {
  return db
    .select({
      row: conclusions,
      appointmentStartsAt: appointments.startsAt,
      specialty: { code: specialties.code, name: specialties.name },
      doctor: { id: practitioners.id, fullName: practitioners.fullName },
    })
    .from(conclusions)
    .innerJoin(appointments, eq(appointments.id, conclusions.appointmentId))
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .innerJoin(practitioners, eq(practitioners.id, conclusions.practitionerId))
    .where(and(eq(conclusions.patientId, patientId), eq(conclusions.status, 'final')))
    .orderBy(desc(conclusions.finalisedAt));
}

/** Second opinions and test decodings a doctor has answered in writing, newest first. */
export function answeredRequestsOf(db: Db, patientId: string) {
  return db
    .select({
      id: careRequests.id,
      kind: careRequests.kind,
      specialty: { code: specialties.code, name: specialties.name },
      complaints: careRequests.complaints,
      answer: careRequests.answer,
      answeredAt: careRequests.answeredAt,
      doctorId: practitioners.id,
      doctorName: practitioners.fullName,
    })
    .from(careRequests)
    .innerJoin(specialties, eq(specialties.code, careRequests.specialtyCode))
    .leftJoin(practitioners, eq(practitioners.id, careRequests.assignedPractitionerId))
    .where(and(eq(careRequests.patientId, patientId), eq(careRequests.status, 'answered')))
    .orderBy(desc(careRequests.answeredAt));
}
