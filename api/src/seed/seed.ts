import { getTableName, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '../auth/password.js';
import type { Db, Tx } from '../db/client.js';
import * as schema from '../db/schema/index.js';
import { isoDate } from '../lib/dates.js';
import {
  adminSeed,
  assistantSeed,
  clinicSeed,
  DEMO_PASSWORD,
  doctorSeed,
  patientSeed,
  programmeSeed,
  specialtySeed,
  consultationPriceSeed,
} from './demo-people.js';
import { seedDemoSecondFactors } from './demo-second-factor.js';
import { seedCheckups } from './checkups.js';
import { seedClinicNetwork } from './clinics.js';
import { seedHolidays } from './holidays.js';
import { seedInPerson } from './in-person.js';
import { seedMonitoring } from './monitoring.js';
import { seedTitration } from './titration.js';
import { seedOutreach } from './outreach.js';
import { seedLabs } from './labs.js';
import { seedRequests } from './requests.js';
import { seedRatings } from './ratings.js';
import { seedConsents } from './consents.js';
import { seedEstablishedDiagnoses } from './consultation-types.js';
import { seedGuaranteeLetters } from './guarantee-letters.js';

const {
  accounts,
  appointments,
  clinics,
  insurancePolicies,
  insuranceProgrammes,
  notifications,
  patients,
  practitioners,
  practitionerSpecialties,
  programmeCoverage,
  slots,
  specialties,
  consultationPrices,
} = schema;

// Demo schedules are set in Moscow time (UTC+3, no daylight saving since 2014).
const MOSCOW_OFFSET_HOURS = 3;
const SCHEDULE_DAYS = 14;
const SLOT_MINUTES = 20;
// Telemedicine works every day, from early morning to late evening.
const WORK_HOURS = { from: 8, to: 22 };

export async function isDatabaseEmpty(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(accounts);
  return (row?.n ?? 0) === 0;
}

/** Empties every table: `npm run seed` starts the demo world afresh. */
export async function resetDatabase(db: Db) {
  const tables = (Object.values(schema) as unknown[])
    .filter((t): t is PgTable => t instanceof PgTable)
    .map((t) => `"${getTableName(t)}"`);
  await db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}

function birthDateForAge(ageYears: number, today: Date) {
  const d = new Date(Date.UTC(today.getUTCFullYear() - ageYears, today.getUTCMonth(), today.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - 40); // a little past the birthday, so the age holds all year
  return isoDate(d);
}

/** Slot start times (UTC) for the next two weeks. */
function scheduleStarts(today: Date) {
  const starts: Date[] = [];
  for (let day = 0; day < SCHEDULE_DAYS; day++) {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + day));
    for (let minutes = WORK_HOURS.from * 60; minutes < WORK_HOURS.to * 60; minutes += SLOT_MINUTES) {
      starts.push(new Date(date.getTime() + (minutes - MOSCOW_OFFSET_HOURS * 60) * 60_000));
    }
  }
  return starts;
}

