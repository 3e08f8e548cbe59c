import type { LocalizedText } from '../../db/schema/common.js';
import type { labObservations } from '../../db/schema/index.js';
import { findLabTest, labTests } from '../catalogue/lab-tests.js';

/** An analyte's catalogue entry by LOINC (the same analyte may sit in several panels). */
export function findAnalyte(loinc: string) {
  for (const test of labTests) {
    const analyte = test.analytes.find((a) => a.loinc === loinc);
    if (analyte) return analyte;
  }
  return undefined;
}

/** The analyte's name in both languages; a code we do not know keeps the lab's own name. */
export function analyteName(loinc: string, labName: string | undefined): LocalizedText {
  const known = findAnalyte(loinc)?.name;
  return known ?? { ru: labName ?? loinc, en: labName ?? loinc };
}

/** Low / normal / high against the reference range the lab reported with the value. */
export function flagFor(value: number, low: number | null, high: number | null) {
  if (low !== null && value < low) return 'low' as const;
  if (high !== null && value > high) return 'high' as const;
  return 'normal' as const;
}

/** Names of the ordered tests by catalogue code, for lists and the ServiceRequest's text. */
export function testNames(codes: string[]) {
  return codes.map((code) => {
    const test = findLabTest(code);
    return { code, loinc: test?.loinc ?? null, name: test?.name ?? { ru: code, en: code } };
  });
}

/** One stored analyte value as every reader of lab results shows it. */
export const observationView = (o: typeof labObservations.$inferSelect) => ({
  loinc: o.loinc,
  name: o.name,
  value: o.value,
  unit: o.unit,
  referenceLow: o.referenceLow,
  referenceHigh: o.referenceHigh,
  flag: o.flag,
  effectiveAt: o.effectiveAt.toISOString(),
});
