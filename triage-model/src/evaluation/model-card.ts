import { CONDITIONS, FINDINGS } from '../knowledge/catalogue.js';
import type { Manifest } from '../model/manifest.js';
import { RED_FLAG_RULES } from '../red-flags/index.js';
import type { EvaluationReport } from './run-evaluation.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** model-card.md: deterministic (no dates), so retraining with the same seed reproduces it byte for byte. */
export function renderModelCard(m: Manifest, e: EvaluationReport): string {
  const v = m.training.validation;
  const levels = Object.entries(e.byUrgency)
    .map(([k, t]) => `| ${k} | ${t.cases} | ${pct(t.triageAccuracy)} |`)
    .join('\n');
  const groups = (rows: EvaluationReport['byLocale']) =>
    Object.entries(rows)
      .map(([k, t]) => `| ${k} | ${t.cases} | ${pct(t.triageAccuracy)} | ${pct(t.top3)} |`)
      .join('\n');
  const misses = e.misses.length
    ? e.misses
        .map(
          (x) =>
            `| ${x.id} | ${x.expected} | ${x.predicted} | ${x.expectedCondition} | ${x.topConditions.join(', ')} |`,
        )
        .join('\n')
    : '| — | | | | |';
  return `# Telemed triage model — model card

- **Model version:** \`${m.modelVersion}\` (knowledge base ${m.knowledgeBaseVersion}, seed ${m.seed})
- **Artefact:** \`${m.files.model.name}\` (${m.files.model.bytes} bytes, sha256 \`${m.files.model.sha256}\`), ONNX opset 13
- **Input:** \`${m.input.name}\` float32 [N, ${m.input.featureCount}] — a "yes" and a "no" slot per yes/no finding, one-hot age band, one-hot sex (layout in \`vocabulary.json\` → \`features\`)
- **Outputs:** \`${m.outputs.probabilities}\` float32 [N, ${m.outputs.classCount}] (softmax) and \`${m.outputs.logits}\`; class order in \`vocabulary.json\` → \`classes\`

## Intended use

Pre-consultation triage for the insurer's telemedicine patients (adults and children, answering for themselves or a child):
an urgency level (ambulance · emergency department · within 24 h · planned · self-care), the specialist and the consult
format, and the most likely conditions with the answers that drove them. **It is not a diagnosis.** Red-flag rules
(${RED_FLAG_RULES.length} rules, each citing its guideline in \`src/red-flags/\`) run beside the model and always win: the
model may raise urgency above a rule, never lower it.

## Training data and method

- Knowledge base written by the Telemed team (${CONDITIONS.length} conditions, ${FINDINGS.length} findings, Russian and English),
  with age- and sex-dependent priors and per-finding likelihoods (\`src/knowledge/\`).
- Synthetic patients: ${m.training.samplesPerCondition} per condition (class-balanced), every finding present with its
  likelihood and observed completely at random with a per-patient rate of 5–50 %, so the weights stay valid for
  whatever subset the adaptive interview asks.
- Softmax regression (plain TypeScript, mini-batch Adam, ${m.training.epochs} epochs, seeded PRNG); the real prevalence is
  added back as a log-prior bias shift. Final training loss ${m.training.finalLoss}.
- \`npm run train -w triage-model\` reproduces every artefact byte for byte for the same seed (tested).

## Metrics

### Held-out synthetic patients (model alone, no interview, no rules; ${v.cases} cases drawn with real prevalence)

| top-1 | top-3 | urgency accuracy |
| --- | --- | --- |
| ${pct(v.top1)} | ${pct(v.top3)} | ${pct(v.urgencyAccuracy)} |

These patients only have a random 10–50 % of their findings observed, so the figures are a floor for a real interview.

### Case vignettes (\`npm run eval:triage\`: whole adaptive interview + red-flag rules, simulated patient)

${e.vignettes} vignettes written by the team (all five urgency levels, infants to elderly, Russian and English). The
simulated patient starts with the vignette's free-text complaint, corrects the parsed findings on the confirmation step,
then answers each question from the vignette (anything not listed is "no", any measurement not listed "don't know").

| metric | value |
| --- | --- |
| triage accuracy (exact level) | ${pct(e.triageAccuracy)} |
| over-triage rate | ${pct(e.overTriageRate)} |
| under-triage rate | ${pct(e.underTriageRate)} |
| emergency recall on red-flag cases (${e.redFlagCases} cases) | ${pct(e.emergencyRecall)} |
| ambulance/ED cases sent to ambulance/ED (${e.emergencyCases} cases) | ${pct(e.emergencyLevelRecall)} |
| top-1 condition | ${pct(e.top1)} |
| top-3 condition | ${pct(e.top3)} |
| questions per interview (mean / max) | ${e.meanQuestions} / ${e.maxQuestions} |
| complaint parser: findings kept after patient confirmation | ${pct(e.parser.precision)} of ${e.parser.extracted} |

| expected urgency | cases | triage accuracy |
| --- | --- | --- |
${levels}

| locale | cases | triage accuracy | top-3 |
| --- | --- | --- | --- |
${groups(e.byLocale)}

| age group | cases | triage accuracy | top-3 |
| --- | --- | --- | --- |
${groups(e.byAgeGroup)}

Robustness — a terse, vague patient who only names the main complaint and answers "don't know" to
${pct(e.noisyPatient.unknownRate)} of what they have, so the interview has to find everything else: triage accuracy
${pct(e.noisyPatient.triageAccuracy)}, over-triage ${pct(e.noisyPatient.overTriageRate)}, under-triage
${pct(e.noisyPatient.underTriageRate)}, emergency recall on red-flag cases ${pct(e.noisyPatient.emergencyRecall)},
top-3 ${pct(e.noisyPatient.top3)}.

Vignettes with a wrong urgency or the expected condition outside the top 3:

| vignette | expected | predicted | expected condition | top 3 |
| --- | --- | --- | --- | --- |
${misses}

## Limitations

- Vignettes and knowledge base come from the same authors and the simulated patient answers perfectly; real patients
  are vaguer, so expect lower accuracy in production. Validate against clinician-triaged real cases before relying on it.
- Naive conditional independence: findings are modelled as independent given the condition.
- Numeric vitals are used through guideline thresholds (fever ≥ 38.0 °C, BP ≥ 140/90 and ≥ 180/120, …), not as
  continuous values. No heart rate, respiratory rate or SpO₂.
- Not for pregnancy-specific triage beyond ectopic pregnancy, nor for trauma beyond head injury.
`;
}
