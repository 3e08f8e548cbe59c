import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  clinicProgrammes,
  clinics,
  insurancePolicies,
  insuranceProgrammes,
  medicalServices,
  patientRegions,
  practitioners,
  practitionerSpecialties,
  specialties,
} from '../../db/schema/index.js';
import { NO_RATINGS, ratingSummaries, ratingSummaryOf } from '../ratings/queries.js';
import { distanceKm, isOpenAt, opensOnSunday } from './hours.js';
import type { ClinicListQuery } from './schemas.js';

/** Today's date on the platform's clock (Moscow), `YYYY-MM-DD`. */
export function platformToday(at = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(at);
}

/**
 * Where the patient's active policies send them: each programme in force today with the regions that apply —
 * the regions the member chose that are active by today (and the programme serves), or, with no active
 * choice, all of the programme's regions.
 */
export async function patientCoverage(db: Db, patientId: string, today = platformToday()) {
  const programmes = await db
    .select({ id: insuranceProgrammes.id, regions: insuranceProgrammes.regions })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(
      and(
        eq(insurancePolicies.patientId, patientId),
        lte(insurancePolicies.validFrom, today),
        sql`${insurancePolicies.validTo} >= ${today}`,
      ),
    );
  const chosen = (
    await db
      .select({ region: patientRegions.region })
      .from(patientRegions)
      .where(and(eq(patientRegions.patientId, patientId), lte(patientRegions.activeFrom, today)))
  ).map((r) => r.region);
  return programmes.map((p) => {
    const picked = p.regions.filter((r) => chosen.includes(r));
    return { programmeId: p.id, regions: picked.length > 0 ? picked : p.regions };
  });
}

export type PatientCoverage = Awaited<ReturnType<typeof patientCoverage>>;

export interface ClinicListOptions extends Omit<ClinicListQuery, 'coveredFor' | 'at'> {
  coverage?: PatientCoverage;
  at: Date;
}

const clinicColumns = {
  id: clinics.id,
  name: clinics.name,
  address: clinics.address,
  city: clinics.city,
  region: clinics.region,
  phone: clinics.phone,
  timezone: clinics.timezone,
  latitude: clinics.latitude,
  longitude: clinics.longitude,
  metro: clinics.metro,
  hours: clinics.hours,
  specialties: clinics.specialties,
  services: clinics.services,
  onlineBooking: clinics.onlineBooking,
};

async function programmesOf(db: Db, clinicIds: string[]) {
  if (clinicIds.length === 0)
    return new Map<string, { id: string; code: string; name: { ru: string; en: string } }[]>();
  const rows = await db
    .select({
      clinicId: clinicProgrammes.clinicId,
      id: insuranceProgrammes.id,
      code: insuranceProgrammes.code,
      name: insuranceProgrammes.name,
    })
    .from(clinicProgrammes)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, clinicProgrammes.programmeId))
    .where(inArray(clinicProgrammes.clinicId, clinicIds))
    .orderBy(asc(insuranceProgrammes.code));
  const byClinic = new Map<string, { id: string; code: string; name: { ru: string; en: string } }[]>();
  for (const { clinicId, ...p } of rows) byClinic.set(clinicId, [...(byClinic.get(clinicId) ?? []), p]);
  return byClinic;
}

export interface ClinicDoctor {
  id: string;
  fullName: { ru: string; en: string };
  experienceYears: number;
  treatsAdults: boolean;
  treatsChildren: boolean;
  specialties: { code: string; name: { ru: string; en: string } }[];
}

