import { hashPassword } from '../src/auth/password.js';
import { createPatientAccount } from '../src/domains/accounts/service.js';
import type { TestApi, TestSession } from './harness.js';
import { familyOf } from './people.js';

const PASSWORD = 'Onboarding-test-2026';

/** A freshly registered adult patient, as after the sign-up flow: no policy, no children; signed in. */
export async function newPatient(
  api: TestApi,
  email: string,
): Promise<{ session: TestSession; patientId: string }> {
  await createPatientAccount(api.deps.database.db, {
    email,
    passwordHash: await hashPassword(PASSWORD),
    fullName: 'Новый Пациент',
    birthDate: '1990-05-04',
    sex: 'female',
    locale: 'ru',
  });
  const session = await api.login(email, PASSWORD);
  const family = await familyOf(api, session);
  return { session, patientId: family.self.id };
}

/** A date `years` years (and `days` days) before today, as YYYY-MM-DD. */
export function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
