import type { Db } from '../../db/client.js';
import { conclusions } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { ProblemError } from '../../http/problem.js';
import { type Conclusion, conclusionVersions } from './queries.js';

/**
 * Opens a correction of a final conclusion: a new draft version carrying the same content, the reason and a
 * link to the version it will supersede. The final row itself is left untouched and stays readable.
 */
export async function startCorrection(
  db: Db,
  final: Conclusion,
  input: { accountId: string; reason: string },
) {
  if (final.status !== 'final')
    throw new ProblemError(409, 'Only a final conclusion can be corrected.', {
      code: 'conclusion.not_final',
    });
  const versions = await conclusionVersions(db, final.appointmentId);
  if (versions.some((v) => v.status === 'draft')) {
    throw new ProblemError(409, 'A correction of this conclusion is already open; finish that draft.', {
      code: 'conclusion.correction_open',
    });
  }
  const latest = versions.at(-1)!;
  if (latest.id !== final.id) {
    throw new ProblemError(
      409,
      `Version ${final.version} was already corrected; correct the latest version.`,
      { code: 'conclusion.version_superseded', params: { version: final.version } },
    );
  }
  try {
    const [draft] = await db
      .insert(conclusions)
      .values({
        appointmentId: final.appointmentId,
        patientId: final.patientId,
        practitionerId: final.practitionerId,
        version: final.version + 1,
        supersedesId: final.id,
        diagnosis: final.diagnosis,
        secondaryDiagnoses: final.secondaryDiagnoses,
        complaints: final.complaints,
        findings: final.findings,
        recommendations: final.recommendations,
        prescriptions: final.prescriptions,
        labTestCodes: final.labTestCodes,
        followUp: final.followUp,
        consultationType: final.consultationType,
        establishedDiagnosis: final.establishedDiagnosis,
        inPersonVisit: final.inPersonVisit,
        correctionReason: input.reason,
        authorAccountId: input.accountId,
      })
      .returning();
    return draft!;
  } catch (error) {
    // Two corrections started at once: the unique draft / version indexes let one through.
    if (isUniqueViolation(error))
      throw new ProblemError(409, 'A correction of this conclusion is already open.', {
        code: 'conclusion.correction_open',
      });
    throw error;
  }
}
