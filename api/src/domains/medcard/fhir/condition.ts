import type { Condition, Encounter, Patient, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';
import { CONDITION_CLINICAL, CONDITION_VERIFICATION, derivedId, ICD10 } from './codes.js';

type Diagnosis = NonNullable<Row<'conclusions'>['diagnosis']>;

/** One Condition per diagnosis of a final conclusion, the main one first. */
export function conditionResources(
  c: Row<'conclusions'>,
  subject: Reference<Patient>,
  encounter: Reference<Encounter> | undefined,
): (Condition & { id: string })[] {
  const diagnoses: Diagnosis[] = [...(c.diagnosis ? [c.diagnosis] : []), ...c.secondaryDiagnoses];
  return diagnoses.map((d, i) => {
    // 323-FZ art. 36.2 part 3; order 193n (2025): a remote consultation establishes no new diagnosis. Only an
    // in-person visit's diagnoses, and a follow-up's main diagnosis (established in person), are confirmed.
    const confirmed = c.consultationType === 'in_person' || (c.consultationType === 'follow_up' && i === 0);
    return {
      resourceType: 'Condition',
      id: derivedId(`condition:${d.code}`, c.id),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: 'active' }] },
      verificationStatus: {
        coding: [
          confirmed
            ? { system: CONDITION_VERIFICATION, code: 'confirmed', display: 'Confirmed' }
            : { system: CONDITION_VERIFICATION, code: 'provisional', display: 'Provisional' },
        ],
      },
      code: { coding: [{ system: ICD10, code: d.code, display: d.name.ru }], text: d.name.ru },
      subject,
      ...(encounter ? { encounter } : {}),
      recordedDate: (c.finalisedAt ?? c.createdAt).toISOString(),
    };
  });
}
