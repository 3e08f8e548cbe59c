import { writeFile } from 'node:fs/promises';
import { CONDITIONS } from '../../knowledge/catalogue.js';
import {
  ANSWER_KEY_FILE,
  FACT_MAP_FILE,
  buildAnswerKey,
  formatAnswerKey,
  loadAnswerKey,
  readJson,
  staleFindings,
  type FactMap,
} from './answer-key.js';
import { loadHeldOutCases } from './cases.js';
import { conditionsMatching } from '../metrics.js';

/**
 * npm run eval:answer-key -w triage-model [-- --write]
 * Lists facts the key leaves unmapped (by phrase, most frequent first), finding ids the knowledge base no longer has,
 * and expected ICD-10 codes with no knowledge-base condition. --write regenerates v1-answer-key.json from
 * v1-fact-map.json first. Refresh: add phrases (or 'caseId#factIndex' overrides) to the map, then --write.
 */
const cases = await loadHeldOutCases();
const map = await readJson<FactMap>(FACT_MAP_FILE);
if (process.argv.includes('--write'))
  await writeFile(ANSWER_KEY_FILE, await formatAnswerKey(buildAnswerKey(cases, map)));
const key = await loadAnswerKey();

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
