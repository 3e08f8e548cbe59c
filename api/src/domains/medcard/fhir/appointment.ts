import type { Appointment, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';
import { ref } from './codes.js';

const appointmentStatus = {
  booked: 'booked',
  waiting: 'waitlist',
  in_progress: 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
} as const satisfies Record<Row<'appointments'>['appointment']['status'], Appointment['status']>;

export function appointmentResource(
  { appointment: a, specialty }: Row<'appointments'>,
  subject: Reference<Patient>,
): Appointment & { id: string } {
  return {
    resourceType: 'Appointment',
    id: a.id,
    status: appointmentStatus[a.status],
    serviceType: [{ text: specialty.ru }],
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    participant: [
      { actor: subject, status: 'accepted' },
      ...(a.practitionerId
        ? [{ actor: ref<Practitioner>(a.practitionerId), status: 'accepted' as const }]
        : []),
    ],
  };
}
