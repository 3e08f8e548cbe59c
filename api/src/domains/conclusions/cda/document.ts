import { body } from './body.js';
import { header } from './header.js';
import type { CdaInput } from './input.js';
import { el, XML_DECLARATION } from './xml.js';

export const CDA_NAMESPACE = 'urn:hl7-org:v3';
export const CDA_CONTENT_TYPE = 'application/xml; charset=utf-8';

/**
 * A finalised conclusion version as an HL7 CDA Release 2 document (ANSI/HL7 CDA R2-2005), the basis of the
 * structured electronic medical documents (SEMD) the Russian national register EGISZ accepts (323-FZ art. 91.1;
 * Government decree 140 of 9 February 2022 on EGISZ). Header in `header.ts`, structured body in `body.ts`.
 */
export function conclusionCda(input: CdaInput): string {
  const doc = el(
    'ClinicalDocument',
    {
      xmlns: CDA_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      classCode: 'DOCCLIN',
      moodCode: 'EVN',
    },
    header(input),
    body(input.conclusion),
  );
  return XML_DECLARATION + doc.markup + '\n';
}
