import { fileURLToPath } from 'node:url';

/**
 * The XML schema a CDA export validates against (see schema/README.md): the hand-written subset of the CDA R2
 * schema, until HL7's normative files are vendored beside it.
 */
export const CDA_SCHEMA = fileURLToPath(new URL('./schema/CDA-subset.xsd', import.meta.url));
