import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import {
  appointments,
  checkupPackages,
  clinicCheckups,
  clinics,
  insurancePolicies,
  insuranceProgrammes,
  patients,
} from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { ageInYears, isoDate } from '../../lib/dates.js';
import {
  includesFor,
  packageFits,
  screeningEligibility,
  screeningKindOf,
  type ScreeningKind,
} from './eligibility.js';
import { CHECKUP_CAPACITY, isStartTime, MAX_TIMES_DAYS, startTimes, wallClock } from './times.js';
import { assertConsented } from '../consents/service.js';

type Clinic = typeof clinics.$inferSelect;
type Package = typeof checkupPackages.$inferSelect;

/** Appointments that hold a place: not cancelled, not missed. */
const live = sql`${appointments.status} not in ('cancelled', 'no_show')`;

export const clinicSummary = (c: Clinic) => ({
  id: c.id,
  name: c.name,
  address: c.address,
  city: c.city,
  region: c.region,
  phone: c.phone,
  timezone: c.timezone,
  hours: c.hours,
});

/** Every package with the clinics offering it, the given region's clinics first. */
async function packagesWithClinics(db: Db, region: string | null) {
  const packages = await db.select().from(checkupPackages).orderBy(asc(checkupPackages.priceRub));
  const links = await db
    .select({ code: clinicCheckups.packageCode, clinic: clinics })
    .from(clinicCheckups)
    .innerJoin(clinics, eq(clinics.id, clinicCheckups.clinicId))
    .orderBy(sql`${clinics.region} = ${region ?? ''} desc`, sql`${clinics.name}->>'ru'`);
  return packages.map((pkg) => ({
    pkg,
    clinics: links.filter((l) => l.code === pkg.code).map((l) => clinicSummary(l.clinic)),
  }));
}

/** Whether the patient holds an OMS policy valid on `day`. */
export async function hasValidOmsPolicy(db: Db, patientId: string, day: string) {
  const [row] = await db
    .select({ id: insurancePolicies.id })
    .from(insurancePolicies)
    .innerJoin(insuranceProgrammes, eq(insuranceProgrammes.id, insurancePolicies.programmeId))
    .where(
      and(
        eq(insurancePolicies.patientId, patientId),
        eq(insuranceProgrammes.kind, 'oms'),
        lte(insurancePolicies.validFrom, day),
        gte(insurancePolicies.validTo, day),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The patient's check-up appointments that hold a place or were done, newest first. */
async function checkupHistory(db: Db, patientId: string) {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.patientId, patientId), isNotNull(appointments.checkupCode), live))
    .orderBy(sql`${appointments.startsAt} desc`);
}

type History = Awaited<ReturnType<typeof checkupHistory>>;

const yearOf = (d: Date) => d.getUTCFullYear();

/** The latest year a package was completed, for "done this year". */
const lastDoneYear = (history: History, code: string) =>
  history.find((a) => a.checkupCode === code && a.status === 'completed')?.startsAt.getUTCFullYear() ?? null;

/** A live (not yet done) booking of the package this year, or any future one. */
const liveBooking = (history: History, code: string, year: number, now: Date) => {
  const row = history.find(
    (a) =>
      a.checkupCode === code &&
      (a.status === 'booked' || a.status === 'in_progress') &&
      (yearOf(a.startsAt) === year || a.startsAt > now),
  );
  return row
    ? { appointmentId: row.id, startsAt: row.startsAt.toISOString(), clinicId: row.clinicId! }
    : null;
};

async function patientFacts(db: Db, patientId: string) {
  const [patient] = await db.select().from(patients).where(eq(patients.id, patientId));
  return patient!;
}

function screeningOf(
  pkg: Package,
  kind: ScreeningKind,
  patient: typeof patients.$inferSelect,
  year: number,
  history: History,
) {
  const eligibility = screeningEligibility(kind, patient, year, lastDoneYear(history, pkg.code));
  return { eligibility, includes: includesFor(kind, patient.sex, eligibility.ageThisYear) };
}

