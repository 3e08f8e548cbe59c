import { ageBand } from '../knowledge/age-bands.js';
import { CONDITIONS, findingById, isApplicable, possibleFor } from '../knowledge/catalogue.js';
import { complaintById, type PresentingComplaint } from '../knowledge/complaints/index.js';
import type { Sex } from '../knowledge/types.js';

/**
 * A condition is plausible for a complaint when it lists one of the complaint's implied findings with at least this
 * likelihood: the finding is a recognised feature of it, not a background base rate. An operating point for question
 * selection only (which conditions the questions try to tell apart), never for the result, which always uses the
 * full model posterior.
 */
export const PLAUSIBLE_LIKELIHOOD = 0.2;

/** Known complaints that apply to the patient's age and sex, deduplicated, in the given order. */
export function applicableComplaints(ids: Iterable<string>, ageMonths: number, sex: Sex): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const c = complaintById.get(id);
    if (c && isApplicable(c, ageMonths, sex) && !out.includes(id)) out.push(id);
  }
  return out;
}

export function complaintsOf(ids: readonly string[]): PresentingComplaint[] {
  return ids.flatMap((id) => complaintById.get(id) ?? []);
}

/** Yes/no findings a complaint means the patient has ("sore throat" → sore_throat). */
export function impliedFindings(ids: readonly string[]): string[] {
  return [
    ...new Set(
      complaintsOf(ids).flatMap((c) => c.implies.filter((f) => findingById.get(f)?.kind === 'boolean')),
    ),
  ];
}

const cache = new Map<string, Uint8Array>();
const CACHE_LIMIT = 2000;

/**
 * 1 for every condition plausible for this patient: possible at their age and sex (non-zero prior) and, when there
 * are complaints, plausible for at least one of them. Falls back to every possible condition when the complaints
 * imply nothing the knowledge base links to a condition.
 */
export function plausibleMask(complaints: readonly string[], ageMonths: number, sex: Sex): Uint8Array {
  const key = `${ageBand(ageMonths)}|${sex}|${[...complaints].sort().join(',')}`;
  let mask = cache.get(key);
  if (mask) return mask;
  const implied = impliedFindings(complaints);
  const possible = CONDITIONS.map((c) => possibleFor(c, ageMonths, sex));
  const plausible = CONDITIONS.map(
    (c, k) => possible[k]! && implied.some((f) => (c.likelihoods[f] ?? 0) >= PLAUSIBLE_LIKELIHOOD),
  );
  mask = Uint8Array.from(plausible.some(Boolean) ? plausible : possible, Number);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, mask);
  return mask;
}
