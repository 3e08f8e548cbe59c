import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { monitoringEnrolments, practitioners } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';

export interface EnrolmentInput {
  patientId: string;
  assistantId: string;
  targetSystolic: number;
  targetDiastolic: number;
  note?: string | undefined;
}

/** The assistant must exist as an assistant; an assistant may only enrol patients with themselves. */
export async function enrol(db: Db, actor: Actor, input: EnrolmentInput) {
  if (actor.role === 'assistant' && input.assistantId !== actor.practitionerId) {
    throw new ProblemError(403, 'An assistant can enrol patients only with themselves.');
  }
  const [assistant] = await db
    .select({ kind: practitioners.kind })
    .from(practitioners)
    .where(eq(practitioners.id, input.assistantId));
  if (assistant?.kind !== 'assistant') {
    throw new ProblemError(400, 'assistantId must name a medical assistant.', {
      errors: [{ path: 'assistantId', message: 'not a medical assistant' }],
    });
  }
  try {
    const [row] = await db
      .insert(monitoringEnrolments)
      .values({
        patientId: input.patientId,
        assistantId: input.assistantId,
        enrolledByAccountId: actor.accountId,
        targetSystolic: input.targetSystolic,
        targetDiastolic: input.targetDiastolic,
        note: input.note ?? null,
      })
      .returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ProblemError(409, 'This patient is already enrolled in blood-pressure monitoring.');
    }
    throw error;
  }
}

export async function updateTarget(
  db: Db,
  patientId: string,
  input: { targetSystolic: number; targetDiastolic: number; note?: string | undefined },
) {
  const [row] = await db
    .update(monitoringEnrolments)
    .set({
      targetSystolic: input.targetSystolic,
      targetDiastolic: input.targetDiastolic,
      ...(input.note !== undefined ? { note: input.note } : {}),
    })
    .where(eq(monitoringEnrolments.patientId, patientId))
    .returning();
  return row ?? null;
}

export const enrolmentView = (e: typeof monitoringEnrolments.$inferSelect) => ({
  id: e.id,
  patientId: e.patientId,
  assistantId: e.assistantId,
  targetSystolic: e.targetSystolic,
  targetDiastolic: e.targetDiastolic,
  note: e.note,
  createdAt: e.createdAt.toISOString(),
});
