import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, roleEnum } from './accounts.js';
import { createdAt, id, localized } from './common.js';
import { patientIdColumn, patients } from './patients.js';
import { appointments } from './scheduling.js';

export const fileKindEnum = pgEnum('file_kind', ['test_result', 'conclusion', 'image', 'other']);

/** Uploaded documents; bytes live content-addressed on disk under their sha256. */
export const files = pgTable(
  'files',
  {
    id: id(),
    patientId: patientIdColumn(),
    uploadedByAccountId: uuid('uploaded_by_account_id')
      .notNull()
      .references(() => accounts.id),
    kind: fileKindEnum('kind').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('files_patient_idx').on(t.patientId)],
);

export const auditOutcomeEnum = pgEnum('audit_outcome', ['allowed', 'denied']);

/** Who touched which patient's medical data, when, and whether it was allowed. Append-only. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    at: createdAt(),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    actorRole: roleEnum('actor_role'),
    action: text('action').notNull(),
    patientId: uuid('patient_id').references(() => patients.id),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    requestId: text('request_id'),
    /** Where the actor's session signed in from (address and browser), so the log says from where. */
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('audit_at_idx').on(t.at, t.id),
    index('audit_patient_idx').on(t.patientId, t.at),
    index('audit_actor_idx').on(t.actorAccountId, t.at),
    // A refused attempt names the patient only as its resource: the patient's access log finds them here.
    index('audit_refused_resource_idx')
      .on(t.resourceId, t.at)
      .where(sql`${t.patientId} is null and ${t.outcome} = 'denied'`),
  ],
);

/** In-app notifications; the idempotency key makes repeated sends of one event a no-op. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: localized('title'),
    body: localized('body'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    deliveryAttempts: integer('delivery_attempts').notNull().default(0),
  },
  (t) => [index('notifications_account_idx').on(t.accountId, t.createdAt)],
);

/** Documents a patient attached to a consultation beforehand (test results, another doctor's conclusion). */
export const appointmentAttachments = pgTable(
  'appointment_attachments',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    attachedByAccountId: uuid('attached_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.fileId] })],
);