/** Creates the demo world; returns a summary for the start-up banner. */
export async function seedDemoWorld(db: Db, totpEncryptionKey: Buffer, today = new Date()) {
  // Its accounts share a published password: they must never exist on a production database.
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed the demo world with NODE_ENV=production.');
  }
  // One hash for every demo account keeps seeding fast; real accounts each get their own salt.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.insert(specialties).values([...specialtySeed]);
    await tx.insert(consultationPrices).values(
      Object.entries(consultationPriceSeed).map(([specialtyCode, amountRub]) => ({
        specialtyCode,
        amountRub,
      })),
    );
    const clinicIds = new Map<string, string>();
    for (const c of clinicSeed) {
      const [row] = await tx
        .insert(clinics)
        .values({ ...c, region: c.key })
        .returning({ id: clinics.id });
      clinicIds.set(c.key, row!.id);
    }
    const programmeIds = new Map<string, string>();
    for (const { coverage, ...p } of programmeSeed) {
      const [row] = await tx.insert(insuranceProgrammes).values(p).returning({ id: insuranceProgrammes.id });
      programmeIds.set(p.code, row!.id);
      await tx.insert(programmeCoverage).values(coverage.map((cv) => ({ ...cv, programmeId: row!.id })));
    }
    await seedClinicNetwork(tx);

    const newAccount = async (
      role: 'patient' | 'doctor' | 'assistant' | 'admin',
      email: string,
      name: { ru: string; en: string },
      extra: { phone?: string; locale?: 'ru' | 'en' } = {},
    ) => {
      const [row] = await tx
        .insert(accounts)
        .values({
          role,
          email,
          phone: extra.phone ?? null,
          passwordHash,
          displayName: name,
          locale: extra.locale ?? 'ru',
        })
        .returning({ id: accounts.id });
      return row!.id;
    };

    await newAccount('admin', adminSeed.email, adminSeed.name);

    const doctorIds = new Map<string, string>();
    const starts = scheduleStarts(today);
    for (const d of doctorSeed) {
      const accountId = await newAccount('doctor', d.email, d.name);
      const [p] = await tx
        .insert(practitioners)
        .values({
          accountId,
          kind: 'doctor',
          fullName: d.name,
          clinicId: clinicIds.get(d.clinic)!,
          experienceYears: d.experienceYears,
          languages: d.languages,
          treatsAdults: d.adults,
          treatsChildren: d.children,
        })
        .returning({ id: practitioners.id });
      doctorIds.set(d.email, p!.id);
      await tx.insert(practitionerSpecialties).values({ practitionerId: p!.id, specialtyCode: d.specialty });
      await tx.insert(slots).values(
        starts.map((startsAt) => ({
          practitionerId: p!.id,
          clinicId: clinicIds.get(d.clinic)!,
          startsAt,
          endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
          formats: d.formats,
        })),
      );
    }

    const assistantIds = new Map<string, string>();
    for (const a of assistantSeed) {
      const accountId = await newAccount('assistant', a.email, a.name);
      const [p] = await tx
        .insert(practitioners)
        .values({
          accountId,
          kind: 'assistant',
          fullName: a.name,
          clinicId: clinicIds.get(a.clinic)!,
          experienceYears: 6,
        })
        .returning({ id: practitioners.id });
      assistantIds.set(a.email, p!.id);
    }

    const patientIds = new Map<string, string>();
    const childIds: { parent: string; id: string; ageYears: number }[] = [];
    for (const p of patientSeed) {
      const accountId = await newAccount('patient', p.email, p.name, { phone: p.phone, locale: p.locale });
      const [row] = await tx
        .insert(patients)
        .values({ accountId, fullName: p.name, birthDate: p.birthDate, sex: p.sex, region: p.region })
        .returning({ id: patients.id });
      const patientId = row!.id;
      patientIds.set(p.email, patientId);
      await insertPolicy(tx, patientId, programmeIds.get(p.programme)!, today);
      for (const child of p.children ?? []) {
        const [c] = await tx
          .insert(patients)
          .values({
            guardianId: patientId,
            fullName: child.name,
            birthDate: birthDateForAge(child.ageYears, today),
            sex: child.sex,
            region: p.region,
          })
          .returning({ id: patients.id });
        childIds.push({ parent: p.email, id: c!.id, ageYears: child.ageYears });
        await insertPolicy(tx, c!.id, programmeIds.get(p.programme)!, today);
      }
    }

    // A few booked consultations so schedules, families and the privacy rules have something real to show.
    const book = async (
      patient: string,
      doctorEmail: string,
      slotIndex: number,
      format: 'audio' | 'video' | 'chat',
      bookedBy: string,
    ) => {
      const doctor = doctorSeed.find((d) => d.email === doctorEmail)!;
      const practitionerId = doctorIds.get(doctorEmail)!;
      const startsAt = starts[slotIndex]!;
      const [slot] = await tx
        .select({ id: slots.id })
        .from(slots)
        .where(
          sql`${slots.practitionerId} = ${practitionerId} and ${slots.startsAt} = ${startsAt.toISOString()}`,
        );
      const [bookedByRow] = await tx
        .select({ accountId: patients.accountId })
        .from(patients)
        .where(sql`${patients.id} = ${patientIds.get(bookedBy)!}`);
      await tx.insert(appointments).values({
        patientId: patient,
        practitionerId,
        specialtyCode: doctor.specialty,
        slotId: slot!.id,
        format,
        urgency: 'planned',
        status: 'booked',
        startsAt,
        endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
        bookedByAccountId: bookedByRow!.accountId!,
      });
    };
    const slotsPerDay = ((WORK_HOURS.to - WORK_HOURS.from) * 60) / SLOT_MINUTES;
    const nextFree = Math.max(
      0,
      starts.findIndex((s) => s.getTime() > today.getTime()),
    );
    const anna = patientIds.get('anna.petrova@demo.telemed')!;
    const [misha] = childIds.filter((c) => c.parent === 'anna.petrova@demo.telemed');
    await book(anna, 'dr.smirnova@demo.telemed', nextFree + 1, 'video', 'anna.petrova@demo.telemed');
    await book(
      patientIds.get('ivan.sokolov@demo.telemed')!,
      'dr.smirnova@demo.telemed',
      nextFree + 3,
      'audio',
      'ivan.sokolov@demo.telemed',
    );
    await book(
      patientIds.get('nikolai.volkov@demo.telemed')!,
      'dr.smirnova@demo.telemed',
      nextFree + 5,
      'video',
      'nikolai.volkov@demo.telemed',
    );
    await book(
      misha!.id,
      'dr.kuznetsov@demo.telemed',
      nextFree + slotsPerDay,
      'video',
      'anna.petrova@demo.telemed',
    );

    const annaAccount = await tx
      .select({ id: patients.accountId })
      .from(patients)
      .where(sql`${patients.id} = ${anna}`);
    await tx.insert(notifications).values({
      accountId: annaAccount[0]!.id!,
      kind: 'welcome',
      title: { ru: 'Добро пожаловать в Телемед', en: 'Welcome to Telemed' },
      body: {
        ru: 'Здесь вы можете записаться к врачу онлайн, в том числе для детей.',
        en: 'Book online consultations here, for yourself and your children.',
      },
      idempotencyKey: `welcome:${anna}`,
      deliveredAt: new Date(),
    });
    await seedLabs(tx, today);
    await seedRequests(tx, today);
    await seedGuaranteeLetters(tx, passwordHash, today);
    await seedMonitoring(tx, today);
    await seedTitration(tx, today);
    await seedOutreach(tx, passwordHash, today);
    await seedHolidays(tx);
    await seedDemoSecondFactors(tx, totpEncryptionKey);
    await seedInPerson(tx, today, passwordHash);
    await seedRatings(tx, passwordHash, today);
    await seedCheckups(tx, today);
    await seedEstablishedDiagnoses(tx, today);
    // Last: every patient seeded above is recorded as having accepted the required consents.
    await seedConsents(tx, passwordHash, today);

    return {
      doctors: doctorSeed.length,
      assistants: assistantSeed.length,
      patients: patientSeed.length,
      children: childIds.length,
      clinics: clinicSeed.length,
      slots: starts.length * doctorSeed.length,
    };
  });
}

async function insertPolicy(tx: Tx, patientId: string, programmeId: string, today: Date) {
  const year = today.getUTCFullYear();
  await tx.insert(insurancePolicies).values({
    patientId,
    programmeId,
    number: `DMS-${year}-${patientId.slice(0, 8).toUpperCase()}`,
    insurer: 'Telemed Insurance',
    validFrom: `${year}-01-01`,
    validTo: `${year + 1}-12-31`,
  });
}

export const demoLogins = [
  { role: 'patient (parent of two)', login: 'anna.petrova@demo.telemed' },
  { role: 'patient (another family)', login: 'ivan.sokolov@demo.telemed' },
  { role: 'therapist', login: 'dr.smirnova@demo.telemed' },
  { role: 'paediatrician', login: 'dr.kuznetsov@demo.telemed' },
  { role: 'medical assistant', login: 'nurse.orlova@demo.telemed' },
  { role: 'admin', login: 'admin@demo.telemed' },
  { role: 'medical coordinator', login: 'coordinator@demo.telemed' },
].map((l) => ({ ...l, password: DEMO_PASSWORD }));
