import { AGE_BANDS } from '../knowledge/age-bands.js';
import { CONDITIONS, FINDINGS, urgencyRank } from '../knowledge/catalogue.js';
import { CONSULT_FORMAT_LABELS, SPECIALIST_LABELS, URGENCY_LABELS } from '../knowledge/labels.js';
import { URGENCY_LEVELS } from '../knowledge/types.js';
import { KNOWLEDGE_BASE_VERSION } from '../knowledge/version.js';
import { featureNames } from '../model/features.js';
import { RED_FLAG_RULES } from '../red-flags/index.js';

/** The public vocabulary: what an integrator needs to drive an interview and read a result. */
export function buildVocabulary(modelVersion: string) {
  return {
    modelVersion,
    knowledgeBaseVersion: KNOWLEDGE_BASE_VERSION,
    urgencyLevels: [...URGENCY_LEVELS]
      .reverse()
      .map((id) => ({ id, rank: urgencyRank(id), name: URGENCY_LABELS[id] })),
    specialists: Object.entries(SPECIALIST_LABELS).map(([id, name]) => ({ id, name })),
    consultFormats: Object.entries(CONSULT_FORMAT_LABELS).map(([id, name]) => ({ id, name })),
    ageBands: AGE_BANDS,
    findings: FINDINGS.map((f) =>
      f.kind === 'numeric'
        ? {
            id: f.id,
            kind: f.kind,
            name: f.name,
            category: f.category,
            system: f.system,
            unit: f.unit,
            min: f.min,
            max: f.max,
          }
        : {
            id: f.id,
            kind: f.kind,
            name: f.name,
            category: f.category,
            system: f.system,
            askable: !f.derivedOnly,
            ...(f.minAgeMonths !== undefined ? { minAgeMonths: f.minAgeMonths } : {}),
            ...(f.maxAgeMonths !== undefined ? { maxAgeMonths: f.maxAgeMonths } : {}),
            ...(f.sex !== undefined ? { sex: f.sex } : {}),
          },
    ),
    conditions: CONDITIONS.map((c) => ({
      id: c.id,
      name: c.name,
      icd10: c.icd10,
      urgency: c.urgency,
      ...(c.urgencyOverrides ? { urgencyOverrides: c.urgencyOverrides } : {}),
      specialist: c.specialist,
      remoteSuitable: c.remoteSuitable,
      consultFormat: c.consultFormat,
    })),
    redFlags: RED_FLAG_RULES.map((r) => ({
      id: r.id,
      name: r.name,
      urgency: r.urgency,
      specialist: r.specialist,
    })),
    /** Model input layout: index i of the feature vector is features[i]. */
    features: featureNames(),
    /** Model output layout: index k of the probabilities is classes[k]. */
    classes: CONDITIONS.map((c) => c.id),
  };
}

export type Vocabulary = ReturnType<typeof buildVocabulary>;
