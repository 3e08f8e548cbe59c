import type { Encounter, Patient, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';
import { ACT_CODE, derivedId, ref } from './codes.js';

/** The Encounter of a completed appointment, with a stable id derived from the appointment's; none otherwise. */
export function encounterResource(
  { appointment: a }: Row<'appointments'>,
  subject: Reference<Patient>,
): (Encounter & { id: string }) | null {
  if (a.status !== 'completed') return null;
  return {
    resourceType: 'Encounter',
    id: derivedId('encounter', a.id),
    status: 'finished',
    class:
      a.format === 'in_person'
        ? { system: ACT_CODE, code: 'AMB', display: 'ambulatory' }
        : { system: ACT_CODE, code: 'VR', display: 'virtual' },
    subject,
    ...(a.practitionerId ? { participant: [{ individual: ref(a.practitionerId) }] } : {}),
    appointment: [ref(a.id)],
    period: {
      start: (a.startedAt ?? a.startsAt).toISOString(),
      end: (a.endedAt ?? a.endsAt).toISOString(),
    },
  };
}
