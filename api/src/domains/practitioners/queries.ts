import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { clinics, practitioners, practitionerSpecialties, specialties } from '../../db/schema/index.js';

/** Practitioner profiles with their specialties and clinic, in the API's shape. */
export async function findPractitionerProfiles(db: Db, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({ p: practitioners, clinic: { id: clinics.id, name: clinics.name } })
    .from(practitioners)
    .leftJoin(clinics, eq(clinics.id, practitioners.clinicId))
    .where(inArray(practitioners.id, ids));
  const specs = await db
    .select({
      practitionerId: practitionerSpecialties.practitionerId,
      code: specialties.code,
      name: specialties.name,
    })
    .from(practitionerSpecialties)
    .innerJoin(specialties, eq(specialties.code, practitionerSpecialties.specialtyCode))
    .where(inArray(practitionerSpecialties.practitionerId, ids));
  return rows.map(({ p, clinic }) => ({
    id: p.id,
    kind: p.kind,
    fullName: p.fullName,
    specialties: specs.filter((s) => s.practitionerId === p.id).map(({ code, name }) => ({ code, name })),
    clinic: clinic?.id ? clinic : null,
    experienceYears: p.experienceYears,
    languages: p.languages,
    treatsAdults: p.treatsAdults,
    treatsChildren: p.treatsChildren,
  }));
}