/** The doctors (practitioners of kind doctor) of each clinic, with their specialties. */
async function doctorsOf(db: Db, clinicIds: string[]) {
  const byClinic = new Map<string, ClinicDoctor[]>();
  if (clinicIds.length === 0) return byClinic;
  const rows = await db
    .select({
      clinicId: practitioners.clinicId,
      id: practitioners.id,
      fullName: practitioners.fullName,
      experienceYears: practitioners.experienceYears,
      treatsAdults: practitioners.treatsAdults,
      treatsChildren: practitioners.treatsChildren,
      specialtyCode: specialties.code,
      specialtyName: specialties.name,
    })
    .from(practitioners)
    .innerJoin(practitionerSpecialties, eq(practitionerSpecialties.practitionerId, practitioners.id))
    .innerJoin(specialties, eq(specialties.code, practitionerSpecialties.specialtyCode))
    .where(and(inArray(practitioners.clinicId, clinicIds), eq(practitioners.kind, 'doctor')))
    .orderBy(sql`${practitioners.fullName}->>'ru'`, asc(specialties.code));
  for (const { clinicId, specialtyCode, specialtyName, ...d } of rows) {
    const list = byClinic.get(clinicId!) ?? [];
    byClinic.set(clinicId!, list);
    const seen = list.find((x) => x.id === d.id);
    const specialty = { code: specialtyCode, name: specialtyName };
    if (seen) seen.specialties.push(specialty);
    else list.push({ ...d, specialties: [specialty] });
  }
  return byClinic;
}

/** The network filtered as asked; with `near`, nearest first and each with its distance. */
export async function listClinics(db: Db, q: ClinicListOptions) {
  const where: SQL[] = [];
  if (q.region) where.push(eq(clinics.region, q.region));
  if (q.specialty) where.push(sql`${q.specialty} = any(${clinics.specialties})`);
  if (q.service) where.push(sql`${q.service} = any(${clinics.services})`);
  if (q.onlineBooking !== undefined) where.push(eq(clinics.onlineBooking, q.onlineBooking));
  const rows = await db
    .select(clinicColumns)
    .from(clinics)
    .where(and(...where))
    .orderBy(asc(clinics.region), sql`${clinics.name}->>'ru'`);
  const ids = rows.map((r) => r.id);
  const [programmes, doctors, ratings] = await Promise.all([
    programmesOf(db, ids),
    doctorsOf(db, ids),
    ratingSummaries(db, { clinicIds: ids }),
  ]);
  const metro = q.metro?.trim().toLocaleLowerCase('ru');
  const items = rows
    .map((row) => ({
      ...row,
      programmes: programmes.get(row.id) ?? [],
      doctors: doctors.get(row.id) ?? [],
      rating: ratings.clinics.get(row.id) ?? NO_RATINGS,
      openNow: isOpenAt(row.hours, row.timezone, q.at),
      openOnSunday: opensOnSunday(row.hours),
      distanceKm: q.near
        ? Math.round(distanceKm(q.near, { lat: row.latitude, lon: row.longitude }) * 100) / 100
        : null,
    }))
    .filter((c) => (q.openNow ? c.openNow : true))
    .filter((c) => (q.openOnSunday ? c.openOnSunday : true))
    .filter(
      (c) =>
        !metro ||
        c.metro.some(
          (s) =>
            s.name.ru.toLocaleLowerCase('ru').includes(metro) ||
            s.name.en.toLocaleLowerCase('en').includes(metro),
        ),
    )
    .filter(
      (c) =>
        !q.coverage ||
        q.coverage.some(
          (cv) => cv.regions.includes(c.region) && c.programmes.some((p) => p.id === cv.programmeId),
        ),
    );
  if (q.near) items.sort((a, b) => a.distanceKm! - b.distanceKm!);
  return items;
}

/** One clinic with its doctors (practitioners of the clinic) and its services in full. */
export async function findClinic(db: Db, id: string, at: Date) {
  const [row] = await db.select(clinicColumns).from(clinics).where(eq(clinics.id, id));
  if (!row) return null;
  const doctors = (await doctorsOf(db, [id])).get(id) ?? [];
  const services =
    row.services.length === 0
      ? []
      : await db
          .select()
          .from(medicalServices)
          .where(inArray(medicalServices.code, row.services))
          .orderBy(asc(medicalServices.code));
  const programmes = (await programmesOf(db, [id])).get(id) ?? [];
  return {
    ...row,
    programmes,
    rating: await ratingSummaryOf(db, { clinicId: id }),
    openNow: isOpenAt(row.hours, row.timezone, at),
    openOnSunday: opensOnSunday(row.hours),
    distanceKm: null,
    doctors,
    serviceDetails: services,
  };
}
