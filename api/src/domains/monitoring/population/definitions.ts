/**
 * Population status of an enrolled hypertension patient, after the WHO HEARTS technical package (WHO, 2018;
 * "HEARTS: Systems for monitoring", 2021 update) and Simple.org's dashboard indicators ("BP controlled",
 * "BP not controlled", "Missed visits", "Lost to follow-up"; simple.org/dashboard, 2021):
 *
 * - `first_3_months`: enrolled less than 3 months ago. Shown apart and left out of the control-rate
 *   denominator (Simple.org: "patients registered before the last 3 months").
 * - `controlled`: the last reading, taken within the past 3 months, is below target.
 * - `uncontrolled`: the last reading, taken within the past 3 months, is at or above target.
 * - `no_reading_3m`: no reading in the past 3 months, but one within the past 12 months
 *   (Simple.org "missed visits").
 * - `lost_to_follow_up`: no reading in the past 12 months (Simple.org / HEARTS "lost to follow-up"),
 *   also left out of the denominator.
 *
 * "Below target" is strict on both numbers: systolic < target AND diastolic < target, the HEARTS "<140/90"
 * (HEARTS technical package, module "Evidence-based treatment protocols", 2018). So 139/89 is controlled,
 * 140/89 and 139/90 are not. The target is the enrolment's personal one (default 140/90, set by the
 * treating doctor, e.g. 130/80 per ESC/ESH 2023 §9.2 for most adults under 65 who tolerate it).
 *
 * Control rate = controlled / (controlled + uncontrolled + no_reading_3m), among patients enrolled at least
 * 3 months before the moment it is taken: the Simple.org "BP controlled" indicator, whose denominator
 * excludes patients in their first 3 months and the lost to follow-up.
 */
export const POPULATION_STATUSES = [
  'first_3_months',
  'controlled',
  'uncontrolled',
  'no_reading_3m',
  'lost_to_follow_up',
] as const;
export type PopulationStatus = (typeof POPULATION_STATUSES)[number];

/** Months of the windows above (HEARTS 2021 / Simple.org). */
export const NEW_PATIENT_MONTHS = 3;
export const RECENT_READING_MONTHS = 3;
export const LOST_TO_FOLLOW_UP_MONTHS = 12;
/** Monthly control-rate points shown: the last 12 months. */
export const TREND_MONTHS = 12;
// The windows are applied in SQL only (queries.ts, Postgres month intervals), so there is one definition.
