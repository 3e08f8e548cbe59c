/** Bump when the knowledge base changes meaning; it is part of the model version and of the artefact manifest. */
export const KNOWLEDGE_BASE_VERSION = '1.0.0';
