import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, id, updatedAt } from './common.js';
import { patientIdColumn } from './patients.js';

/**
 * The patient's home-measurement series, set by the assistant or the treating doctor: from `startDate`
 * (a Moscow calendar day), `days` days of `perSlot` readings in the morning and the evening. The default is
 * the ESH 2023 / ESC 2024 home BP monitoring protocol (7 days, 2 readings morning and 2 evening before a
 * review). One schedule per patient; setting a new one replaces it.
 */
export const measurementSchedules = pgTable(
  'bp_measurement_schedules',
  {
    id: id(),
    patientId: patientIdColumn(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    perSlot: integer('per_slot').notNull(),
    /** Reminder times, Moscow local "HH:MM". */
    morningTime: text('morning_time').notNull(),
    eveningTime: text('evening_time').notNull(),
    setByAccountId: uuid('set_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('bp_measurement_schedules_patient_uq').on(t.patientId),
    check('bp_measurement_schedules_days', sql`${t.days} between 1 and 28`),
    check('bp_measurement_schedules_per_slot', sql`${t.perSlot} between 1 and 3`),
  ],
);

/**
 * A worklist task for the assistant: the series has missed days (readings missing after the day ended).
 * One per patient and series start; the counts follow the series until someone closes it or sets a new one.
 */
export const seriesTasks = pgTable(
  'bp_series_tasks',
  {
    id: id(),
    patientId: patientIdColumn(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    missedDays: integer('missed_days').notNull(),
    done: integer('done').notNull(),
    expected: integer('expected').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedByAccountId: uuid('resolved_by_account_id').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('bp_series_tasks_series_uq').on(t.patientId, t.startDate),
    index('bp_series_tasks_open_idx')
      .on(t.patientId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/** The patient's answers to the symptom and side-effect questionnaire (yes/no per question code). */
export const symptomQuestionnaires = pgTable(
  'bp_symptom_questionnaires',
  {
    id: id(),
    patientId: patientIdColumn(),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull(),
    submittedByAccountId: uuid('submitted_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('bp_symptom_questionnaires_patient_idx').on(t.patientId, t.createdAt)],
);