/** What the patient may have this year: the OMS screenings by order 404n, and the commercial packages they fit. */
export async function checkupOverview(db: Db, patientId: string, now = new Date()) {
  const patient = await patientFacts(db, patientId);
  const year = now.getUTCFullYear();
  const [all, hasOmsPolicy, history] = await Promise.all([
    packagesWithClinics(db, patient.region),
    hasValidOmsPolicy(db, patientId, isoDate(now)),
    checkupHistory(db, patientId),
  ]);
  const screenings = all.flatMap(({ pkg, clinics }) => {
    const kind = screeningKindOf(pkg.code);
    if (pkg.kind !== 'oms_screening' || !kind) return [];
    const { eligibility, includes } = screeningOf(pkg, kind, patient, year, history);
    return [
      {
        code: pkg.code,
        name: pkg.name,
        description: pkg.description,
        durationMinutes: pkg.durationMinutes,
        clinics,
        kind,
        eligible: eligibility.eligible,
        reason: eligibility.reason,
        nextDueYear: eligibility.nextDueYear,
        covered: hasOmsPolicy,
        includes,
        booking: liveBooking(history, pkg.code, year, now),
      },
    ];
  });
  const age = ageInYears(patient.birthDate, now);
  const packages = all
    .filter(({ pkg }) => pkg.kind === 'checkup' && packageFits(pkg, { sex: patient.sex, age }))
    .map(({ pkg, clinics }) => ({
      code: pkg.code,
      name: pkg.name,
      description: pkg.description,
      durationMinutes: pkg.durationMinutes,
      clinics,
      items: pkg.items,
      priceRub: pkg.priceRub,
      sex: pkg.sex,
      minAgeYears: pkg.minAgeYears,
      maxAgeYears: pkg.maxAgeYears,
      booking: liveBooking(history, pkg.code, year, now),
    }));
  return {
    year,
    ageThisYear: year - Number(patient.birthDate.slice(0, 4)),
    hasOmsPolicy,
    screenings,
    packages,
  };
}

async function requirePackage(db: Db, code: string) {
  const [pkg] = await db.select().from(checkupPackages).where(eq(checkupPackages.code, code));
  if (!pkg) throw new ProblemError(404, 'There is no such check-up.', { code: 'checkup.package_not_found' });
  return pkg;
}

/** The clinic, if it offers the package; refused otherwise. */
async function requireOfferingClinic(db: Db, code: string, clinicId: string) {
  const [row] = await db
    .select({ clinic: clinics })
    .from(clinicCheckups)
    .innerJoin(clinics, eq(clinics.id, clinicCheckups.clinicId))
    .where(and(eq(clinicCheckups.packageCode, code), eq(clinicCheckups.clinicId, clinicId)));
  if (!row) {
    throw new ProblemError(400, 'This clinic does not offer this check-up.', {
      code: 'checkup.clinic_not_offering',
    });
  }
  return row.clinic;
}

const addDays = (date: string, days: number) =>
  isoDate(new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000));

