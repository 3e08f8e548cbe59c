import { boolean, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { clinics } from './clinics.js';
import { createdAt, id, localized, type LocalizedText } from './common.js';

export const specialties = pgTable('specialties', {
  code: text('code').primaryKey(),
  name: localized('name'),
});

export const practitionerKindEnum = pgEnum('practitioner_kind', ['doctor', 'assistant']);

/** Clinical staff: doctors who consult and medical assistants who monitor. */
export const practitioners = pgTable('practitioners', {
  id: id(),
  accountId: uuid('account_id')
    .notNull()
    .unique()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  kind: practitionerKindEnum('kind').notNull(),
  fullName: localized('full_name'),
  clinicId: uuid('clinic_id').references(() => clinics.id),
  experienceYears: integer('experience_years').notNull().default(0),
  languages: text('languages').array().notNull().default(['ru']),
  treatsAdults: boolean('treats_adults').notNull().default(true),
  treatsChildren: boolean('treats_children').notNull().default(false),
  bio: jsonb('bio').$type<LocalizedText>(),
  createdAt: createdAt(),
});

export const practitionerSpecialties = pgTable(
  'practitioner_specialties',
  {
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
  },
  (t) => [primaryKey({ columns: [t.practitionerId, t.specialtyCode] })],
);
