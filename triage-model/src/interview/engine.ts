import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { NUMERIC_FINDINGS, findingById, isApplicable, urgencyRank } from '../knowledge/catalogue.js';
import { knowledgeBaseHash } from '../knowledge/hash.js';
import type { Localized } from '../knowledge/types.js';
import { FEATURE_COUNT, activeFeatures, demographicFeatures, denseFeatures } from '../model/features.js';
import { forwardDense, logitsFromActive, softmax } from '../model/forward.js';
import { MANIFEST_FILE, ManifestSchema, type Manifest } from '../model/manifest.js';
import { INPUT_NAME, OUTPUT_NAME, readOnnxWeights } from '../model/onnx-graph.js';
import type { LinearWeights } from '../model/weights.js';
import { parseComplaint } from '../parser/parse-complaint.js';
import { ARTIFACTS_DIR } from '../paths.js';
import { REASK } from '../red-flags/doubt.js';
import { RED_FLAG_RULES, pendingRedFlagQuestion, type RedFlagContext } from '../red-flags/index.js';
import type { Vocabulary } from '../training/vocabulary.js';
import { complaintById, recogniseComplaintsIn } from '../knowledge/complaints/index.js';
import { applicableComplaints, impliedFindings, plausibleMask } from './complaint-focus.js';
import { nextDiscriminator } from './discriminators.js';
import { effectiveFindings, redFlagContext, type EffectiveFindings } from './effective-findings.js';
import { QuestionSelector, likelihoodMatrix } from './question-selection.js';
import {
  DOUBT_MATERIALITY,
  abcDoubtFor,
  premiseHolds,
  assessRedFlags,
  type RedFlagAssessment,
} from './red-flag-assessment.js';
import { buildResult, type TriageResult } from './result.js';
import {
  AnswerValueSchema,
  InterviewStateSchema,
  StartInputSchema,
  type AnswerValue,
  type InterviewState,
  type StartInput,
} from './state.js';

export const DEFAULT_ARTIFACTS_DIR = ARTIFACTS_DIR;

export interface InterviewLimits {
  /**
   * No discriminator or information-gain questions after this many questions (re-asks and red-flag questions continue
   * up to `hardMax`). Corrections and answers from the complaint text do not count.
   */
  maxQuestions: number;
  hardMax: number;
  /** Stop once the leading condition is this likely (and the red flags are covered). */
  confidentProbability: number;
  /** Stop when no question is expected to change the picture by more than this (nats). */
  minGain: number;
}

export const DEFAULT_LIMITS: InterviewLimits = {
  maxQuestions: 12,
  hardMax: 30,
  confidentProbability: 0.85,
  minGain: 0.02,
};

export interface Question {
  findingId: string;
  kind: 'boolean' | 'numeric';
  text: Localized;
  unit?: Localized;
  min?: number;
  max?: number;
  /**
   * Why it is asked, in interview order: `reask` — a simpler, observable question after "don't know" to a danger sign;
   * `paired` — diastolic after systolic; `discriminator` — the general triage discriminators and the complaint's own;
   * `red_flag` — a red-flag rule relevant to this patient; `information_gain` — the most informative question among
   * the conditions plausible for the complaint, age and sex.
   */
  reason: 'reask' | 'paired' | 'discriminator' | 'red_flag' | 'information_gain';
  redFlagRuleId?: string;
  /** For `reask`: the danger sign the patient answered "don't know" to. */
  reaskOf?: string;
  /** 1-based number of this question in the interview. */
  number: number;
}

export interface LoadOptions {
  artifactsDir?: string;
  limits?: Partial<InterviewLimits>;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const RED_FLAG_URGENCY = new Map(RED_FLAG_RULES.map((r) => [r.id, r.urgency]));
const PAIRED_QUESTIONS: ReadonlyArray<readonly [string, string]> = NUMERIC_FINDINGS.flatMap((f) =>
  f.pairedWith === undefined ? [] : [[f.pairedWith, f.id] as const],
);

const EMERGENCY_RANK = urgencyRank('emergency_department');

/**
 * Whether a "yes" to this finding would make an emergency-level (ambulance or emergency department) rule fire that
 * does not fire now: the finding is a danger sign for this patient, given the answers so far.
 */
function wouldEscalate(ctx: RedFlagContext, findingId: string): boolean {
  const withYes: RedFlagContext = { ...ctx, yes: (id) => id === findingId || ctx.yes(id) };
  return RED_FLAG_RULES.some(
    (r) => urgencyRank(r.urgency) >= EMERGENCY_RANK && r.fires(withYes) && !r.fires(ctx),
  );
}

/** How many red-flag questions are still open for this patient, given what is known now. */
function openRedFlagQuestions(ctx: RedFlagContext, asked: ReadonlySet<string>): number {
  const seen = new Set(asked);
  let count = 0;
  for (let p = pendingRedFlagQuestion(ctx, seen); p; p = pendingRedFlagQuestion(ctx, seen)) {
    seen.add(p.findingId);
    count++;
  }
  return count;
}

export class TriageEngine {
  readonly modelVersion: string;
  private readonly selector: QuestionSelector;

