import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { accounts, appointments, conclusions, patients, practitioners } from '../db/schema/index.js';
import { findIcd10 } from '../domains/catalogue/icd10/index.js';

const DAY = 86_400_000;

/**
 * In-person visits whose diagnoses a remote consultation may follow up (323-FZ art. 36.2 part 3; order 193n
 * (2025)): Olga Smirnova saw a therapist at the St Petersburg clinic two days ago with an upper respiratory
 * infection (the conclusion journey treats it remotely), and Artem Gusev had essential hypertension
 * diagnosed there a month ago (the consultation-type journey corrects its treatment).
 */
export const establishedDiagnosisSeed = [
  {
    email: 'olga.smirnova@demo.telemed',
    daysAgo: 2,
    code: 'J06.9',
    reason: 'Боль в горле, температура 37,8 °C',
    complaints: 'Боль в горле при глотании, заложенность носа, температура до 37,8 °C второй день.',
    findings: 'Зев гиперемирован, миндалины не увеличены, налётов нет. Дыхание везикулярное, хрипов нет.',
    recommendations: 'Тёплое питьё, полоскания, контроль температуры. При ухудшении — повторный приём.',
  },
  {
    email: 'artem.gusev@demo.telemed',
    daysAgo: 30,
    code: 'I10',
    reason: 'Повышенное давление',
    complaints: 'Головные боли по утрам, давление дома до 155/95 мм рт. ст.',
    findings: 'АД 152/94 мм рт. ст. на обеих руках, ЧСС 78. ЭКГ: синусовый ритм, без острых изменений.',
    recommendations: 'Ограничить соль до 5 г в сутки, ежедневные измерения давления, дневник.',
  },
] as const;

const DOCTOR = 'dr.lebedev@demo.telemed';

export async function seedEstablishedDiagnoses(tx: Tx, today: Date) {
  const [doctor] = await tx
    .select({ id: practitioners.id, accountId: practitioners.accountId })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(eq(accounts.email, DOCTOR));
  if (!doctor) throw new Error(`${DOCTOR} is not seeded`);
  for (const visit of establishedDiagnosisSeed) {
    const [patient] = await tx
      .select({ id: patients.id, accountId: patients.accountId })
      .from(patients)
      .innerJoin(accounts, eq(accounts.id, patients.accountId))
      .where(eq(accounts.email, visit.email));
    const diagnosis = findIcd10(visit.code);
    if (!patient || !diagnosis) throw new Error(`cannot seed the in-person visit of ${visit.email}`);
    // 10:00 Moscow time on that day.
    const day = new Date(today.getTime() - visit.daysAgo * DAY);
    const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, 0));
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    const [appointment] = await tx
      .insert(appointments)
      .values({
        patientId: patient.id,
        practitionerId: doctor.id,
        specialtyCode: 'therapist',
        format: 'in_person',
        urgency: 'planned',
        status: 'completed',
        startsAt,
        endsAt,
        reason: visit.reason,
        bookedByAccountId: patient.accountId!,
        createdAt: new Date(startsAt.getTime() - 2 * DAY),
        startedAt: startsAt,
        endedAt: endsAt,
      })
      .returning({ id: appointments.id });
    await tx.insert(conclusions).values({
      appointmentId: appointment!.id,
      patientId: patient.id,
      practitionerId: doctor.id,
      status: 'final',
      consultationType: 'in_person',
      diagnosis: { code: diagnosis.code, name: diagnosis.name },
      complaints: visit.complaints,
      findings: visit.findings,
      recommendations: visit.recommendations,
      authorAccountId: doctor.accountId!,
      createdAt: endsAt,
      updatedAt: endsAt,
      finalisedAt: endsAt,
    });
  }
}
