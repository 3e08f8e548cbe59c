import type { Patient } from '@medplum/fhirtypes';
import type { Row } from './query.js';

export function patientResource(p: Row<'patient'>): Patient & { id: string } {
  return {
    resourceType: 'Patient',
    id: p.id,
    name: [{ text: p.fullName.ru }, { text: p.fullName.en }],
    gender: p.sex,
    birthDate: p.birthDate,
  };
}
