import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { guardianshipDeclarations, patients } from '../../db/schema/index.js';
import { GUARDIANSHIP_MAX_AGE_YEARS, isGuardedChild } from '../../auth/policy.js';
import { fieldProblem, ProblemError } from '../../http/problem.js';
import { isoDate } from '../../lib/dates.js';
import { normaliseBirthCertificate } from './birth-certificate.js';

type Guardian = typeof patients.$inferSelect;

/**
 * Adds a child under 15 to the guardian's account together with the guardian's declaration (relation and
 * birth certificate), or neither. The declaration is the guardianship check (see guardianship.ts in the
 * schema): the child is bookable at once, and a certificate already declared by anyone is refused.
 */
export async function addChild(
  db: Db,
  guardian: Guardian,
  accountId: string,
  input: {
    fullName: string;
    birthDate: string;
    sex: 'female' | 'male';
    relation: 'mother' | 'father' | 'guardian';
    birthCertificate: string;
  },
) {
  if (input.birthDate > isoDate(new Date()))
    throw fieldProblem('birthDate', 'The date of birth is in the future.', 'family.birth_date_future');
  if (!isGuardedChild(input.birthDate)) {
    throw fieldProblem(
      'birthDate',
      `Children from ${GUARDIANSHIP_MAX_AGE_YEARS} years of age register their own account.`,
      'family.child_too_old',
      { years: GUARDIANSHIP_MAX_AGE_YEARS },
    );
  }
  const birthCertificate = normaliseBirthCertificate(input.birthCertificate);
  if (!birthCertificate) {
    throw fieldProblem(
      'birthCertificate',
      'A birth certificate number looks like IV-МЮ 123456: a Roman numeral, two Cyrillic letters and six digits.',
      'family.birth_certificate_format',
    );
  }
  const name = { ru: input.fullName, en: input.fullName };
  try {
    return await db.transaction(async (tx) => {
      const [child] = await tx
        .insert(patients)
        .values({
          guardianId: guardian.id,
          fullName: name,
          birthDate: input.birthDate,
          sex: input.sex,
          region: guardian.region,
        })
        .returning();
      await tx.insert(guardianshipDeclarations).values({
        childId: child!.id,
        guardianId: guardian.id,
        declaredByAccountId: accountId,
        relation: input.relation,
        birthCertificate,
      });
      return child!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ProblemError(
        409,
        'A child with this birth certificate is already registered in Telemed. If this is your child, contact support.',
        { code: 'family.child_registered' },
      );
    }
    throw error;
  }
}
