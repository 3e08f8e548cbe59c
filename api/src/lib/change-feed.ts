import type { Database } from '../db/client.js';
import type { ReadCache } from './read-cache.js';

/** The channel migration 0024_change_feed's triggers notify on, with `namespace:key` as the payload. */
const CHANNEL = 'telemed_changes';

/**
 * The namespaces the database's triggers feed (migration 0024_change_feed), by what a change names:
 * - `card`: a patient, for appointments, conclusions, lab orders, reports and values, files, blood-pressure readings;
 * - `schedule`: a doctor, for appointments;
 * - `inbox`: an account, for notifications;
 * - `worklist`: an assistant, for their enrolments and their enrolled patients' alerts, readings, titration
 *   proposals and series tasks.
 */
export const CARD_READS = 'card';
export const SCHEDULE_READS = 'schedule';
export const INBOX_READS = 'inbox';
export const WORKLIST_READS = 'worklist';
const FED = [CARD_READS, SCHEDULE_READS, INBOX_READS, WORKLIST_READS];

/**
 * Keeps the read cache's record reads in step with the database: the triggers notify on commit whatever wrote
 * (a route, a job, a lab import, another api process), so no write path has to remember to invalidate. Whenever
 * listening (re)starts, notifications sent meanwhile are lost, so every fed entry is forgotten.
 */
export function followChanges(database: Database, cache: ReadCache) {
  return database.listen(
    CHANNEL,
    (payload) => {
      const colon = payload.indexOf(':');
      if (colon > 0) cache.forget(payload.slice(0, colon), payload.slice(colon + 1));
    },
    () => {
      for (const namespace of FED) cache.forget(namespace);
    },
  );
}
