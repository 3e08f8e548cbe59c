import { z } from 'zod';
import type { ApiClient } from './api.js';

const localizedSchema = z.object({ ru: z.string(), en: z.string() });
const answerSchema = z.union([z.enum(['yes', 'no', 'unknown']), z.number()]);
const findingSchema = z.object({ findingId: z.string(), name: localizedSchema, value: answerSchema });
export const urgencyLevels = [
  'ambulance',
  'emergency_department',
  'within_24h',
  'planned',
  'self_care',
] as const;

/**
 * The triage result as both apps show it. The api declares the result loosely (its core fields only), so the
 * parts the pages read beyond those — drivers, findings, format label — are checked here rather than trusted.
 */
const triageResultSchema = z.object({
  urgency: z.enum(urgencyLevels),
  urgencyLabel: localizedSchema,
  specialistLabel: localizedSchema,
  consultFormat: z.enum(['video', 'audio', 'chat', 'in_person']),
  consultFormatLabel: localizedSchema,
  conditions: z.array(
    z.object({
      id: z.string(),
      name: localizedSchema,
      icd10: z.string(),
      probability: z.number().min(0).max(1),
      drivers: z.array(findingSchema).catch([]),
    }),
  ),
  redFlags: z.array(
    z.object({
      id: z.string(),
      name: localizedSchema,
      advice: localizedSchema,
      confirmed: z.boolean().catch(true),
    }),
  ),
  findings: z.object({
    positive: z.array(findingSchema),
    negative: z.array(findingSchema),
    measurements: z.array(findingSchema),
  }),
  /** Which answers led to the result; older results have none. */
  reasons: z
    .array(
      z.object({
        kind: z.enum(['red_flag', 'doubt', 'condition']),
        text: localizedSchema,
        findingIds: z.array(z.string()).catch([]),
      }),
    )
    .catch([]),
  selfCare: z
    .object({ advice: localizedSchema, seekCareIf: localizedSchema, source: z.string() })
    .optional()
    .catch(undefined),
  disclaimer: localizedSchema,
  modelVersion: z.string(),
});

export type TriageResultView = z.infer<typeof triageResultSchema>;
export type UrgencyLevel = TriageResultView['urgency'];

/** The result of a completed questionnaire, or null if it has none or it is not in the expected shape. */
export function readTriageResult(result: unknown): TriageResultView | null {
  const parsed = triageResultSchema.safeParse(result);
  return parsed.success ? parsed.data : null;
}

/**
 * The yes/no questions the patient answered "don't know" and in what words, in the order asked: the triage's
 * doubt, which the result's findings (present, absent, measured) leave out but the doctor needs to see.
 */
export function unsureAnswers(
  answered: { findingId: string; name: { ru: string; en: string }; kind: string; value: unknown }[],
) {
  return answered
    .filter((answer) => answer.kind === 'boolean' && answer.value === 'unknown')
    .map(({ findingId, name }) => ({ findingId, name }));
}

const vocabularySchema = z.object({
  modelVersion: z.string(),
  findings: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      unit: localizedSchema.optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      derivedOnly: z.boolean().optional(),
    }),
  ),
});

/** What a measured finding is measured in and its allowed range (the answers' view does not repeat them). */
export interface MeasuredFinding {
  unit: { ru: string; en: string } | undefined;
  min: number;
  max: number;
}

export interface FindingFacts {
  measured: Map<string, MeasuredFinding>;
  /** Findings worked out from a measurement (e.g. "fever" from the temperature) that cannot be answered directly. */
  derived: Set<string>;
}

// The vocabulary changes only with the model: kept per model version, fetched again when that changes.
let cached: { modelVersion: string; facts: FindingFacts } | null = null;

/** Units, ranges and derived findings from the api's published vocabulary (GET /triage/vocabulary). */
export async function findingFacts(api: ApiClient, modelVersion: string): Promise<FindingFacts> {
  if (cached?.modelVersion === modelVersion) return cached.facts;
  const response = await api.triage.vocabulary.$get();
  const vocabulary = vocabularySchema.parse(await response.json());
  const facts: FindingFacts = { measured: new Map(), derived: new Set() };
  for (const finding of vocabulary.findings) {
    if (finding.kind === 'numeric' && finding.min !== undefined && finding.max !== undefined) {
      facts.measured.set(finding.id, { unit: finding.unit, min: finding.min, max: finding.max });
    }
    if (finding.derivedOnly) facts.derived.add(finding.id);
  }
  cached = { modelVersion: vocabulary.modelVersion, facts };
  return facts;
}