  constructor(
    readonly manifest: Manifest,
    /** The published vocabulary (findings, conditions, urgency levels, feature/class layout) as in vocabulary.json. */
    readonly vocabulary: Vocabulary,
    readonly weights: LinearWeights,
    private readonly session: ort.InferenceSession,
    readonly limits: InterviewLimits,
  ) {
    this.modelVersion = manifest.modelVersion;
    this.selector = new QuestionSelector(weights, likelihoodMatrix());
  }

  start(input: StartInput): InterviewState {
    const { ageMonths, sex, complaintText, complaintIds, locale } = StartInputSchema.parse(input);
    const extracted = (complaintText ? parseComplaint(complaintText) : []).filter((f) => {
      const finding = findingById.get(f.findingId)!;
      return finding.kind === 'numeric' || isApplicable(finding, ageMonths, sex);
    });
    const answers: InterviewState['answers'] = {};
    for (const f of extracted) answers[f.findingId] = { value: f.value, source: 'complaint' };
    const state: InterviewState = {
      schemaVersion: 1,
      modelVersion: this.modelVersion,
      ageMonths,
      sex,
      locale,
      ...(complaintText ? { complaintText } : {}),
      extracted,
      complaints: [],
      answers,
      asked: [],
    };
    const recognised = recogniseComplaintsIn(extracted);
    return recognised.inferred
      ? this.withComplaints(this.withComplaints(state, complaintIds ?? []), recognised.ids, {
          inferred: true,
        })
      : this.withComplaints(state, [...(complaintIds ?? []), ...recognised.ids]);
  }

  /**
   * Adds presenting complaints picked from the list (e.g. when none was recognised in the text); their implied
   * findings count as answered "yes" unless the patient already answered them. Complaints that do not apply to the
   * patient's age and sex are ignored.
   */
  addComplaints(stateInput: InterviewState, complaintIds: readonly string[]): InterviewState {
    const state = InterviewStateSchema.parse(stateInput);
    return this.withComplaints(state, complaintIds);
  }

  /**
   * The new complaints' implied findings count as "yes", unless the complaints were only inferred from a finding
   * (`recogniseComplaintsIn`): then they choose the questions and the patient still has to say.
   */
  private withComplaints(
    state: InterviewState,
    ids: readonly string[],
    { inferred = false }: { inferred?: boolean } = {},
  ): InterviewState {
    const unknown = ids.find((id) => !complaintById.has(id));
    if (unknown) throw new Error(`Unknown presenting complaint ${unknown}`);
    const complaints = applicableComplaints([...state.complaints, ...ids], state.ageMonths, state.sex);
    const added = inferred ? [] : applicableComplaints(ids, state.ageMonths, state.sex);
    const answers = { ...state.answers };
    for (const id of impliedFindings(added)) {
      const finding = findingById.get(id)!;
      if (!answers[id] && finding.kind === 'boolean' && isApplicable(finding, state.ageMonths, state.sex)) {
        answers[id] = { value: 'yes', source: 'complaint' };
      }
    }
    return { ...state, complaints, answers };
  }

