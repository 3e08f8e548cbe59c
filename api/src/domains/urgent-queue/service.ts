import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/sessions.js';
import { isGuardedChild } from '../../auth/policy.js';
import type { Db, Tx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  accounts,
  anamnesisSessions,
  appointments,
  patients,
  practitionerSpecialties,
} from '../../db/schema/index.js';
import { notFound, ProblemError } from '../../http/problem.js';
import { assertAttachable, attachAnamnesis } from '../anamnesis/service.js';
import { findAppointmentItem } from '../appointments/queries.js';
import type { Format } from '../appointments/schemas.js';
import { requireTelemedicineCover } from '../booking/coverage.js';
import { cancelIfStill } from '../booking/service.js';
import { assertConsented } from '../consents/service.js';
import { escalationContexts, isEscalation } from '../monitoring/escalation-context.js';

/*
 * The urgent queue: a patient (or an assistant escalating from monitoring) asks for the first free therapist or
 * paediatrician; doctors of that specialty see who waits and take the next one. A queued request is an
 * appointment with urgency `urgent` and status `waiting` until taken (then `booked`, as a planned one).
 */

/** Average length of an urgent consultation, for the queue's wait estimate. */
const URGENT_CONSULT_MINUTES = 15;

/**
 * A patient's account has one request waiting in the urgent queue at a time, whoever it is for (self or a
 * child): the queue is for the first free doctor, and one account must not fill it. Once a doctor has taken
 * the request, or it is left, the account may ask again. Not a unique index: an assistant escalating from
 * monitoring books for many patients under her own account. Instead the account's row is locked, so two
 * concurrent joins from one account are serialised and the second sees the first.
 */
async function assertNoWaitingRequestOf(tx: Tx, accountId: string) {
  await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('update');
  const [waiting] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.bookedByAccountId, accountId),
        eq(appointments.urgency, 'urgent'),
        eq(appointments.status, 'waiting'),
      ),
    )
    .limit(1);
  if (waiting) {
    throw new ProblemError(
      409,
      'You already have a request waiting in the urgent queue. Leave it first, or wait for the doctor to take it.',
      { code: 'urgent.already_waiting' },
    );
  }
}

export async function joinUrgentQueue(
  db: Db | Tx,
  actor: Actor,
  input: {
    patientId: string;
    specialty: 'therapist' | 'paediatrician';
    format: Format;
    reason?: string | undefined;
  },
) {
  if (input.format === 'in_person') {
    throw new ProblemError(400, 'The urgent queue is for online consultations only.', {
      code: 'urgent.online_only',
    });
  }
  // The consents are the caller's check (enterUrgentQueue, or monitoring's escalation), made before this.
  const [patient] = await db.select().from(patients).where(eq(patients.id, input.patientId));
  const isChild = isGuardedChild(patient!.birthDate);
  if (isChild !== (input.specialty === 'paediatrician')) {
    throw new ProblemError(
      400,
      isChild ? 'Children are seen by a paediatrician.' : 'Adults are seen by a therapist.',
      { code: isChild ? 'urgent.children_see_paediatrician' : 'urgent.adults_see_therapist' },
    );
  }
  const now = new Date();
  try {
    return await db.transaction(async (tx) => {
      if (actor.role === 'patient') await assertNoWaitingRequestOf(tx, actor.accountId);
      const [row] = await tx
        .insert(appointments)
        .values({
          patientId: input.patientId,
          specialtyCode: input.specialty,
          format: input.format,
          urgency: 'urgent',
          status: 'waiting',
          startsAt: now,
          endsAt: new Date(now.getTime() + URGENT_CONSULT_MINUTES * 60_000),
          reason: input.reason ?? null,
          bookedByAccountId: actor.accountId,
        })
        .returning();
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'appointments_one_urgent_wait_uq')) {
      throw new ProblemError(409, 'This patient is already in the urgent queue.', {
        code: 'urgent.already_waiting',
      });
    }
    throw error;
  }
}

/** Position in the queue (1 = next) and a wait estimate from the doctors of that specialty. */
export async function queuePosition(db: Db, appointment: typeof appointments.$inferSelect) {
  if (appointment.status !== 'waiting' || appointment.practitionerId)
    return { position: null, estimatedWaitMinutes: null };
  const [self] = await db
    .select({ escalated: isEscalation })
    .from(appointments)
    .where(eq(appointments.id, appointment.id));
  // Escalations are served first (see urgentQueueFor): an escalation waits only behind earlier ones.
  const earlier = sql`${appointments.createdAt} < ${appointment.createdAt.toISOString()}`;
  const [ahead] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(
        eq(appointments.urgency, 'urgent'),
        eq(appointments.status, 'waiting'),
        eq(appointments.specialtyCode, appointment.specialtyCode),
        self?.escalated ? and(isEscalation, earlier) : or(isEscalation, earlier),
      ),
    );
  const [doctors] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(practitionerSpecialties)
    .where(eq(practitionerSpecialties.specialtyCode, appointment.specialtyCode));
  const position = (ahead?.n ?? 0) + 1;
  return {
    position,
    estimatedWaitMinutes: Math.ceil((position * URGENT_CONSULT_MINUTES) / Math.max(1, doctors?.n ?? 1)),
  };
}

