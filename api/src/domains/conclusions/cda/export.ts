import type { Db } from '../../../db/client.js';
import { ProblemError } from '../../../http/problem.js';
import { type Conclusion, conclusionVersions } from '../queries.js';
import { conclusionCda } from './document.js';
import { loadCdaInput } from './input.js';

/**
 * The CDA document of a conclusion version. Only signed (finalised) conclusions are medical documents; a
 * draft is the doctor's working copy and is refused. Superseded versions stay exportable (order 947n (2020):
 * the original is kept beside its amendment).
 */
export async function exportConclusionCda(db: Db, row: Conclusion) {
  if (row.status !== 'final') {
    throw new ProblemError(409, 'Only a finalised conclusion can be exported as a CDA document', {
      code: 'conclusion.export_not_final',
    });
  }
  const versions = await conclusionVersions(db, row.appointmentId);
  return conclusionCda(await loadCdaInput(db, row, versions));
}
