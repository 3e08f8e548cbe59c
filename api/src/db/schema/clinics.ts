import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, localized, type LocalizedText } from './common.js';
import { insuranceProgrammes } from './insurance.js';
import { patients } from './patients.js';

/** A metro station near a clinic and the walk from it. */
export interface MetroStation {
  name: LocalizedText;
  /** The line's number or short name as riders know it ("1", "МЦК"). */
  line: string;
  walkMinutes: number;
}

/** Opening hours for one weekday in the clinic's timezone, `HH:MM`; null when closed that day. */
export type DayHours = { opens: string; closes: string } | null;

/** A clinic of the insurer's network (ЛПУ): where in-person visits, check-ups and guaranteed services happen. */
export const clinics = pgTable(
  'clinics',
  {
    id: id(),
    name: localized('name'),
    address: localized('address'),
    city: localized('city'),
    /** Region code shared with programmes' and members' regions ("moscow", "spb", "kazan"). */
    region: text('region').notNull().default('moscow'),
    phone: text('phone').notNull(),
    timezone: text('timezone').notNull().default('Europe/Moscow'),
    latitude: doublePrecision('latitude').notNull().default(55.7558),
    longitude: doublePrecision('longitude').notNull().default(37.6173),
    metro: jsonb('metro').$type<MetroStation[]>().notNull().default([]),
    /** Seven entries, Monday first. */
    hours: jsonb('hours').$type<DayHours[]>().notNull().default([]),
    /** Specialty codes seen in person here. */
    specialties: text('specialties').array().notNull().default([]),
    /** Codes from `medical_services` performed here. */
    services: text('services').array().notNull().default([]),
    /** False for clinics that book only by phone: the app shows the number instead of slots. */
    onlineBooking: boolean('online_booking').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('clinics_region_idx').on(t.region)],
);

/** Which programmes send their members to a clinic. */
export const clinicProgrammes = pgTable(
  'clinic_programmes',
  {
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => insuranceProgrammes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clinicId, t.programmeId] })],
);

export const medicalServiceKindEnum = pgEnum('medical_service_kind', [
  'consultation',
  'diagnostics',
  'procedure',
  'lab',
  'checkup',
]);

/** Services clinics perform and guarantee letters are asked for (MRI, physiotherapy…). */
export const medicalServices = pgTable('medical_services', {
  code: text('code').primaryKey(),
  name: localized('name'),
  kind: medicalServiceKindEnum('kind').notNull(),
  priceRub: integer('price_rub').notNull(),
});

export const checkupKindEnum = pgEnum('checkup_kind', ['checkup', 'oms_screening']);

/** A check-up package (basic, cardio, women's health) or a compulsory-insurance screening. */
export const checkupPackages = pgTable('checkup_packages', {
  code: text('code').primaryKey(),
  kind: checkupKindEnum('kind').notNull(),
  name: localized('name'),
  description: localized('description'),
  /** What it includes, one item per examination or test. */
  items: jsonb('items').$type<LocalizedText[]>().notNull(),
  /** Null when for both sexes. */
  sex: text('sex').$type<'female' | 'male'>(),
  minAgeYears: integer('min_age_years').notNull().default(18),
  maxAgeYears: integer('max_age_years'),
  priceRub: integer('price_rub').notNull(),
  durationMinutes: integer('duration_minutes').notNull().default(120),
});

export const clinicCheckups = pgTable(
  'clinic_checkups',
  {
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    packageCode: text('package_code')
      .notNull()
      .references(() => checkupPackages.code, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clinicId, t.packageCode] })],
);

/** The regions a member of a regional programme chose for care; a choice applies from the next day. */
export const patientRegions = pgTable(
  'patient_regions',
  {
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    region: text('region').notNull(),
    activeFrom: date('active_from').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.region] })],
);