/** Free start times of a package at a clinic on the clinic-calendar days from…to (at most 14 days). */
export async function freeCheckupTimes(
  db: Db,
  input: { code: string; clinicId: string; from?: string | undefined; to?: string | undefined },
  now = new Date(),
) {
  await requirePackage(db, input.code);
  const clinic = await requireOfferingClinic(db, input.code, input.clinicId);
  const from = input.from ?? wallClock(now, clinic.timezone).date;
  const last = addDays(from, MAX_TIMES_DAYS - 1);
  const to = input.to && input.to < last ? input.to : input.to ? last : addDays(from, 6);
  const starts = startTimes(clinic, from, to).filter((at) => at > now);
  if (starts.length === 0) return [];
  const taken = await db
    .select({ startsAt: appointments.startsAt, n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(
        eq(appointments.clinicId, clinic.id),
        isNotNull(appointments.checkupCode),
        live,
        inArray(appointments.startsAt, starts),
      ),
    )
    .groupBy(appointments.startsAt);
  const takenAt = new Map(taken.map((t) => [t.startsAt.getTime(), t.n]));
  return starts
    .map((at) => ({
      startsAt: at.toISOString(),
      ...wallClock(at, clinic.timezone),
      free: CHECKUP_CAPACITY - (takenAt.get(at.getTime()) ?? 0),
    }))
    .filter((t) => t.free > 0);
}

/**
 * Books a check-up at a clinic: an in-person appointment with no doctor (the clinic assigns its staff on
 * the day), planned, so nothing that reads a doctorless appointment as the urgent queue (which also needs
 * `urgency = 'urgent'`) takes it for one. The clinic's row is locked while the time's places are counted, so
 * two bookings cannot both take the last place.
 */
export async function bookCheckup(
  db: Db,
  actor: Actor,
  input: { patientId: string; packageCode: string; clinicId: string; startsAt: string },
  now = new Date(),
) {
  const pkg = await requirePackage(db, input.packageCode);
  const clinic = await requireOfferingClinic(db, pkg.code, input.clinicId);
  // Consent before any medical intervention the service books (323-FZ art. 20; domains/consents).
  await assertConsented(db, input.patientId);
  const patient = await patientFacts(db, input.patientId);
  const history = await checkupHistory(db, input.patientId);
  const year = now.getUTCFullYear();
  const kind = screeningKindOf(pkg.code);
  if (pkg.kind === 'oms_screening' && kind) {
    const { eligibility } = screeningOf(pkg, kind, patient, year, history);
    if (!eligibility.eligible) {
      throw new ProblemError(
        400,
        eligibility.nextDueYear
          ? `This screening is not due this year (${eligibility.reason}); next in ${eligibility.nextDueYear}.`
          : `This screening is not available at this age (${eligibility.reason}).`,
        { code: 'checkup.not_eligible' },
      );
    }
    if (!(await hasValidOmsPolicy(db, input.patientId, isoDate(now)))) {
      throw new ProblemError(400, 'The free screening is for holders of a valid OMS policy.', {
        code: 'checkup.oms_policy_required',
      });
    }
  } else if (!packageFits(pkg, { sex: patient.sex, age: ageInYears(patient.birthDate, now) })) {
    throw new ProblemError(400, 'This check-up is not meant for this age or sex.', {
      code: 'checkup.not_eligible',
    });
  }
  if (liveBooking(history, pkg.code, year, now)) {
    throw new ProblemError(
      409,
      'This check-up is already booked; cancel that booking to choose another time.',
      {
        code: 'checkup.already_booked',
      },
    );
  }
  const startsAt = new Date(input.startsAt);
  if (startsAt <= now) {
    throw new ProblemError(409, 'This time has already passed.', { code: 'checkup.time_passed' });
  }
  if (!isStartTime(clinic, startsAt)) {
    throw new ProblemError(
      400,
      'The clinic does not start check-ups at this time (closed, or off the schedule).',
      {
        code: 'checkup.clinic_closed',
      },
    );
  }
  return db.transaction(async (tx) => {
    await tx.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, clinic.id)).for('update');
    const [taken] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(appointments)
      .where(
        and(
          eq(appointments.clinicId, clinic.id),
          eq(appointments.startsAt, startsAt),
          isNotNull(appointments.checkupCode),
          live,
        ),
      );
    if ((taken?.n ?? 0) >= CHECKUP_CAPACITY) {
      throw new ProblemError(409, 'This time is fully booked. Please choose another.', {
        code: 'checkup.time_full',
      });
    }
    const [row] = await tx
      .insert(appointments)
      .values({
        patientId: input.patientId,
        practitionerId: null,
        specialtyCode: 'therapist',
        format: 'in_person',
        urgency: 'planned',
        status: 'booked',
        startsAt,
        endsAt: new Date(startsAt.getTime() + pkg.durationMinutes * 60_000),
        clinicId: clinic.id,
        checkupCode: pkg.code,
        bookedByAccountId: actor.accountId,
      })
      .returning();
    return {
      appointmentId: row!.id,
      packageCode: pkg.code,
      name: pkg.name,
      startsAt: row!.startsAt.toISOString(),
      endsAt: row!.endsAt.toISOString(),
      clinic: clinicSummary(clinic),
      priceRub: pkg.kind === 'oms_screening' ? 0 : pkg.priceRub,
    };
  });
}
