import type { Format } from '../appointments/schemas.js';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queue } from 'bull';
import type { Actor } from '../../auth/sessions.js';
import type { Db, Tx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  anamnesisSessions,
  appointmentAttachments,
  appointmentPayments,
  appointments,
  patients,
} from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { isGuardedChild } from '../../auth/policy.js';
import { assertConsented } from '../consents/service.js';
import type { BookingPayment } from '../payments/booking-payment.js';
import { assertInPersonBookable } from './in-person.js';
import { findSlotForBooking, slotsChanged } from './queries.js';
import { scheduleReminder } from './reminders.js';

/** Patients may cancel or move a planned consultation until this long before it starts. */
export const CHANGE_CUTOFF_MINUTES = 60;

/**
 * Books a slot. The partial unique index on live appointments per slot makes this atomic: of any
 * number of concurrent requests for one slot exactly one insert succeeds, the rest get 409.
 */
export async function bookSlot(
  db: Db,
  reminders: Queue,
  actor: Actor,
  input: {
    patientId: string;
    slotId: string;
    format: Format;
    reason?: string | undefined;
    payment?: BookingPayment | undefined;
  },
  replacing?: string,
) {
  // No new consultation without the current required consents (domains/consents; 323-FZ art. 20, 152-FZ art. 9).
  // Moving a booked one is not a new consultation.
  if (!replacing) await assertConsented(db, input.patientId);
  const found = await findSlotForBooking(db, input.slotId);
  if (!found) throw new ProblemError(404, 'The slot was not found.', { code: 'booking.slot_not_found' });
  const { slot, practitioner, specialtyCode } = found;
  if (slot.startsAt.getTime() <= Date.now())
    throw new ProblemError(409, 'This slot has already started.', { code: 'booking.slot_started' });
  if (!slot.formats.includes(input.format)) {
    throw new ProblemError(
      400,
      `This doctor offers ${slot.formats.join(', ')} at this time, not ${input.format}.`,
      { code: 'booking.format_unavailable' },
    );
  }
  if (input.format === 'in_person') await assertInPersonBookable(db, input.patientId, slot);
  const [patient] = await db.select().from(patients).where(eq(patients.id, input.patientId));
  const isChild = isGuardedChild(patient!.birthDate);
  if (isChild ? !practitioner.treatsChildren : !practitioner.treatsAdults) {
    throw new ProblemError(
      400,
      isChild ? 'This doctor does not see children.' : 'This doctor sees children only.',
      { code: isChild ? 'booking.doctor_sees_adults' : 'booking.doctor_sees_children' },
    );
  }
  try {
    const appointment = await db.transaction(async (tx) => {
      if (replacing) {
        await tx.update(appointments).set({ status: 'cancelled' }).where(eq(appointments.id, replacing));
      }
      const [row] = await tx
        .insert(appointments)
        .values({
          patientId: input.patientId,
          practitionerId: practitioner.id,
          specialtyCode: specialtyCode!,
          slotId: slot.id,
          format: input.format,
          urgency: 'planned',
          status: 'booked',
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          reason: input.reason ?? null,
          clinicId: input.format === 'in_person' ? slot.clinicId : null,
          bookedByAccountId: actor.accountId,
        })
        .returning();
      // The questionnaire and the documents the patient prepared belong to the consultation, not its time.
      if (replacing) await moveConsultationContext(tx, replacing, row!.id);
      if (input.payment) await input.payment.provider.open(tx, row!.id, input.payment.amountRub);
      await scheduleReminder(tx, reminders, row!);
      return row!;
    });
    // A move frees a slot that may be another doctor's.
    await slotsChanged(replacing ? null : practitioner.id);
    return appointment;
  } catch (error) {
    if (isUniqueViolation(error, 'appointments_live_slot_uq')) {
      throw new ProblemError(409, 'Someone has just booked this slot. Please choose another time.', {
        code: 'booking.slot_taken',
      });
    }
    throw error;
  }
}

