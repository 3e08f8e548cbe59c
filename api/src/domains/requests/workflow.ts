import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Queue } from 'bull';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { appointmentAttachments, appointments, careRequests, slots } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { slotsChanged } from '../booking/queries.js';
import { bookSlot } from '../booking/service.js';
import { notifyStatus } from './notify.js';
import { requestFiles, specialtiesOf, type CareRequestRow } from './queries.js';
import type { Format } from '../appointments/schemas.js';

export async function cancelRequest(db: Db, request: CareRequestRow) {
  const [row] = await db
    .update(careRequests)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(careRequests.id, request.id), eq(careRequests.status, 'submitted')))
    .returning();
  if (!row)
    throw new ProblemError(409, 'A doctor has already taken this request; it can no longer be cancelled.', {
      code: 'doctor_request.already_taken',
    });
  return row;
}

/**
 * Claims a request in one conditional update: of two doctors pressing at once exactly one changes the row,
 * the other finds it no longer unclaimed and gets 409. The condition repeats who may claim: the doctor it
 * was addressed to, or anyone of its specialty when it was addressed to nobody.
 */
export async function claimRequest(db: Db, queue: Queue, request: CareRequestRow, practitionerId: string) {
  const now = new Date();
  const [row] = await db
    .update(careRequests)
    .set({ assignedPractitionerId: practitionerId, status: 'in_review', claimedAt: now, updatedAt: now })
    .where(
      and(
        eq(careRequests.id, request.id),
        eq(careRequests.status, 'submitted'),
        isNull(careRequests.assignedPractitionerId),
        or(
          eq(careRequests.addressedToPractitionerId, practitionerId),
          and(
            isNull(careRequests.addressedToPractitionerId),
            sql`${careRequests.specialtyCode} in ${specialtiesOf(db, practitionerId)}`,
          ),
        ),
      ),
    )
    .returning();
  if (!row)
    throw new ProblemError(409, 'Another doctor has already taken this request.', {
      code: 'doctor_request.claimed_by_other',
    });
  await notifyStatus(db, queue, row, 'in_review');
  return row;
}

function requireClaimer(request: CareRequestRow, practitionerId: string) {
  if (request.assignedPractitionerId !== practitionerId)
    throw new ProblemError(403, 'Only the doctor who claimed this request can answer it.', {
      code: 'doctor_request.not_claimant',
    });
  if (request.status !== 'in_review')
    throw new ProblemError(409, `This request is ${request.status.replace('_', ' ')}, not in review.`, {
      code: 'doctor_request.not_in_review',
      params: { status: request.status },
    });
}

/** A claimed request changes only while it is still in review by its claimant (a conditional update). */
const stillInReviewBy = (request: CareRequestRow, practitionerId: string) =>
  and(
    eq(careRequests.id, request.id),
    eq(careRequests.status, 'in_review'),
    eq(careRequests.assignedPractitionerId, practitionerId),
  );

const changedMeanwhile = () =>
  new ProblemError(409, 'This request has changed meanwhile; reload it.', { code: 'doctor_request.changed' });

export async function answerRequest(
  db: Db,
  queue: Queue,
  request: CareRequestRow,
  practitionerId: string,
  answer: string,
) {
  requireClaimer(request, practitionerId);
  const now = new Date();
  const [row] = await db
    .update(careRequests)
    .set({ status: 'answered', answer, answeredAt: now, updatedAt: now })
    .where(stillInReviewBy(request, practitionerId))
    .returning();
  if (!row) throw changedMeanwhile();
  await notifyStatus(db, queue, row, 'answered');
  return row;
}

/**
 * Turns a request into a planned consultation in one of the claiming doctor's free slots. The booking itself
 * is the booking domain's (same atomic slot rule, reminder job); the request then points at it and its
 * documents are attached to the consultation. If the request changed meanwhile the new booking is undone.
 */
export async function convertRequest(
  db: Db,
  queues: { notifications: Queue; reminders: Queue },
  actor: Actor,
  request: CareRequestRow,
  input: { slotId: string; format?: Format | undefined },
) {
  const practitionerId = actor.practitionerId!;
  requireClaimer(request, practitionerId);
  const [slot] = await db
    .select({ formats: slots.formats })
    .from(slots)
    .where(and(eq(slots.id, input.slotId), eq(slots.practitionerId, practitionerId)));
  if (!slot)
    throw new ProblemError(404, 'The slot was not found among your own.', {
      code: 'doctor_request.slot_not_found',
    });
  const format = input.format ?? (slot.formats.includes('video') ? 'video' : slot.formats[0]!);
  const appointment = await bookSlot(db, queues.reminders, actor, {
    patientId: request.patientId,
    slotId: input.slotId,
    format,
    reason: request.complaints.slice(0, 2000),
  });
  const documents = await requestFiles(db, request.id);
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(careRequests)
      .set({ status: 'consult_booked', appointmentId: appointment.id, updatedAt: new Date() })
      .where(stillInReviewBy(request, practitionerId))
      .returning();
    if (!updated) return null;
    if (documents.length)
      await tx
        .insert(appointmentAttachments)
        .values(
          documents.map((f) => ({
            appointmentId: appointment.id,
            fileId: f.id,
            attachedByAccountId: actor.accountId,
          })),
        )
        .onConflictDoNothing();
    return updated;
  });
  if (!row) {
    await db.update(appointments).set({ status: 'cancelled' }).where(eq(appointments.id, appointment.id));
    await slotsChanged(practitionerId);
    throw changedMeanwhile();
  }
  await notifyStatus(db, queues.notifications, row, 'consult_booked');
  return row;
}
