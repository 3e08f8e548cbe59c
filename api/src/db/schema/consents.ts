import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, localized } from './common.js';
import { patientIdColumn } from './patients.js';

/**
 * What a consent document is for (domains/consents/documents.ts):
 * - telemedicine_intervention: informed voluntary consent to medical intervention by telemedicine
 *   (323-FZ art. 20; art. 36.2);
 * - personal_data: written consent to processing health data, a special category (152-FZ art. 9 part 4, art. 10);
 * - call_recording, research_use: optional.
 */
export const consentKindEnum = pgEnum('consent_kind', [
  'telemedicine_intervention',
  'personal_data',
  'call_recording',
  'research_use',
]);

/** Who signed: the patient, or a parent or guardian for a child under 15 (323-FZ art. 20 part 2, art. 54 part 2). */
export const consentSignerRelationEnum = pgEnum('consent_signer_relation', ['self', 'guardian']);

/** How the simple electronic signature was made (63-FZ art. 5 part 2, art. 6, art. 9): a one-time code. */
export const consentSignatureMethodEnum = pgEnum('consent_signature_method', ['email_code', 'sms_code']);

/**
 * One published version of a consent text, never edited: a changed text is a new version, and a new version of a
 * required kind needs accepting again.
 */
export const consentDocuments = pgTable(
  'consent_documents',
  {
    id: id(),
    kind: consentKindEnum('kind').notNull(),
    version: integer('version').notNull(),
    /** Required before any consultation is booked; the optional ones may be declined. */
    required: boolean('required').notNull(),
    title: localized('title'),
    body: localized('body'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consent_documents_kind_version_uq').on(t.kind, t.version),
    check('consent_documents_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * A signed acceptance of one document version for one patient. Kept for good: a withdrawal sets `withdrawnAt`,
 * so the record of what was agreed, by whom and when stays.
 */
export const consentAcceptances = pgTable(
  'consent_acceptances',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => consentDocuments.id),
    patientId: patientIdColumn(),
    signedByAccountId: uuid('signed_by_account_id')
      .notNull()
      .references(() => accounts.id),
    signerRelation: consentSignerRelationEnum('signer_relation').notNull(),
    signatureMethod: consentSignatureMethodEnum('signature_method').notNull(),
    /** Where the one-time code went (the e-mail or phone that identifies the signer). */
    signatureContact: text('signature_contact').notNull(),
    /** sha256 of the document text in both languages as shown: what exactly was signed. */
    documentHash: text('document_hash').notNull(),
    acceptedAt: createdAt(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByAccountId: uuid('withdrawn_by_account_id').references(() => accounts.id),
  },
  (t) => [index('consent_acceptances_patient_idx').on(t.patientId, t.acceptedAt)],
);
