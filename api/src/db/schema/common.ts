import { jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A text in both product languages; every user-facing or medical name is stored this way. */
export type LocalizedText = { ru: string; en: string };

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
export const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull();
