import {
  complaintById,
  type AnswerValue,
  type InterviewState,
  type TriageEngine,
} from '@telemed/triage-model';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { isGuardedChild } from '../../auth/policy.js';
import { ageInMonths } from '../../lib/dates.js';
import type { Db } from '../../db/client.js';
import { anamnesisSessions, appointments, patients } from '../../db/schema/index.js';
import type { Deps } from '../../http/context.js';
import { invalidChoice, ProblemError } from '../../http/problem.js';
import type { z } from '@hono/zod-openapi';
import { inapplicableComplaints } from './complaints.js';
import { bookingHandOff, handOffOffer } from './hand-off.js';
import type { vocabularySchema } from './vocabulary.js';

type Row = typeof anamnesisSessions.$inferSelect;
type Patient = typeof patients.$inferSelect;
export type Triage = {
  engine: TriageEngine;
  /** The published vocabulary, validated once at load. */
  vocabulary: z.infer<typeof vocabularySchema>;
  finding: (id: string) => { name: { ru: string; en: string }; kind: 'boolean' | 'numeric' };
};

export async function startAnamnesis(
  db: Db,
  { engine }: Triage,
  input: {
    patient: Patient;
    accountId: string;
    complaintText?: string | undefined;
    complaintIds?: string[] | undefined;
    locale: 'ru' | 'en';
  },
) {
  const ageMonths = ageInMonths(input.patient.birthDate);
  const complaintIds = [...new Set(input.complaintIds ?? [])];
  const misfits = inapplicableComplaints(complaintIds, ageMonths, input.patient.sex);
  if (misfits.length > 0) {
    throw new ProblemError(400, `Not a complaint for this person's age or sex: ${misfits.join(', ')}.`, {
      code: 'anamnesis.complaint_not_applicable',
      errors: misfits.map((id) => ({ path: 'complaintIds', message: `${id} does not apply to this person` })),
    });
  }
  const state = engine.start({
    ageMonths,
    sex: input.patient.sex,
    locale: input.locale,
    ...(input.complaintText ? { complaintText: input.complaintText } : {}),
    ...(complaintIds.length > 0 ? { complaintIds } : {}),
  });
  const [row] = await db
    .insert(anamnesisSessions)
    .values({
      patientId: input.patient.id,
      startedByAccountId: input.accountId,
      state,
      modelVersion: engine.modelVersion,
    })
    .returning();
  // A complaint that already fires an ambulance-level red flag needs no questions: answer at once.
  return engine.nextQuestion(state) === null ? saveState(db, engine, row!.id, state, true) : row!;
}

/**
 * Applies answers and moves the interview on; when there is no next question the result is computed
 * and stored with the model version that produced it.
 */
export async function answerAnamnesis(
  db: Db,
  { engine }: Triage,
  row: Row,
  answers: { findingId: string; value: AnswerValue }[],
) {
  if (row.status === 'completed') throw alreadyComplete();
  let state = row.state;
  for (const a of answers) {
    try {
      state = engine.answer(state, a.findingId, a.value);
    } catch (error) {
      throw new ProblemError(400, `Answer to ${a.findingId}: ${(error as Error).message}`, {
        code: 'anamnesis.invalid_answer',
        params: { finding: a.findingId },
      });
    }
  }
  const done = engine.nextQuestion(state) === null;
  return saveState(db, engine, row.id, state, done);
}

/**
 * Changes an answer already given (a question or a finding understood from the text). The engine treats it as a
 * correction, so it does not use the question budget; the interview continues from the new state.
 */
export async function correctAnswer(
  db: Db,
  { engine }: Triage,
  row: Row,
  findingId: string,
  value: AnswerValue,
) {
  if (row.status === 'completed') throw alreadyComplete();
  const state = row.state;
  if (!state.answers[findingId]) {
    throw new ProblemError(400, `${findingId} has not been answered yet: answer it with POST …/answers.`, {
      code: 'anamnesis.not_answered',
      params: { finding: findingId },
    });
  }
  let corrected: InterviewState;
  try {
    corrected = engine.answer(state, findingId, value);
  } catch (error) {
    throw new ProblemError(400, `Answer to ${findingId}: ${(error as Error).message}`, {
      code: 'anamnesis.invalid_answer',
      params: { finding: findingId },
    });
  }
  return saveState(db, engine, row.id, corrected, engine.nextQuestion(corrected) === null);
}

const alreadyComplete = () =>
  new ProblemError(409, 'This questionnaire is already complete: its answers can no longer change.', {
    code: 'anamnesis.complete',
  });

/** Ends the interview now (the patient has said enough) and stores the result. */
export async function finishAnamnesis(db: Db, { engine }: Triage, row: Row) {
  if (row.status === 'completed') return row;
  return saveState(db, engine, row.id, row.state, true);
}

