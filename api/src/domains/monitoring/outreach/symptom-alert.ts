import type { Queue } from 'bull';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { monitoringAlerts, monitoringEnrolments, patients, practitioners } from '../../../db/schema/index.js';
import { notify } from '../../notifications/service.js';
import { URGENT_ADVICE, URGENT_QUESTIONS, URGENT_SOURCE, type Question } from './questionnaire.js';

/** The questionnaire's urgent answers in the reading symptoms' vocabulary, so alert screens name them alike. */
const AS_READING_SYMPTOM: Partial<Record<Question, string>> = {
  chest_pain: 'chest_pain',
  breathlessness: 'shortness_of_breath',
};

/**
 * Chest pain or breathlessness in the questionnaire is handled like a crisis reading: the patient is told to
 * call 103/112 at once (the route's answer), and the responsible assistant gets an urgent alert and a
 * notification to call back and, if needed, escalate (ESH 2023 §14; ESC 2024 §11.1; КР МЗ РФ 2024, раздел 3.3).
 * One live alert per patient: answering again while one is open adds nothing.
 */
export async function raiseSymptomAlert(
  tx: Tx,
  queue: Queue,
  enrolment: typeof monitoringEnrolments.$inferSelect,
  questionnaireId: string,
  answers: Partial<Record<Question, boolean>>,
) {
  const symptoms = URGENT_QUESTIONS.filter((q) => answers[q] === true).map((q) => AS_READING_SYMPTOM[q]!);
  if (!symptoms.length) return null;
  const patientId = enrolment.patientId;
  const [live] = await tx
    .select({ id: monitoringAlerts.id })
    .from(monitoringAlerts)
    .where(
      and(
        eq(monitoringAlerts.patientId, patientId),
        eq(monitoringAlerts.kind, 'symptoms_reported'),
        inArray(monitoringAlerts.status, ['open', 'acknowledged']),
      ),
    );
  if (live) return null;
  const [alert] = await tx
    .insert(monitoringAlerts)
    .values({
      patientId,
      kind: 'symptoms_reported',
      severity: 'urgent',
      readingId: null,
      details: {
        values: { symptoms },
        threshold: { symptoms: 'any' },
        source: URGENT_SOURCE,
        advice: URGENT_ADVICE,
      },
      dedupeKey: `symptoms_reported:${questionnaireId}`,
    })
    .returning();
  const [assistant] = await tx
    .select({ accountId: practitioners.accountId, fullName: patients.fullName })
    .from(practitioners)
    .innerJoin(patients, eq(patients.id, patientId))
    .where(eq(practitioners.id, enrolment.assistantId));
  if (assistant?.accountId) {
    await notify(tx, queue, {
      accountId: assistant.accountId,
      kind: 'monitoring_alert',
      title: {
        ru: `Боль в груди или одышка: ${assistant.fullName.ru}`,
        en: `Chest pain or breathlessness: ${assistant.fullName.en}`,
      },
      body: {
        ru: 'Пациент сообщил об этом в опроснике и получил совет вызвать скорую. Позвоните пациенту и при необходимости передайте врачу.',
        en: 'The patient reported it in the questionnaire and was told to call an ambulance. Call the patient and escalate to a doctor if needed.',
      },
      data: { alertId: alert!.id, patientId },
      idempotencyKey: `monitoring-alert:${alert!.id}:assistant`,
    });
  }
  return alert!;
}
