import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { NUMERIC_FINDINGS, findingById, isApplicable } from '../knowledge/catalogue.js';
import { knowledgeBaseHash } from '../knowledge/hash.js';
import type { Localized } from '../knowledge/types.js';
import { FEATURE_COUNT, activeFeatures, denseFeatures } from '../model/features.js';
import { forwardDense } from '../model/forward.js';
import { MANIFEST_FILE, ManifestSchema, type Manifest } from '../model/manifest.js';
import { INPUT_NAME, OUTPUT_NAME, readOnnxWeights } from '../model/onnx-graph.js';
import type { LinearWeights } from '../model/weights.js';
import { parseComplaint } from '../parser/parse-complaint.js';
import { ARTIFACTS_DIR } from '../paths.js';
import { RED_FLAG_RULES, pendingRedFlagQuestion } from '../red-flags/index.js';
import { assessRedFlags, effectiveFindings, redFlagContext } from './effective-findings.js';
import type { Vocabulary } from '../training/vocabulary.js';
import { QuestionSelector, likelihoodMatrix } from './question-selection.js';
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
  /** No information-gain questions after this many questions (red-flag questions continue up to `hardMax`). */
  maxQuestions: number;
  hardMax: number;
  /** Stop once the leading condition is this likely (and the red flags are covered). */
  confidentProbability: number;
  /** Stop when no question is expected to change the picture by more than this (nats). */
  minGain: number;
}

export const DEFAULT_LIMITS: InterviewLimits = {
  maxQuestions: 15,
  hardMax: 35,
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
  reason: 'red_flag' | 'paired' | 'information_gain';
  redFlagRuleId?: string;
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
    const { ageMonths, sex, complaintText, locale } = StartInputSchema.parse(input);
    const extracted = (complaintText ? parseComplaint(complaintText) : []).filter((f) => {
      const finding = findingById.get(f.findingId)!;
      return finding.kind === 'numeric' || isApplicable(finding, ageMonths, sex);
    });
    const answers: InterviewState['answers'] = {};
    for (const f of extracted) answers[f.findingId] = { value: f.value, source: 'complaint' };
    return {
      schemaVersion: 1,
      modelVersion: this.modelVersion,
      ageMonths,
      sex,
      locale,
      ...(complaintText ? { complaintText } : {}),
      extracted,
      answers,
      asked: [],
    };
  }

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
    return {
      ...state,
      answers: { ...state.answers, [findingId]: { value, source: 'patient' } },
      asked: state.asked.includes(findingId) ? state.asked : [...state.asked, findingId],
    };
  }

  /** The next question, or null when the interview is complete. */
  nextQuestion(stateInput: InterviewState): Question | null {
    const state = InterviewStateSchema.parse(stateInput);
    const eff = effectiveFindings(state);
    const ctx = redFlagContext(state, eff);
    const asked = new Set(state.asked);
    const number = state.asked.length + 1;
    if (state.asked.length >= this.limits.hardMax) return null;

    const fired = assessRedFlags(state, eff).map((a) => a.rule);
    if (fired.some((r) => r.urgency === 'ambulance')) return null;
    const emergencyFired = fired.some((r) => r.urgency === 'emergency_department');

    // Diastolic right after a measured systolic pressure.
    for (const [first, partner] of PAIRED_QUESTIONS) {
      if (typeof state.answers[first]?.value === 'number' && !eff.known.has(partner)) {
        return this.question(partner, 'paired', number);
      }
    }

    // Red-flag questions come first; once an emergency-department rule has fired, only questions that could still
    // escalate to an ambulance are worth the patient's time.
    const pending = pendingRedFlagQuestion(ctx, asked);
    if (pending && (!emergencyFired || RED_FLAG_URGENCY.get(pending.ruleId) === 'ambulance')) {
      return this.question(pending.findingId, 'red_flag', number, pending.ruleId);
    }
    if (emergencyFired || state.asked.length >= this.limits.maxQuestions) return null;

    const p = this.selector.posterior(state.ageMonths, state.sex, eff.yesNo);
    if (Math.max(...p) >= this.limits.confidentProbability) return null;
    const best = this.selector.best(state.ageMonths, state.sex, eff, asked);
    if (!best || best.gain < this.limits.minGain) return null;
    return this.question(best.findingId, 'information_gain', number);
  }

  async result(stateInput: InterviewState, topN = 5): Promise<TriageResult> {
    const state = InterviewStateSchema.parse(stateInput);
    const eff = effectiveFindings(state);
    const x = denseFeatures(activeFeatures(state.ageMonths, state.sex, eff.yesNo));
    const [probabilities] = await this.infer([x]);
    return buildResult(state, eff, probabilities!, this.weights, assessRedFlags(state, eff), topN);
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
    redFlagRuleId?: string,
  ): Question {
    const f = findingById.get(findingId)!;
    return {
      findingId,
      kind: f.kind,
      text: f.name,
      ...(f.kind === 'numeric' ? { unit: f.unit, min: f.min, max: f.max } : {}),
      reason,
      ...(redFlagRuleId ? { redFlagRuleId } : {}),
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
