import type { Sex } from '../types.js';
import type { PresentingComplaint } from './types.js';

type Options = { minAgeMonths?: number; maxAgeMonths?: number; sex?: Sex };
export type ComplaintRow = readonly [
  id: string,
  en: string,
  ru: string,
  implies: readonly string[],
  discriminators: readonly string[],
  options?: Options,
];

/** Compact table form, like `defineFindings`, so each CEDIS group reads as one list. */
export function defineComplaints(group: string, rows: readonly ComplaintRow[]): PresentingComplaint[] {
  return rows.map(([id, en, ru, implies, discriminators, options]) => ({
    id,
    group,
    name: { ru, en },
    implies,
    discriminators,
    ...options,
  }));
}
