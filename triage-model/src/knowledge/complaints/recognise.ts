import type { ExtractedFinding } from '../../interview/state.js';
import type { PresentingComplaint } from './types.js';

/**
 * Presenting complaints whose implied findings were all understood as present in the free text, in the order the
 * patient mentioned them (the first is usually the chief complaint). Age and sex are left to the caller.
 */
export function recogniseIn(
  complaints: readonly PresentingComplaint[],
  extracted: readonly ExtractedFinding[],
): string[] {
  const firstYes = new Map<string, number>();
  for (const f of extracted) {
    if (f.value === 'yes' && !firstYes.has(f.findingId)) firstYes.set(f.findingId, f.start);
  }
  return complaints
    .filter((c) => c.implies.every((id) => firstYes.has(id)))
    .map((c) => ({ id: c.id, at: Math.max(...c.implies.map((id) => firstYes.get(id)!)) }))
    .sort((a, b) => a.at - b.at)
    .map((c) => c.id);
}
