import { boolean, date, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { id, localized } from './common.js';
import { patients } from './patients.js';

export const programmeKindEnum = pgEnum('programme_kind', ['dms', 'oms']);
export const coveredServiceEnum = pgEnum('covered_service', [
  'telemedicine',
  'lab',
  'second_opinion',
  'test_decoding',
  'in_person',
]);

/** An insurance programme: what it covers, the franchise share and the regions it is sold in. */
export const insuranceProgrammes = pgTable('insurance_programmes', {
  id: id(),
  code: text('code').notNull().unique(),
  name: localized('name'),
  kind: programmeKindEnum('kind').notNull(),
  /** Share of each covered service the patient pays under a franchise programme (0 for none). */
  franchisePercent: integer('franchise_percent').notNull().default(0),
  /**
   * A temporary franchise at the start of a contract: for this many days from the policy's `validFrom` the
   * member pays `temporaryFranchisePercent` of services in the franchise, even where the usual share is lower.
   */
  temporaryFranchiseDays: integer('temporary_franchise_days').notNull().default(0),
  temporaryFranchisePercent: integer('temporary_franchise_percent').notNull().default(0),
  regions: text('regions').array().notNull(),
});

export const programmeCoverage = pgTable(
  'programme_coverage',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => insuranceProgrammes.id, { onDelete: 'cascade' }),
    service: coveredServiceEnum('service').notNull(),
    covered: boolean('covered').notNull(),
    /** False when the service is paid in full by the insurer even under a franchise (e.g. telemedicine). */
    inFranchise: boolean('in_franchise').notNull().default(true),
    annualLimit: integer('annual_limit'),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.service] })],
);

export const insurancePolicies = pgTable('insurance_policies', {
  id: id(),
  patientId: uuid('patient_id')
    .notNull()
    .references(() => patients.id, { onDelete: 'cascade' }),
  programmeId: uuid('programme_id')
    .notNull()
    .references(() => insuranceProgrammes.id),
  number: text('number').notNull().unique(),
  insurer: text('insurer').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to').notNull(),
});
