import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import { appointments, conclusions } from '../../db/schema/index.js';
import { prescribeLabOrder } from '../labs/prescribe.js';
import { ProblemError } from '../../http/problem.js';
import { notify } from '../notifications/service.js';
import type { Appointment } from '../consultations/access.js';
import { recipientAccount } from '../notifications/recipient.js';
import { checkConsultationRules } from './consultation-type.js';
import { cancelledProblem, notStartedProblem } from './sign-window.js';
import type { Conclusion } from './queries.js';

/**
 * Makes the open draft final, all or nothing: the status, the lab order for newly prescribed tests and the
 * consultation's completion are one transaction, so the patient never sees a conclusion without its order
 * (or an order without its conclusion). Only for a consultation that has started (`sign-window.ts`).
 */
export async function finaliseConclusion(db: Db, appointment: Appointment) {
  const refused = cancelledProblem(appointment) ?? notStartedProblem(appointment);
  if (refused) throw refused;
  return db.transaction(async (tx) => {
    const versions = await tx
      .select()
      .from(conclusions)
      .where(eq(conclusions.appointmentId, appointment.id))
      .for('update');
    const draft = versions.find((v) => v.status === 'draft');
    if (!draft) {
      throw new ProblemError(
        409,
        versions.length ? 'The conclusion is already final.' : 'There is no draft to finalise yet.',
        { code: versions.length ? 'conclusion.already_final' : 'conclusion.no_draft' },
      );
    }
    if (!draft.diagnosis) {
      throw new ProblemError(400, 'A final conclusion needs a diagnosis: choose an ICD-10 code.', {
        code: 'conclusion.diagnosis_required',
        errors: [{ path: 'diagnosisCode', message: 'Required to finalise' }],
      });
    }
    // 323-FZ art. 36.2 part 3; order 193n (2025): a first contact signs only with an in-person visit recommended.
    checkConsultationRules(draft, 'final');
    // now() is the transaction's start time: every row this step touches carries the same timestamp.
    const now = sql`now()`;
    const [final] = await tx
      .update(conclusions)
      .set({ status: 'final', finalisedAt: now, updatedAt: now })
      .where(and(eq(conclusions.id, draft.id), eq(conclusions.status, 'draft')))
      .returning();
    // A correction orders only what earlier versions did not: those tests are already on their way.
    const alreadyOrdered = new Set(
      versions.filter((v) => v.status === 'final').flatMap((v) => v.labTestCodes),
    );
    const testCodes = final!.labTestCodes.filter((code) => !alreadyOrdered.has(code));
    const order = await prescribeLabOrder(tx, {
      patientId: final!.patientId,
      conclusionId: final!.id,
      practitionerId: final!.practitionerId,
      testCodes,
    });
    await tx
      .update(appointments)
      .set({ status: 'completed', endedAt: now })
      .where(
        and(
          eq(appointments.id, appointment.id),
          inArray(appointments.status, ['booked', 'waiting', 'in_progress']),
        ),
      );
    return { conclusion: final!, labOrder: order ?? null };
  });
}

/**
 * Tells the patient (or the child's guardian) after the commit. Keys are the conclusion's id, so a retried
 * request never notifies twice.
 */
export async function notifyFinalised(
  db: Db,
  queue: Queue,
  conclusion: Conclusion,
  labOrder: { id: string } | null,
) {
  const recipient = await recipientAccount(db, conclusion.patientId);
  if (!recipient) return;
  const corrected = conclusion.version > 1;
  await notify(db, queue, {
    accountId: recipient.accountId,
    kind: 'conclusion_ready',
    title: corrected
      ? { ru: 'Заключение врача исправлено', en: "The doctor's conclusion was corrected" }
      : { ru: 'Заключение врача готово', en: "The doctor's conclusion is ready" },
    body: {
      ru: 'Заключение по консультации доступно в архиве; его можно скачать в PDF.',
      en: 'The conclusion of your consultation is in the archive; you can download it as a PDF.',
    },
    data: {
      conclusionId: conclusion.id,
      appointmentId: conclusion.appointmentId,
      patientId: conclusion.patientId,
    },
    idempotencyKey: `conclusion-ready:${conclusion.id}`,
  });
  if (labOrder) {
    await notify(db, queue, {
      accountId: recipient.accountId,
      kind: 'tests_prescribed',
      title: { ru: 'Назначены анализы', en: 'Tests prescribed' },
      body: {
        ru: 'Врач назначил анализы. Выберите лабораторию и подтвердите заказ.',
        en: 'The doctor prescribed tests. Choose a lab location and confirm the order.',
      },
      data: { labOrderId: labOrder.id, conclusionId: conclusion.id, patientId: conclusion.patientId },
      idempotencyKey: `tests-prescribed:${conclusion.id}`,
    });
  }
}
