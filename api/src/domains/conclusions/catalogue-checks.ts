import type { DiagnosisEntry } from '../../db/schema/conclusions.js';
import { ProblemError } from '../../http/problem.js';
import { findIcd10 } from '../catalogue/icd10/index.js';
import { findLabTest, orderableFor } from '../catalogue/lab-tests.js';
import type { DraftBody } from './schemas.js';

type Issue = { path: string; message: string };

function diagnosisEntry(code: string, path: string, issues: Issue[]): DiagnosisEntry | null {
  const entry = findIcd10(code);
  if (!entry) {
    issues.push({ path, message: `${code} is not in the ICD-10 catalogue` });
    return null;
  }
  // A snapshot of the names: the record keeps reading the same even if the catalogue is edited later.
  return { code: entry.code, name: { ru: entry.name.ru, en: entry.name.en } };
}

/**
 * Resolves the draft's codes against the catalogues: diagnoses become {code, name} snapshots and unknown
 * ICD-10 or lab codes are refused together in one 400 naming each bad field.
 */
export function resolveCatalogueCodes(body: DraftBody) {
  const issues: Issue[] = [];
  const diagnosis =
    body.diagnosisCode === undefined
      ? undefined
      : body.diagnosisCode === null
        ? null
        : diagnosisEntry(body.diagnosisCode, 'diagnosisCode', issues);
  const secondaryDiagnoses = body.secondaryDiagnosisCodes?.flatMap((code, i) => {
    const entry = diagnosisEntry(code, `secondaryDiagnosisCodes.${i}`, issues);
    return entry ? [entry] : [];
  });
  const labTestCodes = body.labTestCodes && [...new Set(body.labTestCodes)];
  labTestCodes?.forEach((code) => {
    if (!findLabTest(code))
      issues.push({ path: 'labTestCodes', message: `${code} is not in the lab test catalogue` });
  });
  if (issues.length) {
    throw new ProblemError(400, issues.map((i) => i.message).join('; '), {
      code: 'conclusion.unknown_code',
      errors: issues,
    });
  }
  return { diagnosis, secondaryDiagnoses, labTestCodes };
}

/** Sex-specific tests (PSA, hCG) are refused for a patient of the other sex, all offending codes at once. */
export function checkLabTestsForSex(codes: string[], sex: 'female' | 'male') {
  const refused = codes.filter((code) => {
    const test = findLabTest(code);
    return test !== undefined && !orderableFor(test, sex);
  });
  if (refused.length) {
    const message = `${refused.join(', ')} cannot be ordered for a ${sex} patient`;
    throw new ProblemError(400, message, {
      code: 'conclusion.lab_test_wrong_sex',
      params: { tests: refused.join(', ') },
      errors: [{ path: 'labTestCodes', message }],
    });
  }
}
