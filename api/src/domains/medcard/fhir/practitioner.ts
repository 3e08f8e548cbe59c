import type { Practitioner } from '@medplum/fhirtypes';
import type { Row } from './query.js';

export function practitionerResource(p: Row<'practitioners'>): Practitioner & { id: string } {
  return {
    resourceType: 'Practitioner',
    id: p.id,
    name: [{ text: p.fullName.ru }, { text: p.fullName.en }],
  };
}
