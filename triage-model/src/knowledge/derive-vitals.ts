/** Turns numeric answers into the yes/no findings the model uses. Thresholds and their sources live here only. */

export type NumericValues = Readonly<Record<string, number | undefined>>;
export type DerivedValue = 'yes' | 'no';

// Fever ≥ 38.0 °C and "high" ≥ 39.0 °C: NICE NG143 Fever in under 5s (2019, updated 2021), traffic-light table.
export const FEVER_C = 38.0;
export const HIGH_FEVER_C = 39.0;
// Temperature < 36 °C as a sepsis risk criterion: NICE NG51 Suspected sepsis (2016, updated 2024).
export const LOW_TEMPERATURE_C = 36.0;
// Clinic hypertension ≥ 140/90: NICE NG136 Hypertension in adults (2019, updated 2023); ESH 2023.
export const BP_HIGH = { systolic: 140, diastolic: 90 } as const;
// Severe hypertension ≥ 180/120 (hypertensive urgency/emergency when organ damage): NICE NG136 (2019, updated 2023);
// ESC/ESH arterial hypertension guideline 2018.
export const BP_VERY_HIGH = { systolic: 180, diastolic: 120 } as const;
// Systolic ≤ 90 mmHg is a high-risk sepsis criterion: NICE NG51 (2016, updated 2024).
export const BP_LOW_SYSTOLIC = 90;
// Bacterial sinusitis becomes likely after ≥ 10 days without improvement: IDSA rhinosinusitis guideline 2012.
// Cough is no longer "acute" after 3 weeks: BTS cough guideline 2006, ERS chronic cough guideline 2020.
export const DURATION_DAYS = { three: 3, ten: 10, threeWeeks: 21 } as const;

/** Which derived findings each numeric finding sets (used to know what a numeric answer overrides). */
export const DERIVED_BY_NUMERIC: Readonly<Record<string, readonly string[]>> = {
  temperature_c: ['fever', 'high_fever', 'low_temperature'],
  bp_systolic: ['bp_high', 'bp_very_high', 'bp_low'],
  bp_diastolic: ['bp_high', 'bp_very_high'],
  duration_days: ['lasting_3_days', 'lasting_10_days', 'lasting_3_weeks'],
};

const yn = (value: boolean): DerivedValue => (value ? 'yes' : 'no');

export function deriveVitals(values: NumericValues): Record<string, DerivedValue> {
  const out: Record<string, DerivedValue> = {};
  const t = values.temperature_c;
  if (t !== undefined) {
    out.fever = yn(t >= FEVER_C);
    out.high_fever = yn(t >= HIGH_FEVER_C);
    out.low_temperature = yn(t < LOW_TEMPERATURE_C);
  }
  const sys = values.bp_systolic;
  const dia = values.bp_diastolic;
  if (sys !== undefined || dia !== undefined) {
    out.bp_high = yn((sys ?? 0) >= BP_HIGH.systolic || (dia ?? 0) >= BP_HIGH.diastolic);
    out.bp_very_high = yn((sys ?? 0) >= BP_VERY_HIGH.systolic || (dia ?? 0) >= BP_VERY_HIGH.diastolic);
  }
  if (sys !== undefined) out.bp_low = yn(sys <= BP_LOW_SYSTOLIC);
  const d = values.duration_days;
  if (d !== undefined) {
    out.lasting_3_days = yn(d >= DURATION_DAYS.three);
    out.lasting_10_days = yn(d >= DURATION_DAYS.ten);
    out.lasting_3_weeks = yn(d >= DURATION_DAYS.threeWeeks);
  }
  return out;
}