  /**
   * Records an answer. Answering an already answered finding is a correction (going back, or fixing what was
   * understood from the text): it replaces the value and does not use the question budget.
   */
  answer(stateInput: InterviewState, findingId: string, valueInput: AnswerValue): InterviewState {
    const state = InterviewStateSchema.parse(stateInput);
    const value = AnswerValueSchema.parse(valueInput);
    const finding = findingById.get(findingId);
    if (!finding) throw new Error(`Unknown finding ${findingId}`);
    if (finding.kind === 'numeric') {
      if (typeof value === 'number' && (value < finding.min || value > finding.max)) {
        throw new Error(`${findingId} must be between ${finding.min} and ${finding.max}`);
      }
      if (value === 'yes' || value === 'no') throw new Error(`${findingId} needs a number or "unknown"`);
    } else if (typeof value === 'number') {
      throw new Error(`${findingId} needs yes, no or unknown`);
    } else if (finding.derivedOnly) {
      throw new Error(`${findingId} is derived from a measurement and cannot be answered directly`);
    }
    const correction = state.answers[findingId] !== undefined;
    return {
      ...state,
      // A complaint whose defining finding the patient denies ("no, he did not hit his head") no longer leads.
      complaints:
        value === 'no'
          ? state.complaints.filter((id) => !complaintById.get(id)!.implies.includes(findingId))
          : state.complaints,
      answers: { ...state.answers, [findingId]: { value, source: 'patient' } },
      asked: correction || state.asked.includes(findingId) ? state.asked : [...state.asked, findingId],
    };
  }

  /**
   * The next question, or null when the interview is complete. Order: re-asks after "don't know" to a danger sign,
   * the diastolic pressure after a systolic one, general then complaint discriminators, red-flag questions, then
   * information gain among the conditions plausible for the complaint(s), age and sex. Only a confirmed
   * ambulance-level rule ends the interview early.
   */
  nextQuestion(stateInput: InterviewState): Question | null {
    const state = InterviewStateSchema.parse(stateInput);
    const eff = effectiveFindings(state);
    const ctx = redFlagContext(state, eff);
    const asked = new Set(state.asked);
    const number = state.asked.length + 1;
    if (state.asked.length >= this.limits.hardMax) return null;

    const open = (id: string): boolean => {
      const f = findingById.get(id);
      if (!f || asked.has(id) || eff.known.has(id)) return false;
      return f.kind === 'numeric' || (!f.derivedOnly && isApplicable(f, state.ageMonths, state.sex));
    };

    const assessed = this.assess(state, eff);
    const confirmed = assessed.filter((a) => a.confirmed).map((a) => a.rule);
    // A confirmed ambulance-level rule ends the interview, unless every one of them can still be withdrawn by an
    // answer not given yet: then that answer is asked first.
    const ambulance = confirmed.filter((r) => r.urgency === 'ambulance');
    if (ambulance.length > 0) {
      const ids = ambulance.map((r) => (r.withdrawnBy?.(ctx) ?? []).find(open));
      const id = ids[0];
      if (id === undefined || ids.includes(undefined)) return null;
      return this.question(id, 'red_flag', number, { redFlagRuleId: ambulance[0]!.id });
    }
    const emergencyFired = confirmed.some((r) => r.urgency === 'emergency_department');

    // A "don't know" that a red-flag rule hinges on gets its simpler, observable re-ask at once.
    for (const a of assessed) {
      if (a.confirmed || (emergencyFired && a.rule.urgency !== 'ambulance')) continue;
      for (const id of a.doubtFindings) {
        const reask = REASK[id];
        if (reask && open(reask.finding))
          return this.question(reask.finding, 'reask', number, { reaskOf: id });
      }
    }

    // Diastolic right after a measured systolic pressure.
    for (const [first, partner] of PAIRED_QUESTIONS) {
      if (typeof state.answers[first]?.value === 'number' && !eff.known.has(partner)) {
        return this.question(partner, 'paired', number);
      }
    }

    // The general discriminators are always asked; the complaint's own leave room in the budget for the red-flag
    // questions still open (those are always asked).
    const pending = pendingRedFlagQuestion(ctx, asked);
    const mask = plausibleMask(state.complaints, state.ageMonths, state.sex);
    const inBudget = state.asked.length < this.limits.maxQuestions;
    const d = emergencyFired
      ? undefined
      : nextDiscriminator(
          state.complaints,
          state.ageMonths,
          mask,
          open,
          state.asked.length + openRedFlagQuestions(ctx, asked) < this.limits.maxQuestions,
          (id) => wouldEscalate(ctx, id),
        );
    if (d) return this.question(d.findingId, 'discriminator', number);

    // Once an emergency-department rule has fired, only questions that could still escalate to an ambulance are
    // worth the patient's time.
    if (pending && (!emergencyFired || RED_FLAG_URGENCY.get(pending.ruleId) === 'ambulance')) {
      return this.question(pending.findingId, 'red_flag', number, { redFlagRuleId: pending.ruleId });
    }
    if (emergencyFired || !inBudget) return null;

    const p = this.selector.posterior(state.ageMonths, state.sex, eff.yesNo, mask);
    if (Math.max(...p) >= this.limits.confidentProbability) return null;
    const best = this.selector.best(state.ageMonths, state.sex, eff, asked, mask);
    if (!best || best.gain < this.limits.minGain) return null;
    return this.question(best.findingId, 'information_gain', number);
  }

