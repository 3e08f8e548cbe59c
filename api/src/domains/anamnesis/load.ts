import { loadTriageEngine } from '@telemed/triage-model';
import type { Triage } from './service.js';
import { loadVocabulary } from './vocabulary.js';

/** Loads the ONNX triage model and its vocabulary once per process. */
export async function loadTriage(): Promise<Triage> {
  return { engine: await loadTriageEngine(), vocabulary: loadVocabulary() };
}