async function moveConsultationContext(tx: Tx, fromId: string, toId: string) {
  await tx
    .update(anamnesisSessions)
    .set({ appointmentId: toId })
    .where(eq(anamnesisSessions.appointmentId, fromId));
  await tx
    .update(appointmentAttachments)
    .set({ appointmentId: toId })
    .where(eq(appointmentAttachments.appointmentId, fromId));
  await tx
    .update(appointmentPayments)
    .set({ appointmentId: toId })
    .where(eq(appointmentPayments.appointmentId, fromId));
}

const notChangeable = (status: (typeof appointments.$inferSelect)['status']) =>
  new ProblemError(409, `A ${status.replace('_', ' ')} consultation cannot be changed.`, {
    code: 'booking.not_changeable',
    params: { status },
  });

export function assertChangeable(appointment: typeof appointments.$inferSelect, now = new Date()) {
  if (appointment.status !== 'booked' && appointment.status !== 'waiting') {
    throw notChangeable(appointment.status);
  }
  if (
    appointment.urgency === 'planned' &&
    appointment.startsAt.getTime() - now.getTime() < CHANGE_CUTOFF_MINUTES * 60_000
  ) {
    throw new ProblemError(
      409,
      `Consultations can be cancelled or moved up to ${CHANGE_CUTOFF_MINUTES} minutes before the start; please contact support.`,
      { code: 'booking.change_too_late', params: { minutes: CHANGE_CUTOFF_MINUTES } },
    );
  }
}

/** The states a consultation may be cancelled from. */
const changeable = inArray(appointments.status, ['booked', 'waiting']);

/**
 * Cancels the appointment only if its row still matches `still` (by default: booked or waiting), in one
 * conditional UPDATE, so a change committed since the caller read the row (a doctor taking an urgent request,
 * a call starting) wins cleanly. False when the row no longer matched and nothing was cancelled.
 */
export async function cancelIfStill(
  db: Db,
  appointment: typeof appointments.$inferSelect,
  still: SQL = changeable,
) {
  const cancelled = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(appointments)
      .set({ status: 'cancelled' })
      .where(and(eq(appointments.id, appointment.id), still))
      .returning({ id: appointments.id });
    if (!row) return false;
    // Nothing is owed for a cancelled consultation; an invoice already paid stays as paid, for a refund.
    await tx
      .update(appointmentPayments)
      .set({ status: 'cancelled' })
      .where(
        and(eq(appointmentPayments.appointmentId, appointment.id), eq(appointmentPayments.status, 'pending')),
      );
    return true;
  });
  if (cancelled && appointment.slotId) await slotsChanged(appointment.practitionerId);
  return cancelled;
}

export async function cancelAppointment(db: Db, appointment: typeof appointments.$inferSelect) {
  assertChangeable(appointment);
  if (await cancelIfStill(db, appointment)) return;
  // It moved on since it was read (the call started, a doctor finished it): refuse with the status it has now.
  const [current] = await db
    .select({ status: appointments.status })
    .from(appointments)
    .where(eq(appointments.id, appointment.id));
  throw notChangeable(current?.status ?? appointment.status);
}

/**
 * Moves a planned consultation to another free slot (the participant check is the caller's): a check-up is
 * cancelled and booked again instead (domains/checkups), and the cancel cut-off applies.
 */
export async function rescheduleAppointment(
  db: Db,
  reminders: Queue,
  actor: Actor,
  appointment: typeof appointments.$inferSelect,
  slotId: string,
) {
  if (appointment.urgency !== 'planned') {
    throw new ProblemError(403, 'Only the patient can move a planned consultation.', {
      code: 'auth.action_forbidden',
    });
  }
  if (appointment.checkupCode) {
    // A check-up has no doctor's slot to move to: it is cancelled and booked again (domains/checkups).
    throw new ProblemError(409, 'A check-up is moved by cancelling it and booking another time.', {
      code: 'checkup.reschedule_by_rebooking',
    });
  }
  assertChangeable(appointment);
  return bookSlot(
    db,
    reminders,
    actor,
    {
      patientId: appointment.patientId,
      slotId,
      format: appointment.format,
      reason: appointment.reason ?? undefined,
    },
    appointment.id,
  );
}
