import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, smallint, text, time, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized } from './common.js';
import { practitioners } from './practitioners.js';
import { formatEnum } from './scheduling.js';

/**
 * A practitioner's weekly working pattern, from which an admin generates bookable `slots` for the coming
 * weeks. Times are wall-clock times in the practitioner's clinic's timezone (Moscow without a clinic).
 */
export const slotTemplates = pgTable(
  'slot_templates',
  {
    id: id(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    formats: formatEnum('formats').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('slot_templates_practitioner_idx').on(t.practitionerId, t.weekday),
    check('slot_templates_weekday', sql`${t.weekday} between 1 and 7`),
    check('slot_templates_positive_length', sql`${t.endTime} > ${t.startTime}`),
    check('slot_templates_slot_minutes', sql`${t.slotMinutes} between 5 and 240`),
  ],
);

/** Public holidays: slot generation skips these days. `source` names the act that makes the day a holiday. */
export const holidays = pgTable('holidays', {
  date: date('date').primaryKey(),
  name: localized('name'),
  source: text('source').notNull(),
});