  async result(stateInput: InterviewState, topN = 5): Promise<TriageResult> {
    const state = InterviewStateSchema.parse(stateInput);
    const eff = effectiveFindings(state);
    const x = denseFeatures(activeFeatures(state.ageMonths, state.sex, eff.yesNo));
    const [probabilities] = await this.infer([x]);
    const prior = softmax(logitsFromActive(this.weights, demographicFeatures(state.ageMonths, state.sex)));
    return buildResult(state, eff, probabilities!, prior, this.weights, this.assess(state, eff), topN);
  }

  /** Red flags, with "don't know" answers counted as doubt only when the danger sign is plausible (materiality). */
  private assess(state: InterviewState, eff: EffectiveFindings): RedFlagAssessment[] {
    if (eff.unsure.size === 0) return assessRedFlags(state, eff);
    const p = softmax(logitsFromActive(this.weights, activeFeatures(state.ageMonths, state.sex, eff.yesNo)));
    const abc = abcDoubtFor(state);
    return assessRedFlags(
      state,
      eff,
      (id) =>
        premiseHolds(eff, id) &&
        this.selector.predictiveYes(p, id) >= (abc(id) ? DOUBT_MATERIALITY.abc : DOUBT_MATERIALITY.other),
      abc,
    );
  }

  /** ONNX Runtime inference on dense feature vectors. */
  async infer(rows: readonly Float32Array[]): Promise<Float32Array[]> {
    const data = new Float32Array(rows.length * FEATURE_COUNT);
    rows.forEach((r, i) => data.set(r, i * FEATURE_COUNT));
    const out = await this.session.run({
      [INPUT_NAME]: new ort.Tensor('float32', data, [rows.length, FEATURE_COUNT]),
    });
    const probs = out[OUTPUT_NAME]!.data as Float32Array;
    const K = this.weights.classCount;
    return rows.map((_, i) => probs.slice(i * K, (i + 1) * K));
  }

  /** The TypeScript reference forward pass over the same weights (see test/onnx-parity.test.ts). */
  referenceForward(x: Float32Array): Float64Array {
    return forwardDense(this.weights, x);
  }

  parseComplaint(text: string) {
    return parseComplaint(text);
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  private question(
    findingId: string,
    reason: Question['reason'],
    number: number,
    extra: Pick<Question, 'redFlagRuleId' | 'reaskOf'> = {},
  ): Question {
    const f = findingById.get(findingId)!;
    return {
      findingId,
      kind: f.kind,
      text: f.name,
      ...(f.kind === 'numeric' ? { unit: f.unit, min: f.min, max: f.max } : {}),
      reason,
      ...extra,
      number,
    };
  }
}

/** Loads the ONNX model and checks it was trained from this exact knowledge base. */
export async function loadTriageEngine(opts: LoadOptions = {}): Promise<TriageEngine> {
  const dir = opts.artifactsDir ?? DEFAULT_ARTIFACTS_DIR;
  const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')));
  const bytes = new Uint8Array(await readFile(join(dir, manifest.files.model.name)));
  if (sha256(bytes) !== manifest.files.model.sha256)
    throw new Error('model.onnx does not match its manifest');
  if (manifest.knowledgeBaseHash !== knowledgeBaseHash()) {
    throw new Error(
      'The triage model was trained on a different knowledge base; run `npm run train -w triage-model`',
    );
  }
  const vocabularyBytes = await readFile(join(dir, manifest.files.vocabulary.name));
  if (sha256(vocabularyBytes) !== manifest.files.vocabulary.sha256) {
    throw new Error('vocabulary.json does not match its manifest');
  }
  const vocabulary = JSON.parse(vocabularyBytes.toString('utf8')) as Vocabulary;
  const weights = readOnnxWeights(bytes);
  if (weights.featureCount !== FEATURE_COUNT) throw new Error('Feature layout changed; retrain the model');
  const session = await ort.InferenceSession.create(bytes, {
    executionProviders: ['cpu'],
    intraOpNumThreads: 1,
  });
  return new TriageEngine(manifest, vocabulary, weights, session, { ...DEFAULT_LIMITS, ...opts.limits });
}
