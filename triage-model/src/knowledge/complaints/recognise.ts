import type { ExtractedFinding } from '../../interview/state.js';
import { CONDITIONS, findingById } from '../catalogue.js';
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

/**
 * Only what is felt or seen names a complaint: "I'm breastfeeding" or "I have diabetes" is the background the
 * complaint is judged against (a history or a risk factor), not the reason for asking.
 */
const COMPLAINED_OF: ReadonlySet<string> = new Set(['symptom', 'sign']);

/** At most this many complaints are inferred from findings when none was named outright. */
const MAX_INFERRED = 2;
/**
 * A finding that several complaints list (fever, sudden onset, vomiting) says nothing about which chart fits; only
 * findings specific to at most this many complaints are used.
 */
const MAX_SHARING_COMPLAINTS = 3;

/** A condition belongs to a complaint's chart when it has the complaint's own finding at least this often. */
const CHART_LIKELIHOOD = 0.2;

const chartFeatures = new WeakMap<PresentingComplaint, ReadonlyMap<string, number>>();

/**
 * How much a finding is a feature of a complaint's chart: its highest likelihood among the conditions the complaint
 * stands for. Chest pain on exertion is angina's (the chest-pain chart), not erectile dysfunction's, though the
 * erection chart asks about it as a risk. Worked out once per complaint.
 */
function featureOf(complaint: PresentingComplaint, findingId: string): number {
  let features = chartFeatures.get(complaint);
  if (!features) {
    const most = new Map<string, number>();
    for (const c of CONDITIONS) {
      if (!complaint.implies.some((id) => (c.likelihoods[id] ?? 0) >= CHART_LIKELIHOOD)) continue;
      for (const [id, p] of Object.entries(c.likelihoods)) most.set(id, Math.max(most.get(id) ?? 0, p));
    }
    chartFeatures.set(complaint, (features = most));
  }
  return features.get(findingId) ?? 0;
}

/**
 * When no complaint was named outright, the complaints that list a finding understood as present among their own
 * discriminators: the one whose conditions have it as a feature most, then the one where it comes earliest (most
 * decisive). "Pain in the chest when I climb stairs" names no complaint but its finding belongs to the chest-pain
 * chart (CEDIS: the triage nurse picks the complaint that best fits what the patient describes). At most
 * `MAX_INFERRED`, in the order the findings were mentioned.
 */
export function inferFromDiscriminators(
  complaints: readonly PresentingComplaint[],
  extracted: readonly ExtractedFinding[],
): string[] {
  const out: string[] = [];
  for (const f of [...extracted].sort((a, b) => a.start - b.start)) {
    if (f.value !== 'yes' || !COMPLAINED_OF.has(findingById.get(f.findingId)?.category ?? '')) continue;
    const sharing = complaints.filter((c) => c.discriminators.includes(f.findingId)).length;
    if (sharing === 0 || sharing > MAX_SHARING_COMPLAINTS) continue;
    let best: { id: string; feature: number; at: number } | undefined;
    for (const c of complaints) {
      const at = c.discriminators.indexOf(f.findingId);
      if (at < 0) continue;
      const feature = featureOf(c, f.findingId);
      if (best === undefined || feature > best.feature || (feature === best.feature && at < best.at)) {
        best = { id: c.id, feature, at };
      }
    }
    if (best && !out.includes(best.id)) out.push(best.id);
    if (out.length >= MAX_INFERRED) break;
  }
  return out;
}