/** The order doctors see and take the queue in: escalations from monitoring first, then longest-waiting. */
const queueOrder = [sql`${isEscalation} desc`, asc(appointments.createdAt)];

/** Requests waiting for any doctor of this doctor's specialties, in the order they are taken. */
export async function urgentQueueFor(db: Db, practitionerId: string) {
  const rows = await db
    .select({
      id: appointments.id,
      specialtyCode: appointments.specialtyCode,
      format: appointments.format,
      createdAt: appointments.createdAt,
      hasQuestionnaire: sql<boolean>`exists (select 1 from ${anamnesisSessions} s where s.appointment_id = ${appointments.id})`,
      patient: { id: patients.id, fullName: patients.fullName },
      reason: appointments.reason,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(
      and(
        eq(appointments.urgency, 'urgent'),
        eq(appointments.status, 'waiting'),
        sql`${appointments.practitionerId} is null`,
        sql`${appointments.specialtyCode} in ${specialtiesOf(db, practitionerId)}`,
      ),
    )
    .orderBy(...queueOrder);
  const escalations = await escalationContexts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(({ createdAt, ...row }) => {
    const worst = escalations.get(row.id)?.[0];
    return {
      ...row,
      waitingSince: createdAt.toISOString(),
      escalation: worst ? { alert: worst.alert, note: worst.note } : null,
    };
  });
}

const specialtiesOf = (db: Db, practitionerId: string) =>
  db
    .select({ code: practitionerSpecialties.specialtyCode })
    .from(practitionerSpecialties)
    .where(eq(practitionerSpecialties.practitionerId, practitionerId));

/**
 * The first free doctor takes the next patient of their specialties (escalations first). SKIP LOCKED lets
 * two doctors pressing at once take two different patients, never the same one.
 */
export async function takeNextUrgent(db: Db, practitionerId: string) {
  const specialties = specialtiesOf(db, practitionerId);
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(
        and(
          eq(appointments.urgency, 'urgent'),
          eq(appointments.status, 'waiting'),
          sql`${appointments.practitionerId} is null`,
          sql`${appointments.specialtyCode} in ${specialties}`,
        ),
      )
      .orderBy(...queueOrder)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return null;
    const now = new Date();
    // Taken means booked with this doctor from now: out of the queue (so the one-wait-per-patient index
    // frees up), and the call flow moves it to in_progress when the room starts, as for a planned consult.
    const [taken] = await tx
      .update(appointments)
      .set({
        status: 'booked',
        practitionerId,
        startsAt: now,
        endsAt: new Date(now.getTime() + URGENT_CONSULT_MINUTES * 60_000),
      })
      .where(eq(appointments.id, next.id))
      .returning();
    return taken!;
  });
}

/**
 * A patient (or their parent) joins the queue: consents first (the urgent queue is a consultation too:
 * domains/consents; 323-FZ art. 20 and 36.2), then the programme's telemedicine cover (the
 * same 409 as planned booking), then the attached interview, if any, is checked and attached.
 */
export async function enterUrgentQueue(
  db: Db,
  actor: Actor,
  input: Parameters<typeof joinUrgentQueue>[2] & { anamnesisId?: string | undefined },
) {
  await assertConsented(db, input.patientId);
  await requireTelemedicineCover(db, input.patientId);
  if (input.anamnesisId) await assertAttachable(db, input.anamnesisId, input.patientId);
  const appointment = await joinUrgentQueue(db, actor, input);
  if (input.anamnesisId) await attachAnamnesis(db, input.anamnesisId, appointment.id);
  return appointment;
}

/** What the waiting page shows: the appointment, its place in the queue and the wait estimate. */
export async function urgentStatus(db: Db, appointment: typeof appointments.$inferSelect) {
  return {
    appointment: await findAppointmentItem(db, appointment.id),
    ...(await queuePosition(db, appointment)),
  };
}

const alreadyTaken = () =>
  new ProblemError(409, 'A doctor has already taken this request.', { code: 'urgent.already_taken' });

/** Why a request can no longer be left: it was left (cancelled) already, or a doctor has taken it. */
function notWaiting(appointment: typeof appointments.$inferSelect) {
  if (appointment.status === 'cancelled') {
    return new ProblemError(409, 'This request has already been cancelled: it is no longer in the queue.', {
      code: 'urgent.already_left',
    });
  }
  return appointment.status !== 'waiting' || appointment.practitionerId ? alreadyTaken() : null;
}

/**
 * The patient leaves the queue while no doctor has taken the request yet. The cancel is conditional on the row
 * as it is then, so a doctor taking the request after it was read keeps it: the patient hears it was taken.
 */
export async function leaveUrgentQueue(db: Db, appointment: typeof appointments.$inferSelect) {
  if (appointment.urgency !== 'urgent') throw notFound();
  const refusal = notWaiting(appointment);
  if (refusal) throw refusal;
  const untaken = and(eq(appointments.status, 'waiting'), isNull(appointments.practitionerId))!;
  if (await cancelIfStill(db, appointment, untaken)) return;
  const [current] = await db.select().from(appointments).where(eq(appointments.id, appointment.id));
  throw (current && notWaiting(current)) ?? alreadyTaken();
}
