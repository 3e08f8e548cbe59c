import type { InterviewState, TriageResult } from '@telemed/triage-model';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, updatedAt } from './common.js';
import { patientIdColumn } from './patients.js';
import { appointments } from './scheduling.js';

export const anamnesisStatusEnum = pgEnum('anamnesis_status', ['in_progress', 'completed']);

/**
 * One symptom-checker interview: the engine's state after every answer, the triage result and the
 * model version that produced it, and the consultation it was attached to.
 */
export const anamnesisSessions = pgTable(
  'anamnesis_sessions',
  {
    id: id(),
    patientId: patientIdColumn(),
    startedByAccountId: uuid('started_by_account_id')
      .notNull()
      .references(() => accounts.id),
    status: anamnesisStatusEnum('status').notNull().default('in_progress'),
    state: jsonb('state').$type<InterviewState>().notNull(),
    result: jsonb('result').$type<TriageResult>(),
    modelVersion: text('model_version').notNull(),
    appointmentId: uuid('appointment_id').references(() => appointments.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('anamnesis_patient_idx').on(t.patientId, t.createdAt),
    index('anamnesis_appointment_idx').on(t.appointmentId),
  ],
);
