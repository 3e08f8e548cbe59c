import { sql } from 'drizzle-orm';
import { labObservations } from '../../db/schema/index.js';

/**
 * A value of a report no later report corrects: trends and "latest values" use these, while the corrected
 * original stays in the card beside its correction (order 947n (2020)).
 */
export const currentObservation = sql`not exists (select 1 from lab_reports corrected_by
  where corrected_by.amends_report_id = ${labObservations.reportId})`;
