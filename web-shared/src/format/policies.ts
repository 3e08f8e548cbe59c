import type { Locale } from '../i18n/locales.js';
import { formatCalendarDate } from './dates.js';

/** The end date the api stores for a policy that does not expire (api: `domains/policies/no-expiry.ts`). */
const OMS_NO_EXPIRY = '2100-12-31';

/**
 * A policy's end date as shown, or null for one that does not expire: an OMS policy is stored with a sentinel
 * date, which nobody should read as "valid to 31 December 2100".
 */
export function policyEndDate(validTo: string, locale: Locale): string | null {
  return validTo === OMS_NO_EXPIRY ? null : formatCalendarDate(validTo, locale);
}
