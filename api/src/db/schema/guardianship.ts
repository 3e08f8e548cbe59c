import { pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt } from './common.js';
import { patients } from './patients.js';

export const guardianRelationEnum = pgEnum('guardian_relation', ['mother', 'father', 'guardian']);

/**
 * A parent's signed declaration that a child they added is theirs to manage. Without access to the civil
 * registry the declaration is the check: it is recorded with who made it and the birth certificate, and a
 * certificate can be declared once, so a second account cannot claim the same child.
 */
export const guardianshipDeclarations = pgTable('guardianship_declarations', {
  childId: uuid('child_id')
    .primaryKey()
    .references(() => patients.id, { onDelete: 'cascade' }),
  guardianId: uuid('guardian_id')
    .notNull()
    .references(() => patients.id),
  declaredByAccountId: uuid('declared_by_account_id')
    .notNull()
    .references(() => accounts.id),
  relation: guardianRelationEnum('relation').notNull(),
  /** Normalised series and number, e.g. "IV-МЮ 123456". */
  birthCertificate: text('birth_certificate').notNull().unique(),
  declaredAt: createdAt(),
});
