import type { Sex, Urgency } from '../../knowledge/types.js';
import type { Locale } from '../../interview/state.js';

export interface Vignette {
  id: string;
  locale: Locale;
  ageMonths: number;
  sex: Sex;
  complaint: string;
  /** Everything the simulated patient has; any other yes/no question is answered "no", any measurement "unknown". */
  findings: Record<string, 'yes' | number>;
  expected: { urgency: Urgency; conditionId: string };
}

/** Compact vignette: age "58y" / "4m", findings "cough fever temperature_c=38.5". */
export function v(
  id: string,
  locale: Locale,
  age: string,
  sex: 'f' | 'm',
  complaint: string,
  conditionId: string,
  urgency: Urgency,
  findings: string,
): Vignette {
  const n = Number(age.slice(0, -1));
  const parsed: Record<string, 'yes' | number> = {};
  for (const token of findings.trim().split(/\s+/)) {
    const [key, value] = token.split('=');
    parsed[key!] = value === undefined ? 'yes' : Number(value);
  }
  return {
    id,
    locale,
    ageMonths: age.endsWith('y') ? n * 12 : n,
    sex: sex === 'f' ? 'female' : 'male',
    complaint,
    findings: parsed,
    expected: { urgency, conditionId },
  };
}
