import { and, asc, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import { consultedDoctorRequest, treatingDoctorSql } from '../../auth/policy.js';
import type { Actor } from '../../auth/sessions.js';
import type { Db } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import {
  accounts,
  careRequests,
  insurancePolicies,
  monitoringEnrolments,
  patients,
} from '../../db/schema/index.js';
import type { PatientSearchQuery } from './schemas.js';

/** A page of matches: a search names a person, it does not list the register. */
export const SEARCH_LIMIT = 20;

type Relation = 'treating_doctor' | 'consulted_doctor' | 'monitoring_assistant' | 'proposed_by_me';

/** Phones are stored as +7XXXXXXXXXX; a Russian 8XXXXXXXXXX is the same number. */
export function normalisePhone(phone: string) {
  const digits = phone.replace(/\D/g, '');
  return `+${digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits}`;
}

const nameContains = (name: string) =>
  or(
    ilike(sql`${patients.fullName}->>'ru'`, containsPattern(name)),
    ilike(sql`${patients.fullName}->>'en'`, containsPattern(name)),
  );

/** The whole name, in either language, letter case and spacing aside. */
const nameIs = (name: string) => {
  const wanted = name.replace(/\s+/g, ' ').toLowerCase();
  return or(
    sql`lower(regexp_replace(${patients.fullName}->>'ru', '\\s+', ' ', 'g')) = ${wanted}`,
    sql`lower(regexp_replace(${patients.fullName}->>'en', '\\s+', ' ', 'g')) = ${wanted}`,
  );
};

/** Policy numbers and phones are identifiers: only the whole value matches. */
function identifierConditions(db: Db, query: PatientSearchQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.birthDate) conditions.push(eq(patients.birthDate, query.birthDate));
  if (query.policyNumber) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(insurancePolicies)
          .where(
            and(
              eq(insurancePolicies.patientId, patients.id),
              sql`upper(${insurancePolicies.number}) = ${query.policyNumber.toUpperCase()}`,
            ),
          ),
      ),
    );
  }
  if (query.phone) {
    // A child has no account: the parent's phone is the family's contact.
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(accounts)
          .where(
            and(
              eq(accounts.phone, normalisePhone(query.phone)),
              or(
                eq(accounts.id, patients.accountId),
                sql`${accounts.id} = (select g.account_id from patients g where g.id = ${patients.guardianId})`,
              ),
            ),
          ),
      ),
    );
  }
  return conditions;
}

/**
 * The set form of `relationToPatient` (auth/policy.ts) for the searching staff member, as one SQL expression
 * per relation, so a search filters in the database instead of loading strangers. An assistant also finds the
 * patients she proposed and who have not decided yet (she named them herself); a proposal opens no record.
 */
function relationConditions(db: Db, actor: Actor): [Relation, SQL][] {
  const practitionerId = actor.practitionerId!;
  if (actor.role === 'doctor') {
    const booked = treatingDoctorSql(practitionerId, patients.id);
    const asked = exists(
      db
        .select({ one: sql`1` })
        .from(careRequests)
        .where(consultedDoctorRequest(db, practitionerId, patients.id)),
    );
    return [
      ['treating_doctor', booked],
      ['consulted_doctor', asked],
    ];
  }
  const enrolment = (condition: SQL | undefined) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(monitoringEnrolments)
        .where(and(eq(monitoringEnrolments.patientId, patients.id), condition)),
    );
  return [
    [
      'monitoring_assistant',
      enrolment(
        and(eq(monitoringEnrolments.assistantId, practitionerId), eq(monitoringEnrolments.status, 'active')),
      ),
    ],
    [
      'proposed_by_me',
      enrolment(
        and(
          eq(monitoringEnrolments.enrolledByAccountId, actor.accountId),
          eq(monitoringEnrolments.status, 'proposed'),
        ),
      ),
    ],
  ];
}

/**
 * An assistant may name a patient she has no relation to yet, to propose monitoring: with two identifiers,
 * the whole name plus a birth date, policy number or phone (the usual two-identifier rule), never a part.
 */
const identifiesNewPatient = (actor: Actor, query: PatientSearchQuery) =>
  actor.role === 'assistant' &&
  Boolean(query.name) &&
  Boolean(query.birthDate || query.policyNumber || query.phone);

/** Patients matching every given criterion that the caller may find, with the reason they may. */
export async function searchPatients(db: Db, actor: Actor, query: PatientSearchQuery) {
  const relations = relationConditions(db, actor);
  const identifiers = identifierConditions(db, query);
  const related = and(
    query.name ? nameContains(query.name) : undefined,
    ...identifiers,
    or(...relations.map(([, condition]) => condition)),
  );
  const identified = identifiesNewPatient(actor, query)
    ? and(nameIs(query.name!), ...identifiers)
    : undefined;
  const relation = sql<string>`case ${sql.join(
    relations.map(([name, condition]) => sql`when ${condition} then ${name}`),
    sql` `,
  )} else 'identified' end`;
  const rows = await db
    .select({ patient: patients, relation })
    .from(patients)
    .where(identified ? or(related, identified) : related)
    .orderBy(asc(sql`${patients.fullName}->>'ru'`), asc(patients.birthDate))
    .limit(SEARCH_LIMIT);
  return rows.map((r) => ({ patient: r.patient, relation: r.relation as Relation | 'identified' }));
}