async function saveState(db: Db, engine: TriageEngine, id: string, state: InterviewState, done: boolean) {
  const result = done ? await engine.result(state) : null;
  const [updated] = await db
    .update(anamnesisSessions)
    .set({
      state,
      updatedAt: new Date(),
      ...(result
        ? {
            status: 'completed' as const,
            result,
            completedAt: new Date(),
          }
        : {}),
    })
    // Only an interview still in progress moves on: a second tab that finished it first wins.
    .where(and(eq(anamnesisSessions.id, id), eq(anamnesisSessions.status, 'in_progress')))
    .returning();
  if (!updated) throw alreadyComplete();
  return updated;
}

export async function findAnamnesis(db: Db, id: string) {
  const [row] = await db.select().from(anamnesisSessions).where(eq(anamnesisSessions.id, id));
  return row ?? null;
}

export async function anamnesisForAppointment(db: Db, appointmentId: string) {
  const [row] = await db
    .select()
    .from(anamnesisSessions)
    .where(and(eq(anamnesisSessions.appointmentId, appointmentId), eq(anamnesisSessions.status, 'completed')))
    .orderBy(desc(anamnesisSessions.completedAt))
    .limit(1);
  return row ?? null;
}

/**
 * A questionnaire is free to attach while it is linked to no consultation, or to a cancelled one (whose doctor
 * no longer reads it). One link per questionnaire: attaching it elsewhere would take it from the doctor of the
 * consultation it is linked to, so that is refused, not moved (rescheduling moves it with the consultation).
 */
const alreadyAttached = () =>
  new ProblemError(
    409,
    'This questionnaire is already attached to another consultation. Answer the symptom checker again for this one.',
    { code: 'anamnesis.already_attached' },
  );

/**
 * Checked before booking, so a bad reference never leaves a booking behind. Only a completed interview is
 * attached: the doctor's summary reads completed ones only, and one still in progress has no result yet. One
 * already attached to a consultation that is not cancelled stays with it (409 anamnesis.already_attached).
 */
export async function assertAttachable(db: Db, anamnesisId: string, patientId: string) {
  const row = await findAnamnesis(db, anamnesisId);
  if (!row || row.patientId !== patientId) {
    throw new ProblemError(400, 'The questionnaire was not found for this patient.', {
      code: 'anamnesis.not_for_patient',
    });
  }
  if (row.status !== 'completed') {
    throw invalidChoice(
      'anamnesisId',
      'the questionnaire is not finished yet: finish it before attaching it',
    );
  }
  if (row.appointmentId) {
    const [linked] = await db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, row.appointmentId));
    if (linked && linked.status !== 'cancelled') throw alreadyAttached();
  }
}

/**
 * Links a questionnaire to the consultation it led to, for the doctor's pre-visit summary: only if it is still
 * free (checked by `assertAttachable`, and here again in the one statement, so a concurrent booking with the
 * same questionnaire cannot take it from the consultation that got it first; that booking stands without it).
 */
export async function attachAnamnesis(db: Db, anamnesisId: string, appointmentId: string) {
  await db
    .update(anamnesisSessions)
    .set({ appointmentId })
    .where(
      and(
        eq(anamnesisSessions.id, anamnesisId),
        or(
          isNull(anamnesisSessions.appointmentId),
          sql`exists (select 1 from ${appointments} where ${appointments.id} = ${anamnesisSessions.appointmentId} and ${appointments.status} = 'cancelled')`,
        ),
      ),
    );
}

/** The API's view of a session: what was understood, what was answered, the next question or the result. */
export async function anamnesisView(
  { database, triage, readCache }: Pick<Deps, 'database' | 'triage' | 'readCache'>,
  row: Row,
  patient: Patient,
) {
  const { engine, finding } = triage;
  const state = row.state;
  const result = row.result;
  const isChild = isGuardedChild(patient.birthDate);
  const offer = result ? await handOffOffer(database.db, readCache, patient.id, isChild) : null;
  return {
    id: row.id,
    patientId: row.patientId,
    status: row.status,
    complaintText: state.complaintText ?? null,
    complaints: (state.complaints ?? []).map((id) => ({
      id,
      name: complaintById.get(id)?.name ?? { ru: id, en: id },
    })),
    // As the patient confirmed or corrected them, next to the words they came from.
    recognized: state.extracted.map((f) => ({
      findingId: f.findingId,
      name: finding(f.findingId).name,
      value: state.answers[f.findingId]?.value ?? f.value,
      text: f.text,
    })),
    answered: state.asked.map((id) => ({
      findingId: id,
      ...finding(id),
      value: state.answers[id]!.value,
    })),
    question: row.status === 'completed' ? null : engine.nextQuestion(state),
    result,
    booking: result && offer ? bookingHandOff(result, isChild, offer) : null,
    appointmentId: row.appointmentId,
    modelVersion: row.modelVersion,
    createdAt: row.createdAt.toISOString(),
  };
}
