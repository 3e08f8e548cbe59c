import type { DocumentReference, Patient, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';

/** An uploaded file, described (not embedded): its type, size and name. */
export function documentReferenceResource(
  f: Row<'documents'>,
  subject: Reference<Patient>,
): DocumentReference & { id: string } {
  return {
    resourceType: 'DocumentReference',
    id: f.id,
    status: 'current',
    subject,
    date: f.createdAt.toISOString(),
    description: f.kind,
    content: [{ attachment: { contentType: f.contentType, size: f.sizeBytes, title: f.originalName } }],
  };
}
