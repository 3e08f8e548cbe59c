/** What the programme's coverage is keyed by (`programme_coverage.service`) for each kind of medical service. */
const coveredServiceByKind = {
  consultation: 'in_person',
  diagnostics: 'in_person',
  procedure: 'in_person',
  checkup: 'in_person',
  lab: 'lab',
} as const;

export type MedicalServiceKind = keyof typeof coveredServiceByKind;
export type CoverageProblem = 'no_active_policy' | 'clinic_not_in_programme' | 'service_not_covered';

export interface CoverageInput {
  /** The member's policies (any state); the rule picks the one valid on `today`. */
  policies: { id: string; programmeId: string; validFrom: string; validTo: string }[];
  /** Programmes that cover the clinic (`clinic_programmes`). */
  clinicProgrammeIds: string[];
  /** Coverage rows by programme (`programme_coverage`). */
  coverage: { programmeId: string; service: string; covered: boolean }[];
  serviceKind: MedicalServiceKind;
  /** `YYYY-MM-DD`. */
  today: string;
}

export interface CoverageVerdict {
  covered: boolean;
  problems: CoverageProblem[];
  /** The policy the letter would be issued under: the active one covering the most, else any active one. */
  policyId: string | null;
  programmeId: string | null;
}

/**
 * The insurer's rule for a guarantee letter: the member has a policy valid today whose programme covers the
 * clinic and the kind of service (diagnostics, procedures, consultations and check-ups as in-person care, lab
 * tests as lab). The coordinator sees the verdict but decides.
 */
export function coverageVerdict(input: CoverageInput): CoverageVerdict {
  const active = input.policies
    .filter((p) => p.validFrom <= input.today && input.today <= p.validTo)
    .sort((a, b) => (a.validTo < b.validTo ? 1 : -1));
  if (active.length === 0)
    return { covered: false, problems: ['no_active_policy'], policyId: null, programmeId: null };
  const service = coveredServiceByKind[input.serviceKind];
  const judged = active.map((policy) => {
    const problems: CoverageProblem[] = [];
    if (!input.clinicProgrammeIds.includes(policy.programmeId)) problems.push('clinic_not_in_programme');
    const covers = input.coverage.some(
      (c) => c.programmeId === policy.programmeId && c.service === service && c.covered,
    );
    if (!covers) problems.push('service_not_covered');
    return { policy, problems };
  });
  const best = judged.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
  return {
    covered: best.problems.length === 0,
    problems: best.problems,
    policyId: best.policy.id,
    programmeId: best.policy.programmeId,
  };
}

/** How long an approved letter is valid: 30 days, and never past the policy's end. */
export const LETTER_VALID_DAYS = 30;

export function letterValidity(today: string, policyValidTo: string) {
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + LETTER_VALID_DAYS - 1);
  const validTo = end.toISOString().slice(0, 10);
  return { validFrom: today, validTo: validTo < policyValidTo ? validTo : policyValidTo };
}
