import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { appointments, clinics, patients, practitioners } from '../../../db/schema/index.js';
import type { Conclusion } from '../queries.js';
import type { ConclusionView } from '../schemas.js';
import { conclusionView } from '../view.js';

/** Everything a CDA document of one conclusion version says: the view the PDF prints, and a few more facts. */
export type CdaInput = {
  conclusion: ConclusionView;
  patientSex: 'female' | 'male';
  appointment: { endsAt: string; format: 'audio' | 'video' | 'chat' | 'in_person' };
  clinic: { id: string; phone: string } | null;
  /** The version this one corrects (replaces), if any. */
  replaces: { id: string; version: number } | null;
};

/** Loads a conclusion version for export; `versions` are all versions of its consultation. */
export async function loadCdaInput(db: Db, row: Conclusion, versions: Conclusion[]): Promise<CdaInput> {
  const conclusion = await conclusionView(db, row, versions);
  const [facts] = await db
    .select({
      sex: patients.sex,
      endsAt: appointments.endsAt,
      format: appointments.format,
      clinicId: clinics.id,
      clinicPhone: clinics.phone,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(practitioners, eq(practitioners.id, row.practitionerId))
    .leftJoin(clinics, eq(clinics.id, practitioners.clinicId))
    .where(eq(appointments.id, row.appointmentId));
  if (!facts) throw new Error(`conclusion ${row.id} has no appointment`);
  return {
    conclusion,
    patientSex: facts.sex,
    appointment: { endsAt: facts.endsAt.toISOString(), format: facts.format },
    clinic: facts.clinicId ? { id: facts.clinicId, phone: facts.clinicPhone! } : null,
    replaces:
      versions.filter((v) => v.id === row.supersedesId).map((v) => ({ id: v.id, version: v.version }))[0] ??
      null,
  };
}
