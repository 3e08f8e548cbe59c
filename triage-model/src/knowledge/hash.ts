import { createHash } from 'node:crypto';
import { CONDITIONS, FINDINGS } from './catalogue.js';
import { KNOWLEDGE_BASE_VERSION } from './version.js';

/** Fingerprint of everything the model was trained from; the runtime refuses a model trained on another KB. */
export function knowledgeBaseHash(): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: KNOWLEDGE_BASE_VERSION, findings: FINDINGS, conditions: CONDITIONS }))
    .digest('hex');
}
