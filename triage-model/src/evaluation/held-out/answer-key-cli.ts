import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CONDITIONS } from '../../knowledge/catalogue.js';
import {
  answerKeyFile,
  buildAnswerKey,
  factMapFile,
  formatAnswerKey,
  loadAnswerKey,
  readJson,
  staleFindings,
  type FactMap,
} from './answer-key.js';
import { HELD_OUT_SETS, loadHeldOutCases } from './cases.js';
import { conditionsMatching } from '../metrics.js';

/**
 * npm run eval:answer-key -w triage-model [-- --set v1|v2] [--write]   (default set: v1)
 * Lists facts the key leaves unmapped (by phrase, most frequent first), finding ids the knowledge base no longer has,
 * and expected ICD-10 codes with no knowledge-base condition. --write regenerates <set>-answer-key.json from
 * <set>-fact-map.json first. Refresh: add phrases (or 'caseId#factIndex' overrides) to the map, then --write.
 */
const { values } = parseArgs({
  options: { set: { type: 'string', default: 'v1' }, write: { type: 'boolean' } },
});
const set = HELD_OUT_SETS.find((s) => s === values.set);
if (!set) throw new Error(`--set must be one of ${HELD_OUT_SETS.join(', ')}`);
const cases = await loadHeldOutCases(set);
const map = await readJson<FactMap>(factMapFile(set));
if (values.write) await writeFile(answerKeyFile(set), await formatAnswerKey(buildAnswerKey(cases, map), set));
const key = await loadAnswerKey(set);

const unmapped = new Map<string, { count: number; reviewed: boolean }>();
for (const k of Object.values(key)) {
  for (const u of k.unmapped) {
    const phrase = u.finding.trim().toLowerCase();
    const cur = unmapped.get(phrase) ?? { count: 0, reviewed: phrase in map };
    unmapped.set(phrase, { ...cur, count: cur.count + 1 });
  }
}
const facts = cases.reduce((n, c) => n + c.facts.length, 0);
const unmappedFacts = [...unmapped.values()].reduce((n, u) => n + u.count, 0);
const rows = [...unmapped].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
console.log(`${facts} facts, ${unmappedFacts} unmapped (${unmapped.size} phrases):`);
console.log(
  '  not yet reviewed:',
  rows
    .filter(([, u]) => !u.reviewed)
    .map(([p, u]) => `${p} ×${u.count}`)
    .join('; '),
);
console.log(
  '  reviewed, no equivalent finding:',
  rows
    .filter(([, u]) => u.reviewed)
    .map(([p, u]) => `${p} ×${u.count}`)
    .join('; '),
);
const stale = staleFindings(key);
console.log(
  `${stale.length} key answers use finding ids missing from the knowledge base:`,
  [...new Set(stale.map((s) => s.findingId))].join(', '),
);
const noCondition = Object.entries(key).filter(
  ([, k]) => conditionsMatching(k.icd10, CONDITIONS).length === 0,
);
console.log(
  `${noCondition.length}/${cases.length} cases expect a condition the knowledge base does not have (by ICD-10 rule).`,
);
if (stale.length > 0) process.exitCode = 1;
