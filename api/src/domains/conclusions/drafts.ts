import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conclusions, patients, specialties } from '../../db/schema/index.js';
import { ProblemError } from '../../http/problem.js';
import { type Appointment, findAppointment } from '../consultations/access.js';
import { checkLabTestsForSex, resolveCatalogueCodes } from './catalogue-checks.js';
import { checkConsultationRules, consultationTypeOf, resolveInPersonVisit } from './consultation-type.js';
import { resolveEstablishedDiagnosis } from './established-diagnoses.js';
import { conclusionVersions } from './queries.js';
import type { DraftBody } from './schemas.js';
import { cancelledProblem } from './sign-window.js';

/** The columns a draft save changes: only the fields the doctor sent. */
function draftChanges(body: DraftBody) {
  const codes = resolveCatalogueCodes(body);
  const changes: Partial<typeof conclusions.$inferInsert> = {};
  if (codes.diagnosis !== undefined) changes.diagnosis = codes.diagnosis;
  if (codes.secondaryDiagnoses) changes.secondaryDiagnoses = codes.secondaryDiagnoses;
  if (codes.labTestCodes) changes.labTestCodes = codes.labTestCodes;
  if (body.complaints !== undefined) changes.complaints = body.complaints;
  if (body.findings !== undefined) changes.findings = body.findings;
  if (body.recommendations !== undefined) changes.recommendations = body.recommendations;
  if (body.prescriptions) changes.prescriptions = body.prescriptions;
  if (body.followUp) changes.followUp = body.followUp;
  return changes;
}

/** A follow-up must name a real specialty, or a consultation of the same patient. */
async function checkFollowUp(db: Db, appointment: Appointment, followUp: DraftBody['followUp']) {
  if (followUp?.kind === 'suggest') {
    const [specialty] = await db
      .select({ code: specialties.code })
      .from(specialties)
      .where(eq(specialties.code, followUp.specialtyCode));
    if (!specialty) {
      throw new ProblemError(400, `Unknown specialty ${followUp.specialtyCode}.`, {
        code: 'conclusion.unknown_specialty',
        errors: [{ path: 'followUp.specialtyCode', message: 'Unknown specialty' }],
      });
    }
  }
  if (followUp?.kind === 'booked') {
    const next = await findAppointment(db, followUp.appointmentId);
    if (!next || next.patientId !== appointment.patientId) {
      throw new ProblemError(400, 'The follow-up consultation was not found for this patient.', {
        code: 'conclusion.follow_up_not_found',
        errors: [{ path: 'followUp.appointmentId', message: 'Not a consultation of this patient' }],
      });
    }
  }
}

/**
 * The changes with the consultation type they lead to, checked against its rules (order 193n (2025)) on the
 * draft as it will be saved: an in-person visit needs no link and no in-person recommendation.
 */
function withConsultationType(
  appointment: Appointment,
  draft: typeof conclusions.$inferSelect | undefined,
  changes: Partial<typeof conclusions.$inferInsert>,
) {
  const consultationType = consultationTypeOf(
    appointment.format,
    changes.establishedDiagnosis !== undefined
      ? changes.establishedDiagnosis
      : (draft?.establishedDiagnosis ?? null),
  );
  const typed = { ...changes, consultationType };
  if (consultationType === 'in_person') {
    typed.establishedDiagnosis = null;
    typed.inPersonVisit = null;
  }
  checkConsultationRules(
    {
      consultationType,
      diagnosis: typed.diagnosis !== undefined ? typed.diagnosis : (draft?.diagnosis ?? null),
      prescriptions: typed.prescriptions ?? draft?.prescriptions ?? [],
      establishedDiagnosis:
        typed.establishedDiagnosis !== undefined
          ? typed.establishedDiagnosis
          : (draft?.establishedDiagnosis ?? null),
      inPersonVisit: typed.inPersonVisit !== undefined ? typed.inPersonVisit : (draft?.inPersonVisit ?? null),
    },
    'draft',
  );
  return typed;
}

/**
 * Creates the consultation's first draft or updates the open one (a correction is a draft too). Only rows
 * still in `draft` are ever updated: the status condition is part of every UPDATE, so a final row cannot
 * change even if a finalise races with this save.
 */
export async function saveDraft(
  db: Db,
  input: { appointment: Appointment; practitionerId: string; accountId: string; body: DraftBody },
) {
  const cancelled = cancelledProblem(input.appointment);
  if (cancelled) throw cancelled;
  const changes = draftChanges(input.body);
  await checkFollowUp(db, input.appointment, input.body.followUp);
  const { establishedDiagnosis, inPersonVisit } = input.body;
  if (establishedDiagnosis !== undefined) {
    changes.establishedDiagnosis =
      establishedDiagnosis &&
      (await resolveEstablishedDiagnosis(
        db,
        input.appointment.patientId,
        input.appointment.startsAt,
        establishedDiagnosis,
      ));
  }
  if (inPersonVisit !== undefined) {
    changes.inPersonVisit = inPersonVisit && (await resolveInPersonVisit(db, inPersonVisit));
  }
  if (changes.labTestCodes?.length) {
    const [patient] = await db
      .select({ sex: patients.sex })
      .from(patients)
      .where(eq(patients.id, input.appointment.patientId));
    if (patient) checkLabTestsForSex(changes.labTestCodes, patient.sex);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const versions = await conclusionVersions(db, input.appointment.id);
    const draft = versions.find((v) => v.status === 'draft');
    if (draft) {
      const typed = withConsultationType(input.appointment, draft, changes);
      const [updated] = await db
        .update(conclusions)
        .set({ ...typed, updatedAt: new Date() })
        .where(and(eq(conclusions.id, draft.id), eq(conclusions.status, 'draft')))
        .returning();
      if (updated) return updated;
      continue; // finalised meanwhile: answer from the fresh state
    }
    if (versions.length) {
      throw new ProblemError(
        409,
        'The conclusion is final and cannot be edited; start a correction to issue a new version.',
        { code: 'conclusion.final_locked' },
      );
    }
    const [created] = await db
      .insert(conclusions)
      .values({
        ...withConsultationType(input.appointment, undefined, changes),
        appointmentId: input.appointment.id,
        patientId: input.appointment.patientId,
        practitionerId: input.practitionerId,
        authorAccountId: input.accountId,
        version: 1,
      })
      // Two tabs saving the first draft at once: the loser updates the winner's draft on the next pass.
      .onConflictDoNothing()
      .returning();
    if (created) return created;
  }
  throw new ProblemError(409, 'The conclusion changed while saving; reload and try again.', {
    code: 'conclusion.changed',
  });
}
