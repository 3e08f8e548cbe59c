import { loadTriageEngine } from '@telemed/triage-model';
import type { Triage } from './service.js';
import { findingFacts, vocabularySchema } from './vocabulary.js';

/** Loads the ONNX triage model (checked against its manifest) once per process. */
export async function loadTriage(): Promise<Triage> {
  const engine = await loadTriageEngine();
  const vocabulary = vocabularySchema.parse(engine.vocabulary);
  return { engine, vocabulary, finding: findingFacts(vocabulary) };
}
