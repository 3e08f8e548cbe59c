import { and, eq } from 'drizzle-orm';
import { relationToPatient } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { appointments, consultationGuests } from '../../db/schema/index.js';

export type Appointment = typeof appointments.$inferSelect;
export type ParticipantRole = 'patient' | 'doctor' | 'guest';

/**
 * Who the actor is in this consultation: the booked patient (or the child's guardian), the
 * assigned doctor, or a guest the doctor invited. Null for everybody else.
 */
export async function participantRole(
  db: Db,
  actor: Actor,
  appointment: Appointment,
): Promise<ParticipantRole | null> {
  if (actor.role === 'doctor' && appointment.practitionerId === actor.practitionerId) return 'doctor';
  if (actor.role === 'patient') {
    const relation = await relationToPatient(db, actor, appointment.patientId);
    if (relation === 'self' || relation === 'guardian') return 'patient';
  }
  const [guest] = await db
    .select({ accountId: consultationGuests.accountId })
    .from(consultationGuests)
    .where(
      and(
        eq(consultationGuests.appointmentId, appointment.id),
        eq(consultationGuests.accountId, actor.accountId),
      ),
    );
  return guest ? 'guest' : null;
}

export async function findAppointment(db: Db, id: string) {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row ?? null;
}

/** The room opens this long before the booked time, so people can check devices and wait. */
export const JOIN_OPENS_BEFORE_MINUTES = 15;
/** And stays open this long after the booked end, for consultations that overrun. */
export const JOIN_CLOSES_AFTER_MINUTES = 60;

export function joinWindowProblem(appointment: Appointment, now = new Date()): string | null {
  if (appointment.status === 'cancelled' || appointment.status === 'no_show') {
    return 'This consultation was cancelled.';
  }
  if (appointment.status === 'completed') return 'This consultation has ended.';
  if (appointment.urgency === 'urgent') {
    return appointment.practitionerId
      ? null
      : 'You are in the queue: the call opens when a doctor takes you.';
  }
  const opens = appointment.startsAt.getTime() - JOIN_OPENS_BEFORE_MINUTES * 60_000;
  const closes = appointment.endsAt.getTime() + JOIN_CLOSES_AFTER_MINUTES * 60_000;
  if (now.getTime() < opens) {
    return `The call opens ${JOIN_OPENS_BEFORE_MINUTES} minutes before the start, at ${new Date(opens).toISOString()}.`;
  }
  if (now.getTime() > closes) return 'The time for this consultation has passed.';
  return null;
}
