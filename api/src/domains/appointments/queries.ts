import { and, asc, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appointments, patients, practitioners, specialties } from '../../db/schema/index.js';

/** Appointments with the names a list needs, filtered by the caller's scope. */
export async function listAppointments(db: Db, where: SQL | undefined, limit = 100) {
  const rows = await db
    .select({
      a: appointments,
      patientName: patients.fullName,
      practitionerName: practitioners.fullName,
      specialtyName: specialties.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .leftJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .where(where)
    .orderBy(asc(appointments.startsAt))
    .limit(limit);
  return rows.map(({ a, patientName, practitionerName, specialtyName }) => ({
    id: a.id,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    format: a.format,
    urgency: a.urgency,
    status: a.status,
    patient: { id: a.patientId, fullName: patientName },
    practitioner:
      a.practitionerId && practitionerName
        ? {
            id: a.practitionerId,
            fullName: practitionerName,
            specialty: { code: a.specialtyCode, name: specialtyName },
          }
        : null,
  }));
}

export const forPatients = (patientIds: string[], from: Date) =>
  and(inArray(appointments.patientId, patientIds), gte(appointments.endsAt, from));

export const forPractitioner = (practitionerId: string, from: Date) =>
  and(eq(appointments.practitionerId, practitionerId), gte(appointments.endsAt, from));
