import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.js';
import type { LocalizedText } from '../../../db/schema/common.js';
import { symptomQuestionnaires } from '../../../db/schema/index.js';

/**
 * The patient's short questionnaire on symptoms and side effects of antihypertensive treatment. The side
 * effects are those the 2023 ESH Guidelines (§9, Table 22 "side effects of the major drug classes") and
 * Клинические рекомендации «Артериальная гипертензия у взрослых», МЗ РФ 2024 (раздел 3.1) ask to check at
 * follow-up: dry cough (ACE inhibitors), ankle oedema (dihydropyridine CCBs), orthostatic dizziness
 * (diuretics, alpha-blockers, over-treatment), palpitations, headache, fatigue.
 */
export const QUESTIONS = [
  'headache',
  'dizziness_on_standing',
  'ankle_swelling',
  'dry_cough',
  'palpitations',
  'fatigue',
  'chest_pain',
  'breathlessness',
] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * Chest pain or breathlessness may be acute coronary syndrome or acute heart failure: the patient is sent to
 * urgent care now, not to the next review (ESH 2023 §14 "Hypertensive emergencies"; ESC 2024 §11.1; МЗ РФ
 * 2024, раздел 3.3 «Гипертонический криз»).
 */
export const URGENT_QUESTIONS: readonly Question[] = ['chest_pain', 'breathlessness'];

export const URGENT_ADVICE: LocalizedText = {
  ru: 'Боль в груди или одышка могут быть признаком опасного состояния. Не ждите звонка ассистента: вызовите скорую помощь по номеру 103 или 112.',
  en: 'Chest pain or breathlessness can be a sign of a dangerous condition. Do not wait for the assistant: call an ambulance on 103 or 112.',
};
export const URGENT_SOURCE =
  'ESH 2023 §14; ESC 2024 §11.1; КР МЗ РФ «Артериальная гипертензия у взрослых» 2024, раздел 3.3';

/**
 * Side effects typical of a drug class in the patient's current step, for the doctor's proposal card:
 * ACE-inhibitor dry cough, dihydropyridine-CCB ankle oedema, diuretic orthostatic dizziness (ESH 2023 §9,
 * Table 22). The step is recognised by its class name (titration/protocols.ts).
 */
const CLASS_EFFECTS: readonly { flag: string; question: Question; drugClass: RegExp }[] = [
  { flag: 'acei_cough', question: 'dry_cough', drugClass: /\bACEi\b/ },
  { flag: 'ccb_ankle_oedema', question: 'ankle_swelling', drugClass: /\bCCB\b/ },
  { flag: 'diuretic_orthostasis', question: 'dizziness_on_standing', drugClass: /diuretic/i },
];

export const urgentIn = (answers: Partial<Record<Question, boolean>>) =>
  URGENT_QUESTIONS.some((q) => answers[q] === true);

export const positivesOf = (answers: Record<string, boolean>) => QUESTIONS.filter((q) => answers[q] === true);

export function questionnaireView(row: typeof symptomQuestionnaires.$inferSelect) {
  return {
    id: row.id,
    answers: Object.fromEntries(QUESTIONS.map((q) => [q, row.answers[q] === true])) as Record<
      Question,
      boolean
    >,
    reported: positivesOf(row.answers),
    urgent: urgentIn(row.answers),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function saveQuestionnaire(
  db: Db | Tx,
  patientId: string,
  accountId: string,
  answers: Record<Question, boolean>,
) {
  const [row] = await db
    .insert(symptomQuestionnaires)
    .values({ patientId, answers, submittedByAccountId: accountId })
    .returning();
  return row!;
}

export async function recentQuestionnaires(db: Db, patientId: string, limit = 10) {
  return db
    .select()
    .from(symptomQuestionnaires)
    .where(eq(symptomQuestionnaires.patientId, patientId))
    .orderBy(desc(symptomQuestionnaires.createdAt))
    .limit(limit);
}

/**
 * The latest answers as titration evidence (titration/proposals.ts), with the side effects typical of the
 * drug class the patient takes now flagged; null when the patient never answered.
 */
export async function sideEffectEvidence(db: Db, patientId: string, drugClass: string) {
  const [latest] = await recentQuestionnaires(db, patientId, 1);
  if (!latest) return null;
  const reported = positivesOf(latest.answers);
  return {
    answeredAt: latest.createdAt.toISOString(),
    reported,
    flags: CLASS_EFFECTS.filter((e) => reported.includes(e.question) && e.drugClass.test(drugClass)).map(
      (e) => e.flag,
    ),
  };
}
