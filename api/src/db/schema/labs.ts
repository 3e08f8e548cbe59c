import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  doublePrecision,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, localized } from './common.js';
import { conclusions } from './conclusions.js';
import { patientIdColumn } from './patients.js';
import { practitioners } from './practitioners.js';

/** A partner laboratory's collection point the patient can choose. */
export const labLocations = pgTable('lab_locations', {
  id: id(),
  /** Which lab adapter serves this location (`demo` is the built-in demo lab). */
  partner: text('partner').notNull(),
  name: localized('name'),
  address: localized('address'),
  city: localized('city'),
  hours: localized('hours'),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
});

export const labOrderStatusEnum = pgEnum('lab_order_status', [
  'prescribed', // the doctor ordered it; the patient has not chosen a lab yet
  'confirmed', // the patient chose a location; a job sends it to the lab
  'sent', // the lab accepted it
  'resulted', // results arrived
  'cancelled',
]);

/** Tests a doctor ordered for a patient (one FHIR ServiceRequest per order). */
export const labOrders = pgTable(
  'lab_orders',
  {
    id: id(),
    patientId: patientIdColumn(),
    conclusionId: uuid('conclusion_id').references(() => conclusions.id),
    orderedByPractitionerId: uuid('ordered_by_practitioner_id').references(() => practitioners.id),
    /** Lab catalogue codes (each maps to LOINC). */
    testCodes: text('test_codes').array().notNull(),
    status: labOrderStatusEnum('status').notNull().default('prescribed'),
    locationId: uuid('location_id').references(() => labLocations.id),
    confirmedByAccountId: uuid('confirmed_by_account_id').references(() => accounts.id),
    /** The lab's own id for the order, once accepted. */
    externalId: text('external_id'),
    createdAt: createdAt(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    resultedAt: timestamp('resulted_at', { withTimezone: true }),
  },
  (t) => [index('lab_orders_patient_idx').on(t.patientId, t.createdAt)],
);

/** A lab's report for an order (FHIR DiagnosticReport), kept as received next to the parsed values. */
export const labReports = pgTable(
  'lab_reports',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => labOrders.id),
    patientId: patientIdColumn(),
    externalId: text('external_id').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    raw: jsonb('raw').$type<Record<string, unknown>>().notNull(),
    /** The lab's FHIR status: `final`, or `corrected`/`amended` for a report replacing an earlier one. */
    status: text('status').notNull().default('final'),
    /**
     * The report this one corrects. The original stays as received, beside its correction (order 947n (2020):
     * amendments are stored with the original electronic medical document).
     */
    amendsReportId: uuid('amends_report_id').references((): AnyPgColumn => labReports.id),
    createdAt: createdAt(),
  },
  (t) => [
    // One original per order; receiving the same delivery twice stores it once; each report corrected once.
    uniqueIndex('lab_reports_order_uq')
      .on(t.orderId)
      .where(sql`${t.amendsReportId} is null`),
    uniqueIndex('lab_reports_delivery_uq').on(t.orderId, t.externalId, t.issuedAt),
    uniqueIndex('lab_reports_amends_uq').on(t.amendsReportId),
    index('lab_reports_patient_idx').on(t.patientId, t.issuedAt),
  ],
);

export const observationFlagEnum = pgEnum('observation_flag', ['low', 'normal', 'high']);

/** One analyte value from a lab report (FHIR Observation), indexed for per-analyte trends. */
export const labObservations = pgTable(
  'lab_observations',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => labReports.id, { onDelete: 'cascade' }),
    patientId: patientIdColumn(),
    loinc: text('loinc').notNull(),
    name: localized('name'),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    referenceLow: doublePrecision('reference_low'),
    referenceHigh: doublePrecision('reference_high'),
    flag: observationFlagEnum('flag').notNull(),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('lab_observations_report_loinc_uq').on(t.reportId, t.loinc),
    index('lab_observations_trend_idx').on(t.patientId, t.loinc, t.effectiveAt),
  ],
);
