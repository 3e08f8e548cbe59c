import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, updatedAt } from './common.js';
import { labReports } from './labs.js';
import { patientIdColumn } from './patients.js';
import { practitioners, specialties } from './practitioners.js';
import { files } from './records.js';
import { appointments } from './scheduling.js';

export const careRequestKindEnum = pgEnum('care_request_kind', ['second_opinion', 'test_decoding']);
export const careRequestStatusEnum = pgEnum('care_request_status', [
  'submitted',
  'in_review',
  'answered',
  'consult_booked',
  'cancelled',
]);
export const careRequestFormatEnum = pgEnum('care_request_format', ['written', 'consult']);

/**
 * A patient's request for a second opinion or for a decoding of test results, addressed to a doctor or
 * to a specialty; a doctor claims it and answers in writing or converts it into a consultation.
 */
export const careRequests = pgTable(
  'care_requests',
  {
    id: id(),
    kind: careRequestKindEnum('kind').notNull(),
    patientId: patientIdColumn(),
    submittedByAccountId: uuid('submitted_by_account_id')
      .notNull()
      .references(() => accounts.id),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    /** The doctor the patient chose; null means anyone of the specialty. */
    addressedToPractitionerId: uuid('addressed_to_practitioner_id').references(() => practitioners.id),
    /** The doctor who claimed it. */
    assignedPractitionerId: uuid('assigned_practitioner_id').references(() => practitioners.id),
    status: careRequestStatusEnum('status').notNull().default('submitted'),
    format: careRequestFormatEnum('format').notNull().default('written'),
    complaints: text('complaints').notNull(),
    /** Second opinion: the diagnosis and treatment another doctor gave. */
    diagnosisGiven: text('diagnosis_given'),
    treatmentGiven: text('treatment_given'),
    /** Test decoding: why the tests were done. */
    purpose: text('purpose'),
    answer: text('answer'),
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('care_requests_patient_idx').on(t.patientId, t.createdAt),
    index('care_requests_inbox_idx').on(t.specialtyCode, t.status),
    index('care_requests_assigned_idx').on(t.assignedPractitionerId, t.status),
  ],
);

/** Uploaded documents attached to a request. */
export const careRequestFiles = pgTable(
  'care_request_files',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => careRequests.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.fileId] })],
);

/** Lab reports from the medical card picked for a request (e.g. "decode these results"). */
export const careRequestLabReports = pgTable(
  'care_request_lab_reports',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => careRequests.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id')
      .notNull()
      .references(() => labReports.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.reportId] })],
);
