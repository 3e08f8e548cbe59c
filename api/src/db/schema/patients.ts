import { type AnyPgColumn, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, localized } from './common.js';

export const sexEnum = pgEnum('sex', ['female', 'male']);

/**
 * A person receiving care. Adults own an account; a child under 15 has none and is managed
 * through `guardianId` (the insurer keeps children in a parent's account).
 */
export const patients = pgTable(
  'patients',
  {
    id: id(),
    accountId: uuid('account_id')
      .unique()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    guardianId: uuid('guardian_id').references((): AnyPgColumn => patients.id),
    fullName: localized('full_name'),
    birthDate: date('birth_date').notNull(),
    sex: sexEnum('sex').notNull(),
    region: text('region'),
    createdAt: createdAt(),
  },
  (t) => [index('patients_guardian_idx').on(t.guardianId)],
);

/** The patient a record is about: required, and only one the database knows. */
export const patientIdColumn = () =>
  uuid('patient_id')
    .notNull()
    .references(() => patients.id);
