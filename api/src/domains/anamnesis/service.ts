import type { AnswerValue, InterviewState, TriageEngine, TriageResult } from '@telemed/triage-model';
import { and, desc, eq } from 'drizzle-orm';
import { isGuardedChild } from '../../auth/policy.js';
import { ageInMonths } from '../../lib/dates.js';
import type { Db } from '../../db/client.js';
import { anamnesisSessions, patients } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import type { z } from '@hono/zod-openapi';
import { bookingHandOff } from './hand-off.js';
import type { vocabularySchema } from './vocabulary.js';

type Row = typeof anamnesisSessions.$inferSelect;
type Patient = typeof patients.$inferSelect;
export type Triage = {
  engine: TriageEngine;
  /** The published vocabulary, validated once at load. */
  vocabulary: z.infer<typeof vocabularySchema>;
  findingName: (id: string) => { ru: string; en: string };
};

export async function startAnamnesis(
  db: Db,
  { engine }: Triage,
  input: { patient: Patient; accountId: string; complaintText?: string | undefined; locale: 'ru' | 'en' },
) {
  const state = engine.start({
    ageMonths: ageInMonths(input.patient.birthDate),
    sex: input.patient.sex,
    locale: input.locale,
    ...(input.complaintText ? { complaintText: input.complaintText } : {}),
  });
  const [row] = await db
    .insert(anamnesisSessions)
    .values({
      patientId: input.patient.id,
      startedByAccountId: input.accountId,
      state: state as unknown as Record<string, unknown>,
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
  if (row.status === 'completed') throw new ProblemError(409, 'This questionnaire is already complete.');
  let state = row.state as unknown as InterviewState;
  for (const a of answers) {
    try {
      state = engine.answer(state, a.findingId, a.value);
    } catch (error) {
      throw new ProblemError(400, `Answer to ${a.findingId}: ${(error as Error).message}`);
    }
  }
  const done = engine.nextQuestion(state) === null;
  return saveState(db, engine, row.id, state, done);
}

/** Ends the interview now (the patient has said enough) and stores the result. */
export async function finishAnamnesis(db: Db, { engine }: Triage, row: Row) {
  if (row.status === 'completed') return row;
  return saveState(db, engine, row.id, row.state as unknown as InterviewState, true);
}

async function saveState(db: Db, engine: TriageEngine, id: string, state: InterviewState, done: boolean) {
  const result = done ? await engine.result(state) : null;
  const [updated] = await db
    .update(anamnesisSessions)
    .set({
      state: state as unknown as Record<string, unknown>,
      updatedAt: new Date(),
      ...(result
        ? {
            status: 'completed' as const,
            result: result as unknown as Record<string, unknown>,
            completedAt: new Date(),
          }
        : {}),
    })
    .where(eq(anamnesisSessions.id, id))
    .returning();
  return updated!;
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

/** Checked before booking, so a bad reference never leaves a booking behind. */
export async function assertAttachable(db: Db, anamnesisId: string, patientId: string) {
  const row = await findAnamnesis(db, anamnesisId);
  if (!row || row.patientId !== patientId) {
    throw new ProblemError(400, 'The questionnaire was not found for this patient.');
  }
}

/** Links a questionnaire to the consultation it led to, for the doctor's pre-visit summary. */
export async function attachAnamnesis(db: Db, anamnesisId: string, appointmentId: string) {
  await db.update(anamnesisSessions).set({ appointmentId }).where(eq(anamnesisSessions.id, anamnesisId));
}

/** The API's view of a session: what was understood, what was answered, the next question or the result. */
export function anamnesisView({ engine, findingName }: Triage, row: Row, patient: Patient) {
  const state = row.state as unknown as InterviewState;
  const result = row.result as unknown as TriageResult | null;
  const isChild = isGuardedChild(patient.birthDate);
  return {
    id: row.id,
    patientId: row.patientId,
    status: row.status,
    complaintText: state.complaintText ?? null,
    recognized: state.extracted.map((f) => ({
      findingId: f.findingId,
      name: findingName(f.findingId),
      value: f.value,
      text: f.text,
    })),
    answered: state.asked.map((id) => ({
      findingId: id,
      name: findingName(id),
      value: state.answers[id]!.value,
    })),
    question: row.status === 'completed' ? null : engine.nextQuestion(state),
    result,
    booking: result ? bookingHandOff(result, isChild) : null,
    appointmentId: row.appointmentId,
    modelVersion: row.modelVersion,
    createdAt: row.createdAt.toISOString(),
  };
}
