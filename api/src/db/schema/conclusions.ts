import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { accounts } from './accounts.js';
import { createdAt, id, type LocalizedText, updatedAt } from './common.js';
import { patientIdColumn } from './patients.js';
import { practitioners } from './practitioners.js';
import { appointments } from './scheduling.js';

export const conclusionStatusEnum = pgEnum('conclusion_status', ['draft', 'final']);

/**
 * 323-FZ art. 36.2 part 3; order 193n (2025): a remote consultation may correct the treatment of a diagnosis
 * established at an in-person examination, but may not establish a new one. `first_contact`: remote, no
 * in-person diagnosis for this problem (the diagnosis is preliminary); `follow_up`: remote, an in-person
 * diagnosis is linked; `in_person`: the visit itself is the in-person examination (the rule does not apply).
 */
export const consultationTypeEnum = pgEnum('consultation_type', ['first_contact', 'follow_up', 'in_person']);
export type ConsultationType = (typeof consultationTypeEnum.enumValues)[number];

/** Where an established (in-person) diagnosis comes from: a conclusion in the card, or a document the doctor saw. */
export type EstablishedDiagnosisSource =
  | {
      kind: 'card';
      conclusionId: string;
      appointmentId: string;
      /** The in-person visit's calendar date, YYYY-MM-DD. */
      date: string;
      doctor: LocalizedText;
      organisation: LocalizedText | null;
    }
  | { kind: 'entered'; organisation: string; doctor: string; date: string; document: string };
export type EstablishedDiagnosis = DiagnosisEntry & { source: EstablishedDiagnosisSource };
/** The in-person visit a first contact must recommend: `emergency` now, `urgent` within 24–48 h, `planned` within N days. */
export type InPersonVisit = {
  urgency: 'emergency' | 'urgent' | 'planned';
  specialtyCode: string;
  withinDays: number | null;
  note?: string;
};

/** A diagnosis as chosen from the ICD-10 catalogue; the names are a snapshot so the record never changes. */
export type DiagnosisEntry = { code: string; name: LocalizedText };
export type PrescriptionEntry = {
  drug: string;
  dose: string;
  frequency: string;
  duration: string;
  note?: string;
};
/** Follow-up: nothing, a suggestion to book, or a consult the doctor booked. */
export type FollowUp =
  | { kind: 'none' }
  | { kind: 'suggest'; specialtyCode: string; inDays: number; note?: string }
  | { kind: 'booked'; appointmentId: string };

/**
 * The doctor's structured conclusion for one consultation. Drafts are edited in place; `final` rows are
 * immutable. A correction is a new row with the next `version` that `supersedes` the previous final one,
 * so every version stays readable.
 */
export const conclusions = pgTable(
  'conclusions',
  {
    id: id(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    patientId: patientIdColumn(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id),
    version: integer('version').notNull().default(1),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => conclusions.id),
    status: conclusionStatusEnum('status').notNull().default('draft'),
    diagnosis: jsonb('diagnosis').$type<DiagnosisEntry>(),
    secondaryDiagnoses: jsonb('secondary_diagnoses').$type<DiagnosisEntry[]>().notNull().default([]),
    complaints: text('complaints').notNull().default(''),
    findings: text('findings').notNull().default(''),
    recommendations: text('recommendations').notNull().default(''),
    prescriptions: jsonb('prescriptions').$type<PrescriptionEntry[]>().notNull().default([]),
    /** Lab catalogue codes the doctor orders; they become lab orders when the conclusion is finalised. */
    labTestCodes: text('lab_test_codes').array().notNull().default([]),
    followUp: jsonb('follow_up').$type<FollowUp>().notNull().default({ kind: 'none' }),
    consultationType: consultationTypeEnum('consultation_type').notNull().default('first_contact'),
    establishedDiagnosis: jsonb('established_diagnosis').$type<EstablishedDiagnosis>(),
    inPersonVisit: jsonb('in_person_visit').$type<InPersonVisit>(),
    correctionReason: text('correction_reason'),
    authorAccountId: uuid('author_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('conclusions_appointment_version_uq').on(t.appointmentId, t.version),
    // At most one open draft per consultation.
    uniqueIndex('conclusions_one_draft_uq')
      .on(t.appointmentId)
      .where(sql`${t.status} = 'draft'`),
    index('conclusions_patient_idx').on(t.patientId, t.createdAt),
  ],
);
