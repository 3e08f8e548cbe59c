import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { writeAudit } from '../../auth/audit.js';
import { requireActor } from '../../auth/middleware.js';
import { relationToPatient } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { appointments, consultationGuests } from '../../db/schema/index.js';
import type { AppEnv } from '../../http/context.js';
import { notFound, ProblemError, type ProblemCode } from '../../http/problem.js';

export type Appointment = typeof appointments.$inferSelect;
export type ParticipantRole = 'patient' | 'doctor' | 'guest';

/**
 * Who the actor is in this consultation: the booked patient (or the child's guardian), the
 * assigned doctor, or a guest the doctor invited. Null for everybody else. A guest was brought in for the call
 * alone: once the consultation is cancelled there is no call, and the guest is an outsider again (the 404 of a
 * consultation that does not exist, for its questionnaire, documents, chat, participants and the appointment).
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
  if (appointment.status === 'cancelled') return null;
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

const closed = (detail: string, code: ProblemCode, params?: Record<string, string | number>) =>
  new ProblemError(409, detail, { code, ...(params ? { params } : {}) });

/** Why the consultation will have no call any more (409): cancelled, missed or ended; null while it may. */
export function consultationOverProblem(appointment: Appointment): ProblemError | null {
  if (appointment.status === 'cancelled' || appointment.status === 'no_show') {
    return closed('This consultation was cancelled.', 'consultation.cancelled');
  }
  if (appointment.status === 'completed') return closed('This consultation has ended.', 'consultation.ended');
  return null;
}

/** Why the call cannot be joined now (409), or null while its window is open. */
export function joinWindowProblem(appointment: Appointment, now = new Date()): ProblemError | null {
  const over = consultationOverProblem(appointment);
  if (over) return over;
  if (appointment.format === 'in_person') {
    return closed(
      'This visit is in person at the clinic: there is no call to join.',
      'consultation.in_person',
    );
  }
  if (appointment.urgency === 'urgent') {
    return appointment.practitionerId
      ? null
      : closed('You are in the queue: the call opens when a doctor takes you.', 'consultation.in_queue');
  }
  const opens = appointment.startsAt.getTime() - JOIN_OPENS_BEFORE_MINUTES * 60_000;
  const closes = appointment.endsAt.getTime() + JOIN_CLOSES_AFTER_MINUTES * 60_000;
  if (now.getTime() < opens) {
    const opensAt = new Date(opens).toISOString();
    return closed(
      `The call opens ${JOIN_OPENS_BEFORE_MINUTES} minutes before the start, at ${opensAt}.`,
      'consultation.not_open_yet',
      { minutes: JOIN_OPENS_BEFORE_MINUTES, opensAt },
    );
  }
  if (now.getTime() > closes)
    return closed('The time for this consultation has passed.', 'consultation.time_passed');
  return null;
}

/** The parts a route serves, when not every participant may use it. */
export interface ParticipantRule {
  allow: readonly ParticipantRole[];
  /** For a participant outside `allow`: a 403 with this message; without it, the outsiders' 404. */
  forbidden?: string;
  /**
   * For a route that reads one part of the consultation's record (its questionnaire, its escalation): whether
   * that part exists. When it does not, an allowed participant reads nothing and no audit row is written, so
   * the patient's "who saw my data" lists only what was actually read. Refusals are always audited.
   */
  exists?: (appointment: Appointment) => Promise<boolean>;
  /**
   * The route reads the patient's record through the consultation (its questionnaire, attachments, escalation).
   * A cancelled consultation is no longer a link to the patient (auth/policy.ts): its doctor reads these only
   * while they still treat or were asked about the patient otherwise, and gets the outsiders' 404 if not.
   */
  readsRecord?: boolean;
}

/**
 * The refusal (403) of a record read through the consultation to its guest: a guest is in the call only and sees
 * no medical record (docs/ARCHITECTURE.md, "A third participant"), however they were invited.
 */
export const GUEST_SEES_NO_RECORD = "A guest of the call does not see the patient's record.";

/** The doctor of a cancelled consultation who has no other link to its patient is no longer a participant. */
export async function cancelledWithoutLink(db: Db, actor: Actor, appointment: Appointment) {
  return (
    appointment.status === 'cancelled' && (await relationToPatient(db, actor, appointment.patientId)) === null
  );
}

/**
 * Loads an appointment with the actor's part in it, checked against the parts the route serves, and audits
 * what actually happened: a participant the route refuses is audited as denied. Outsiders get the same 404
 * as for an appointment that does not exist.
 */
export async function requireParticipant<R extends ParticipantRole = ParticipantRole>(
  c: Context<AppEnv>,
  appointmentId: string,
  action: string,
  rule?: ParticipantRule & { allow: readonly R[] },
) {
  const actor = requireActor(c);
  const db = c.get('deps').database.db;
  const appointment = await findAppointment(db, appointmentId);
  let role = appointment ? await participantRole(db, actor, appointment) : null;
  if (role === 'doctor' && rule?.readsRecord && (await cancelledWithoutLink(db, actor, appointment!)))
    role = null;
  const allowed = role !== null && (!rule || rule.allow.includes(role as R));
  const readsNothing = allowed && rule?.exists !== undefined && !(await rule.exists(appointment!));
  if (!readsNothing) {
    await writeAudit(db, actor, c.get('requestId'), {
      action,
      resourceType: 'Appointment',
      resourceId: appointmentId,
      patientId: allowed ? appointment!.patientId : null,
      outcome: allowed ? 'allowed' : 'denied',
    });
  }
  if (!appointment || !allowed) {
    throw role && rule?.forbidden
      ? new ProblemError(403, rule.forbidden, { code: 'auth.action_forbidden' })
      : notFound();
  }
  return { actor, appointment, role: role as R };
}

/** A participant's act on the call itself (join, chat, phone): only while its window is open, else the 409. */
export async function requireOpenCall<R extends ParticipantRole = ParticipantRole>(
  c: Context<AppEnv>,
  appointmentId: string,
  action: string,
  rule?: ParticipantRule & { allow: readonly R[] },
) {
  const participant = await requireParticipant(c, appointmentId, action, rule);
  const closed = joinWindowProblem(participant.appointment);
  if (closed) throw closed;
  return participant;
}
