import { ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { insurancePolicies, patients } from '../../db/schema/index.js';

/** How an admin finds a person: the name in either language like `pattern`, or a policy the `policy` test picks. */
export const patientNameOrPolicy = (db: Db, pattern: string, policy: SQL) =>
  or(
    ilike(sql`${patients.fullName}->>'ru'`, pattern),
    ilike(sql`${patients.fullName}->>'en'`, pattern),
    inArray(
      patients.id,
      db.select({ id: insurancePolicies.patientId }).from(insurancePolicies).where(policy),
    ),
  );
