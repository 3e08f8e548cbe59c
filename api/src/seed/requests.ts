import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  accounts,
  careRequestLabReports,
  careRequests,
  labReports,
  patients,
  practitioners,
} from '../db/schema/index.js';

async function patientByEmail(tx: Tx, email: string) {
  const [row] = await tx
    .select({ id: patients.id, accountId: patients.accountId })
    .from(patients)
    .innerJoin(accounts, eq(accounts.id, patients.accountId))
    .where(eq(accounts.email, email));
  return row!;
}

/**
 * Two requests so the inbox and the archive have something to show: Ivan's second opinion waiting for any
 * therapist, and Anna's test decoding Dr Smirnova has already answered. Anna's request includes her latest
 * lab report when the labs seed ran before this one. A request holds what its writer typed, in one language:
 * Russian, as the demo patients and their doctor would write it.
 */
export async function seedRequests(tx: Tx, today: Date) {
  const ivan = await patientByEmail(tx, 'ivan.sokolov@demo.telemed');
  await tx.insert(careRequests).values({
    kind: 'second_opinion',
    patientId: ivan.id,
    submittedByAccountId: ivan.accountId!,
    specialtyCode: 'therapist',
    format: 'written',
    complaints: 'Головная боль по утрам около месяца, давление дома до 150/95.',
    diagnosisGiven: 'Артериальная гипертензия 1 степени (I10)',
    treatmentGiven: 'Лизиноприл 10 мг утром',
    createdAt: new Date(today.getTime() - 3 * 3_600_000),
    updatedAt: new Date(today.getTime() - 3 * 3_600_000),
  });

  const anna = await patientByEmail(tx, 'anna.petrova@demo.telemed');
  const [smirnova] = await tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(eq(accounts.email, 'dr.smirnova@demo.telemed'));
  const submittedAt = new Date(today.getTime() - 4 * 86_400_000);
  const [request] = await tx
    .insert(careRequests)
    .values({
      kind: 'test_decoding',
      patientId: anna.id,
      submittedByAccountId: anna.accountId!,
      specialtyCode: 'therapist',
      addressedToPractitionerId: smirnova!.id,
      assignedPractitionerId: smirnova!.id,
      status: 'answered',
      format: 'written',
      complaints: 'Быстро устаю последние недели.',
      purpose: 'Профилактический осмотр',
      answer:
        'Гемоглобин и ферритин в пределах нормы, признаков анемии нет. Рекомендую наладить сон и повторить общий анализ крови через 6 месяцев.',
      createdAt: submittedAt,
      claimedAt: new Date(submittedAt.getTime() + 3_600_000),
      answeredAt: new Date(submittedAt.getTime() + 86_400_000),
      updatedAt: new Date(submittedAt.getTime() + 86_400_000),
    })
    .returning({ id: careRequests.id });
  const [report] = await tx
    .select({ id: labReports.id })
    .from(labReports)
    .where(sql`${labReports.patientId} = ${anna.id}`)
    .orderBy(desc(labReports.issuedAt))
    .limit(1);
  if (report) await tx.insert(careRequestLabReports).values({ requestId: request!.id, reportId: report.id });
}
