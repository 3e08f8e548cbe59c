import type { BooleanFinding, FindingCategory, Sex } from '../types.js';

type Options = { derivedOnly?: boolean; minAgeMonths?: number; maxAgeMonths?: number; sex?: Sex };
export type FindingRow = readonly [id: string, en: string, ru: string, base: number, options?: Options];

/** Compact table form keeps each body-system file readable; every row becomes a BooleanFinding. */
export function defineFindings(
  system: string,
  category: FindingCategory,
  rows: readonly FindingRow[],
): BooleanFinding[] {
  return rows.map(([id, en, ru, base, options]) => ({
    kind: 'boolean',
    id,
    name: { ru, en },
    category,
    system,
    base,
    ...options,
  }));
}
