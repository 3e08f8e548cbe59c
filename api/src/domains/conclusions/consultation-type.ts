import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  type ConsultationType,
  type DiagnosisEntry,
  type EstablishedDiagnosis,
  type InPersonVisit,
  type PrescriptionEntry,
  specialties,
} from '../../db/schema/index.js';
import { ProblemError, type ProblemCode } from '../../http/problem.js';
import type { DraftBody } from './schemas.js';

/*
 * Consultation types by Federal Law 323-FZ art. 36.2 part 3 and Ministry of Health order 193n (2025, in force
 * 1 September 2025, replacing order 965n of 2017): a remote consultation of a patient by a doctor may give
 * recommendations, decide whether an in-person visit is needed, and correct the treatment of a diagnosis
 * established at an in-person examination; it may not establish a new diagnosis before one.
 *
 * Decisions taken here (docs/COMPLIANCE.md):
 * - A remote consultation is a `first_contact` unless an in-person diagnosis is linked (`follow_up`); an
 *   in-person visit (`appointments.format = 'in_person'`) is its own examination (`in_person`).
 * - First contact: the diagnosis is preliminary (suspected); an in-person visit with its urgency and
 *   specialty must be recommended before signing; the prescriptions list must be empty. Symptomatic
 *   over-the-counter advice in the free-text recommendations (fluids, rest, an antipyretic at the label dose)
 *   is allowed: it is a recommendation, not a treatment prescription.
 * - Follow-up: prescriptions (treatment correction) are allowed; the main diagnosis is the established one —
 *   the same ICD-10 code, or a more specific code of an established category (J06 → J06.9). Anything else
 *   the doctor notes goes to the secondary diagnoses, which stay preliminary on a remote consultation.
 */

export function consultationTypeOf(
  format: 'audio' | 'video' | 'chat' | 'in_person',
  established: EstablishedDiagnosis | null,
): ConsultationType {
  if (format === 'in_person') return 'in_person';
  return established ? 'follow_up' : 'first_contact';
}

/** The main diagnosis of a follow-up is the established one, or a more specific code of its category. */
export function matchesEstablished(diagnosis: DiagnosisEntry, established: DiagnosisEntry) {
  return diagnosis.code === established.code || diagnosis.code.startsWith(`${established.code}.`);
}

const refuse = (detail: string, path: string, code: ProblemCode, params?: Record<string, string>) =>
  new ProblemError(400, detail, {
    code,
    ...(params ? { params } : {}),
    errors: [{ path, message: detail, code, ...(params ? { params } : {}) }],
  });

type State = {
  consultationType: ConsultationType;
  diagnosis: DiagnosisEntry | null;
  prescriptions: PrescriptionEntry[];
  establishedDiagnosis: EstablishedDiagnosis | null;
  inPersonVisit: InPersonVisit | null;
};

/**
 * Refuses a conclusion that breaks the rules of its type. A draft may still lack the in-person visit
 * recommendation; finalising may not. 323-FZ art. 36.2 part 3; order 193n (2025).
 */
export function checkConsultationRules(state: State, stage: 'draft' | 'final') {
  if (state.consultationType === 'first_contact') {
    if (state.prescriptions.length) {
      throw refuse(
        'A first remote contact may not prescribe treatment before an in-person examination: remove the prescriptions, or link the diagnosis established in person.',
        'prescriptions',
        'conclusion.first_contact_prescriptions',
      );
    }
    if (stage === 'final' && !state.inPersonVisit) {
      throw refuse(
        'A first remote contact must recommend an in-person visit with its urgency and specialty.',
        'inPersonVisit',
        'conclusion.in_person_visit_required',
      );
    }
  }
  if (
    state.consultationType === 'follow_up' &&
    state.diagnosis &&
    state.establishedDiagnosis &&
    !matchesEstablished(state.diagnosis, state.establishedDiagnosis)
  ) {
    throw refuse(
      `A remote follow-up treats the diagnosis established in person (${state.establishedDiagnosis.code}); a new diagnosis needs an in-person examination — add it as a secondary diagnosis.`,
      'diagnosisCode',
      'conclusion.diagnosis_not_established',
      { code: state.establishedDiagnosis.code },
    );
  }
}

/** The recommendation as stored: only a planned visit keeps its number of days. */
export async function resolveInPersonVisit(
  db: Db,
  input: NonNullable<DraftBody['inPersonVisit']>,
): Promise<InPersonVisit> {
  const [specialty] = await db
    .select({ code: specialties.code })
    .from(specialties)
    .where(eq(specialties.code, input.specialtyCode));
  if (!specialty) {
    throw refuse(
      `Unknown specialty ${input.specialtyCode}.`,
      'inPersonVisit.specialtyCode',
      'conclusion.unknown_specialty',
    );
  }
  return {
    urgency: input.urgency,
    specialtyCode: input.specialtyCode,
    withinDays: input.urgency === 'planned' ? input.withinDays : null,
    ...(input.note ? { note: input.note } : {}),
  };
}
