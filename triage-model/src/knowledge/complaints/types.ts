import type { Localized, Sex } from '../types.js';

/**
 * A presenting complaint, modelled on the CEDIS presenting-complaint list used in emergency triage. The complaint
 * (picked from the list or recognised in free text) drives the interview: its discriminators are asked first, then
 * questions chosen among the conditions plausible for it.
 */
export interface PresentingComplaint {
  id: string;
  /** CEDIS group this complaint belongs to (e.g. "ent", "cardiovascular", "mental_health"). */
  group: string;
  name: Localized;
  /** Yes/no findings that are present when the patient has this complaint. */
  implies: readonly string[];
  /** This complaint's own discriminator questions (finding ids), most decisive first. */
  discriminators: readonly string[];
  minAgeMonths?: number;
  maxAgeMonths?: number;
  sex?: Sex;
}
