import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id } from './common.js';
import { patientIdColumn } from './patients.js';
import { practitioners } from './practitioners.js';
import { appointments } from './scheduling.js';

export const enrolmentStatusEnum = pgEnum('monitoring_enrolment_status', [
  'proposed',
  'active',
  'declined',
  'ended',
]);

/**
 * A hypertension patient under remote monitoring, with a personal target and a responsible assistant.
 * Monitoring gives the assistant the patient's record, so it starts only from a clinical decision: a doctor
 * who treats the patient enrols them (active at once), or an assistant proposes and a treating doctor or the
 * patient (guardian) decides. Only an active enrolment grants access (auth/policy.ts). Rows are never deleted:
 * a declined proposal or ended monitoring stays as history, and the patient may be enrolled again later.
 */
export const monitoringEnrolments = pgTable(
  'monitoring_enrolments',
  {
    id: id(),
    patientId: patientIdColumn(),
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => practitioners.id),
    status: enrolmentStatusEnum('status').notNull(),
    /** Who opened the record: the doctor who enrolled, or the assistant who proposed. */
    enrolledByAccountId: uuid('enrolled_by_account_id')
      .notNull()
      .references(() => accounts.id),
    /** The assistant's reason for a proposal, shown to the doctor and the patient who decide. */
    proposalReason: text('proposal_reason'),
    targetSystolic: integer('target_systolic').notNull(),
    targetDiastolic: integer('target_diastolic').notNull(),
    note: text('note'),
    createdAt: createdAt(),
    /** Who made it active or declined it (a doctor, the patient or the guardian), and when. */
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    endedByAccountId: uuid('ended_by_account_id').references(() => accounts.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('monitoring_assistant_idx').on(t.assistantId, t.status),
    // One proposal or monitoring at a time per patient; history rows do not count.
    uniqueIndex('monitoring_enrolments_live_uq')
      .on(t.patientId)
      .where(sql`${t.status} in ('proposed', 'active')`),
    check(
      'monitoring_enrolments_decided',
      sql`${t.status} = 'proposed' or (${t.decidedByAccountId} is not null and ${t.decidedAt} is not null)`,
    ),
    check(
      'monitoring_enrolments_ended',
      sql`${t.status} <> 'ended' or (${t.endedByAccountId} is not null and ${t.endedAt} is not null)`,
    ),
  ],
);

export const bpReadingSourceEnum = pgEnum('bp_reading_source', ['manual', 'csv', 'fhir']);
export const armEnum = pgEnum('arm', ['left', 'right']);

/** A home blood-pressure reading. The natural key makes every import idempotent. */
export const bpReadings = pgTable(
  'bp_readings',
  {
    id: id(),
    patientId: patientIdColumn(),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
    systolic: integer('systolic').notNull(),
    diastolic: integer('diastolic').notNull(),
    pulse: integer('pulse'),
    arm: armEnum('arm'),
    /** Symptoms the patient reported with the reading (headache, chest pain…), as codes. */
    symptoms: text('symptoms').array().notNull().default([]),
    source: bpReadingSourceEnum('source').notNull(),
    enteredByAccountId: uuid('entered_by_account_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bp_readings_natural_uq').on(t.patientId, t.measuredAt, t.systolic, t.diastolic),
    index('bp_readings_patient_time_idx').on(t.patientId, t.measuredAt),
    check('bp_readings_systolic_above_diastolic', sql`${t.systolic} > ${t.diastolic}`),
  ],
);

/**
 * The last reading of each patient in each calendar month (UTC), kept by a statement trigger on bp_readings
 * (migration 0022_bp_reading_months): the population's monthly control-rate trend reads a dozen of these rows
 * per patient instead of probing a year of readings once per month. `month` is the month whose end (the first
 * instant of the next month) is the first month end at or after the reading, so a month's row is exactly the
 * last reading taken at or before that month's end.
 */
export const bpReadingMonths = pgTable(
  'bp_reading_months',
  {
    patientId: patientIdColumn(),
    month: date('month').notNull(),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
    systolic: integer('systolic').notNull(),
    diastolic: integer('diastolic').notNull(),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.month] })],
);

export const alertKindEnum = pgEnum('monitoring_alert_kind', [
  'crisis',
  'high_average',
  'low_pressure',
  'pulse_high',
  'pulse_low',
  'no_readings',
  /** Chest pain or breathlessness in the outreach questionnaire (monitoring/outreach/symptom-alert.ts). */
  'symptoms_reported',
]);
export const alertSeverityEnum = pgEnum('monitoring_alert_severity', ['urgent', 'high', 'medium', 'low']);
export const alertStatusEnum = pgEnum('monitoring_alert_status', [
  'open',
  'acknowledged',
  'resolved',
  'escalated',
]);

/** An alert raised by a guideline rule; `dedupeKey` keeps re-evaluation from raising it twice. */
export const monitoringAlerts = pgTable(
  'monitoring_alerts',
  {
    id: id(),
    patientId: patientIdColumn(),
    kind: alertKindEnum('kind').notNull(),
    severity: alertSeverityEnum('severity').notNull(),
    status: alertStatusEnum('status').notNull().default('open'),
    readingId: uuid('reading_id').references(() => bpReadings.id),
    /** The values and thresholds that fired the rule, and the rule's source. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: createdAt(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedByAccountId: uuid('acknowledged_by_account_id').references(() => accounts.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedByAccountId: uuid('resolved_by_account_id').references(() => accounts.id),
    escalatedAppointmentId: uuid('escalated_appointment_id').references(() => appointments.id),
  },
  (t) => [index('monitoring_alerts_patient_idx').on(t.patientId, t.status, t.createdAt)],
);

/** How a contact attempt went (outreach); notes written before outreach have none. */
export const contactOutcomeEnum = pgEnum('monitoring_contact_outcome', [
  'reached',
  'no_answer',
  'left_message',
  'wrong_number',
  'declined',
]);

/** The assistant's record of contacts with the patient. */
export const monitoringNotes = pgTable(
  'monitoring_notes',
  {
    id: id(),
    patientId: patientIdColumn(),
    alertId: uuid('alert_id').references(() => monitoringAlerts.id),
    authorAccountId: uuid('author_account_id')
      .notNull()
      .references(() => accounts.id),
    channel: text('channel').notNull(),
    text: text('text').notNull(),
    outcome: contactOutcomeEnum('outcome'),
    createdAt: createdAt(),
  },
  (t) => [index('monitoring_notes_patient_idx').on(t.patientId, t.createdAt)],
);
