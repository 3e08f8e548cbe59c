import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  anamnesisSessions,
  appointments,
  bpReadings,
  conclusions,
  files,
  labLocations,
  labObservations,
  labOrders,
  labReports,
  patients,
  practitioners,
  specialties,
} from '../../../db/schema/index.js';
import { notSuperseded } from '../../conclusions/current.js';

/** Every record of one patient's card the FHIR export maps, with the people and places they refer to. */
export async function loadMedcard(db: Db, patientId: string) {
  const [patient] = await db.select().from(patients).where(eq(patients.id, patientId));
  if (!patient) return null;
  const appts = await db
    .select({ appointment: appointments, specialty: specialties.name })
    .from(appointments)
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointments.startsAt));
  const finals = await db
    .select()
    .from(conclusions)
    .where(and(eq(conclusions.patientId, patientId), eq(conclusions.status, 'final'), notSuperseded))
    .orderBy(asc(conclusions.finalisedAt));
  const orders = await db
    .select()
    .from(labOrders)
    .where(eq(labOrders.patientId, patientId))
    .orderBy(asc(labOrders.createdAt));
  const reports = await db
    .select()
    .from(labReports)
    .where(eq(labReports.patientId, patientId))
    .orderBy(asc(labReports.issuedAt));
  const observations = reports.length
    ? await db
        .select()
        .from(labObservations)
        .where(
          inArray(
            labObservations.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  const readings = await db
    .select()
    .from(bpReadings)
    .where(eq(bpReadings.patientId, patientId))
    .orderBy(asc(bpReadings.measuredAt));
  const documents = await db
    .select()
    .from(files)
    .where(eq(files.patientId, patientId))
    .orderBy(asc(files.createdAt));
  const interviews = await db
    .select()
    .from(anamnesisSessions)
    .where(and(eq(anamnesisSessions.patientId, patientId), eq(anamnesisSessions.status, 'completed')))
    .orderBy(asc(anamnesisSessions.createdAt));

  const practitionerIds = new Set<string>();
  const locationIds = new Set<string>();
  for (const { appointment } of appts)
    if (appointment.practitionerId) practitionerIds.add(appointment.practitionerId);
  for (const c of finals) practitionerIds.add(c.practitionerId);
  for (const o of orders) {
    if (o.orderedByPractitionerId) practitionerIds.add(o.orderedByPractitionerId);
    if (o.locationId) locationIds.add(o.locationId);
  }
  const staff = practitionerIds.size
    ? await db
        .select()
        .from(practitioners)
        .where(inArray(practitioners.id, [...practitionerIds]))
    : [];
  const places = locationIds.size
    ? await db
        .select()
        .from(labLocations)
        .where(inArray(labLocations.id, [...locationIds]))
    : [];

  return {
    patient,
    appointments: appts,
    conclusions: finals,
    orders,
    reports,
    observations,
    readings,
    documents,
    interviews,
    practitioners: staff,
    locations: places,
  };
}

export type MedcardRows = NonNullable<Awaited<ReturnType<typeof loadMedcard>>>;
export type Row<K extends keyof MedcardRows> = MedcardRows[K] extends readonly (infer T)[]
  ? T
  : MedcardRows[K];
