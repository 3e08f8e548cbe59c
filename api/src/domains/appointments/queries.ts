import { and, asc, eq, gte, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import {
  appointments,
  checkupPackages,
  clinics,
  patients,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
import { notFound } from '../../http/problem.js';
import { clinicSummaryColumns } from '../booking/in-person.js';

const listSelect = (db: Db, where: SQL | undefined, limit: number) =>
  db
    .select({
      a: appointments,
      patientName: patients.fullName,
      practitionerName: practitioners.fullName,
      specialtyName: specialties.name,
      clinic: clinicSummaryColumns,
      checkupName: checkupPackages.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .leftJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .leftJoin(clinics, eq(clinics.id, appointments.clinicId))
    .leftJoin(checkupPackages, eq(checkupPackages.code, appointments.checkupCode))
    .where(where)
    .orderBy(asc(appointments.startsAt))
    .limit(limit);

/** Appointments with the names a list needs, filtered by the caller's scope. */
export async function listAppointments(db: Db, where: SQL | undefined, limit = 100) {
  return toListItems(await listSelect(db, where, limit));
}

export type AppointmentListItem = Awaited<ReturnType<typeof listAppointments>>[number];

/** One appointment shaped as a list item (the caller has already checked access); 404 when it is gone. */
export async function findAppointmentItem(db: Db, id: string) {
  const [item] = await listAppointments(db, eq(appointments.id, id), 1);
  if (!item) throw notFound();
  return item;
}

/** A doctor's schedule from `from` on (the doctor's day, polled by their screen): a prepared query. */
export async function listPractitionerAppointments(db: Db, practitionerId: string, from: Date) {
  const query = preparedQuery(db, 'appointments_of_practitioner', () =>
    listSelect(db, forPractitioner(sql.placeholder('practitionerId'), sql.placeholder('from')), 100),
  );
  // A placeholder is not encoded by its column: the time goes as text.
  return toListItems(await query.execute({ practitionerId, from: from.toISOString() }));
}

function toListItems(rows: Awaited<ReturnType<typeof listSelect>>) {
  return rows.map(({ a, patientName, practitionerName, specialtyName, clinic, checkupName }) => ({
    id: a.id,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    format: a.format,
    urgency: a.urgency,
    status: a.status,
    patient: { id: a.patientId, fullName: patientName },
    reason: a.reason,
    practitioner:
      a.practitionerId && practitionerName
        ? {
            id: a.practitionerId,
            fullName: practitionerName,
            specialty: { code: a.specialtyCode, name: specialtyName },
          }
        : null,
    clinic: clinic?.id ? clinic : null,
    checkup: a.checkupCode && checkupName ? { code: a.checkupCode, name: checkupName } : null,
  }));
}

export const forPatients = (patientIds: string[], from: Date) =>
  and(inArray(appointments.patientId, patientIds), gte(appointments.endsAt, from));

export const forPractitioner = (practitionerId: string | SQLWrapper, from: Date | SQLWrapper) =>
  and(eq(appointments.practitionerId, practitionerId), gte(appointments.endsAt, from));
