import { ProblemError } from '../../http/problem.js';
import type { Appointment } from '../consultations/access.js';

/**
 * A conclusion is signed for a consultation that has started: its booked start time is reached, or its call
 * began earlier (the room opens 15 minutes before the start). An urgent consultation is booked from the moment
 * a doctor takes it (`startsAt` is then), so it may be signed at once, whatever its format (chat included).
 * Before that the doctor may prepare a draft but not sign it, so nobody is told of a visit that never happened.
 * Null once signing is open, else the time it opens.
 */
export function signOpensAt(appointment: Appointment, now = new Date()): Date | null {
  if (appointment.startedAt || now.getTime() >= appointment.startsAt.getTime()) return null;
  return appointment.startsAt;
}

/** The 409 for a consultation that has not started yet, or null when it may be signed. */
export function notStartedProblem(appointment: Appointment, now = new Date()): ProblemError | null {
  const opens = signOpensAt(appointment, now);
  if (!opens) return null;
  const signFrom = opens.toISOString();
  return new ProblemError(409, `The consultation has not started yet; you can sign from ${signFrom}.`, {
    code: 'conclusion.not_started',
    params: { signFrom },
  });
}

/**
 * The 409 for a cancelled consultation, or null: it never happened, so it has no conclusion to write or sign
 * (and its doctor may no longer treat the patient at all, auth/policy.ts).
 */
export function cancelledProblem(appointment: Appointment): ProblemError | null {
  if (appointment.status !== 'cancelled') return null;
  return new ProblemError(409, 'This consultation was cancelled: it has no conclusion to write or sign.', {
    code: 'consultation.cancelled',
  });
}
