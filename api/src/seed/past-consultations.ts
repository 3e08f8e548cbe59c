import type { Tx } from '../db/client.js';
import { appointments, conclusions } from '../db/schema/index.js';
import { findIcd10 } from '../domains/catalogue/icd10/index.js';
import { conclusionTemplates } from '../domains/catalogue/templates.js';

const CONSULTATION_MINUTES = 20;

/**
 * A completed video consultation with a final conclusion of essential hypertension (I10), written from
 * the catalogue's template in Russian (the language of the medical record): the visit at which the
 * doctor decided on remote monitoring, so the demo's doctor has a relation with each patient she
 * enrolled and can see and end their monitoring. The tests it ordered are left out: the demo's lab
 * history is seeded in labs.ts.
 */
export async function seedHypertensionConsultation(
  tx: Tx,
  visit: {
    patientId: string;
    practitionerId: string;
    doctorAccountId: string;
    bookedByAccountId: string;
    endsAt: Date;
  },
) {
  const template = conclusionTemplates.find((t) => t.id === 'hypertension');
  const diagnosis = findIcd10('I10');
  if (!template || !diagnosis) throw new Error('The catalogue needs the hypertension template and I10');
  const startsAt = new Date(visit.endsAt.getTime() - CONSULTATION_MINUTES * 60_000);
  const [appointment] = await tx
    .insert(appointments)
    .values({
      patientId: visit.patientId,
      practitionerId: visit.practitionerId,
      specialtyCode: 'therapist',
      format: 'video',
      urgency: 'planned',
      status: 'completed',
      startsAt,
      endsAt: visit.endsAt,
      reason: 'Повышенное давление при домашних измерениях',
      bookedByAccountId: visit.bookedByAccountId,
      createdAt: new Date(startsAt.getTime() - 3 * 86_400_000),
      startedAt: startsAt,
      endedAt: visit.endsAt,
    })
    .returning({ id: appointments.id });
  await tx.insert(conclusions).values({
    appointmentId: appointment!.id,
    patientId: visit.patientId,
    practitionerId: visit.practitionerId,
    status: 'final',
    diagnosis: { code: diagnosis.code, name: diagnosis.name },
    complaints: 'Повышенное давление при домашних измерениях в течение месяца, самочувствие не страдает.',
    findings: template.findings.ru,
    recommendations: template.recommendations.ru,
    prescriptions: template.prescriptions,
    followUp: template.followUp,
    // Order 193n (2025): a remote consultation prescribes only for a diagnosis established in person; this one
    // follows up the diagnosis of the patient's outpatient clinic, recorded with its source.
    consultationType: 'follow_up',
    establishedDiagnosis: {
      code: diagnosis.code,
      name: diagnosis.name,
      source: {
        kind: 'entered',
        organisation: 'Городская поликлиника № 5',
        doctor: 'Терапевт Иванова Н. А.',
        date: new Date(startsAt.getTime() - 60 * 86_400_000).toISOString().slice(0, 10),
        document: 'Выписка из медицинской карты амбулаторного больного',
      },
    },
    authorAccountId: visit.doctorAccountId,
    createdAt: visit.endsAt,
    updatedAt: visit.endsAt,
    finalisedAt: visit.endsAt,
  });
}
