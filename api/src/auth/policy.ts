import { and, eq, inArray, isNull, ne, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ageInYears } from '../lib/dates.js';
import {
  appointments,
  careRequests,
  monitoringEnrolments,
  patients,
  practitionerSpecialties,
} from '../db/schema/index.js';
import type { Actor } from './sessions.js';

/** The insurer keeps children in a parent's account until this age. */
export const GUARDIANSHIP_MAX_AGE_YEARS = 15;

/** SQL condition: the patient is still young enough to be managed by a guardian. */
export const underGuardianshipAge = sql`${patients.birthDate} > current_date - make_interval(years => ${GUARDIANSHIP_MAX_AGE_YEARS})`;

/** A child the insurer keeps in a parent's account (and who sees a paediatrician). */
export const isGuardedChild = (birthDate: string) => ageInYears(birthDate) < GUARDIANSHIP_MAX_AGE_YEARS;

/**
 * SQL condition: the patient in `patientId` (a column, or an SQL expression such as `e.patient_id`) has a
 * non-cancelled appointment with the practitioner, which `relationToPatient` calls `treating_doctor`. For
 * queries that filter a set of patients in the database instead of asking about them one by one.
 */
export const treatingDoctorSql = (practitionerId: string, patientId: Column | SQL): SQL =>
  sql`exists (select 1 from ${appointments} where ${and(
    eq(appointments.patientId, patientId),
    eq(appointments.practitionerId, practitionerId),
    ne(appointments.status, 'cancelled'),
  )})`;

/**
 * SQL condition on care requests: one from the patient in `patientId` (an id, or a column for a set of patients)
 * that makes the practitioner its `consulted_doctor`: not cancelled, and assigned or addressed to them, or,
 * while nobody has it, asked of one of their specialties.
 */
export const consultedDoctorRequest = (db: Db, practitionerId: string, patientId: string | Column) =>
  and(
    eq(careRequests.patientId, patientId),
    ne(careRequests.status, 'cancelled'),
    or(
      eq(careRequests.assignedPractitionerId, practitionerId),
      eq(careRequests.addressedToPractitionerId, practitionerId),
      and(
        isNull(careRequests.assignedPractitionerId),
        isNull(careRequests.addressedToPractitionerId),
        inArray(
          careRequests.specialtyCode,
          db
            .select({ code: practitionerSpecialties.specialtyCode })
            .from(practitionerSpecialties)
            .where(eq(practitionerSpecialties.practitionerId, practitionerId)),
        ),
      ),
    ),
  );

export type PatientRelation =
  'self' | 'guardian' | 'treating_doctor' | 'consulted_doctor' | 'monitoring_assistant';

/**
 * The one answer to "may this actor see this patient's medical data, and why".
 * A patient: self and own children under 15. A doctor: patients with an appointment with them, or
 * who asked them (or, while unclaimed, their specialty) for a second opinion or a test decoding.
 * An assistant: patients actively enrolled with them (a doctor's or the patient's decision, never the
 * assistant's own: domains/monitoring/enrolments.ts). An admin administers, and sees no clinical content.
 */
export async function relationToPatient(
  db: Db,
  actor: Actor,
  patientId: string,
): Promise<PatientRelation | null> {
  switch (actor.role) {
    case 'patient': {
      if (!actor.patientId) return null;
      if (actor.patientId === patientId) return 'self';
      const [child] = await db
        .select({ id: patients.id })
        .from(patients)
        .where(
          and(eq(patients.id, patientId), eq(patients.guardianId, actor.patientId), underGuardianshipAge),
        )
        .limit(1);
      return child ? 'guardian' : null;
    }
    case 'doctor': {
      if (!actor.practitionerId) return null;
      const [appt] = await db
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.patientId, patientId),
            eq(appointments.practitionerId, actor.practitionerId),
            ne(appointments.status, 'cancelled'),
          ),
        )
        .limit(1);
      if (appt) return 'treating_doctor';
      const [request] = await db
        .select({ id: careRequests.id })
        .from(careRequests)
        .where(consultedDoctorRequest(db, actor.practitionerId, patientId))
        .limit(1);
      return request ? 'consulted_doctor' : null;
    }
    case 'assistant': {
      if (!actor.practitionerId) return null;
      const [enrolment] = await db
        .select({ id: monitoringEnrolments.id })
        .from(monitoringEnrolments)
        .where(
          and(
            eq(monitoringEnrolments.patientId, patientId),
            eq(monitoringEnrolments.assistantId, actor.practitionerId),
            // A proposal, a declined one or ended monitoring gives the assistant nothing.
            eq(monitoringEnrolments.status, 'active'),
          ),
        )
        .limit(1);
      return enrolment ? 'monitoring_assistant' : null;
    }
    // The insurer's coordinator decides guarantee letters from what the member sent with the request
    // (domains/guarantee-letters), not from the medical record.
    case 'admin':
    case 'coordinator':
      return null;
  }
}
