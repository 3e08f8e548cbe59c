import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { LocalizedText } from '../db/schema/common.js';
import {
  accounts,
  appointments,
  clinics,
  insuranceProgrammes,
  insurancePolicies,
  patients,
  practitioners,
  practitionerSpecialties,
  ratings,
} from '../db/schema/index.js';
import { seedHypertensionConsultation } from './past-consultations.js';

const n = (ru: string, en: string): LocalizedText => ({ ru, en });

/**
 * Members of the demo world whose only part is having rated past visits, so search results and clinic
 * cards show real-looking ratings. Nobody else's appointments are touched.
 */
const reviewers = [
  {
    email: 'daria.kirillova@demo.telemed',
    name: n('Кириллова Дарья Олеговна', 'Daria Kirillova'),
    sex: 'female',
  },
  { email: 'sergey.makarov@demo.telemed', name: n('Макаров Сергей Ильич', 'Sergey Makarov'), sex: 'male' },
  {
    email: 'elena.belyaeva@demo.telemed',
    name: n('Беляева Елена Павловна', 'Elena Belyaeva'),
    sex: 'female',
  },
  { email: 'roman.titov@demo.telemed', name: n('Титов Роман Евгеньевич', 'Roman Titov'), sex: 'male' },
] as const;

/**
 * The member of the ratings journey (e2e/tests/ratings.spec.ts): one completed, concluded and not yet rated
 * consultation with Dr Garipova, which only that journey rates.
 */
export const ratingJourneyMember = {
  email: 'vera.kozlova@demo.telemed',
  name: n('Козлова Вера Николаевна', 'Vera Kozlova'),
  doctor: 'dr.garipova@demo.telemed',
} as const;

const comments = [
  n('Внимательный врач, всё подробно объяснила.', 'A thoughtful doctor who explained everything.'),
  n('Приём начался вовремя, рекомендации понятные.', 'Started on time, clear advice.'),
  null,
  n('Немного торопился, но в целом помог.', 'A bit rushed, but helped overall.'),
  null,
  n('Очень довольна, буду обращаться ещё.', 'Very pleased, will come again.'),
];

/** Doctor's stars, clinic's stars (when the visit has a clinic), and a comment, for each seeded rating. */
const pattern: [number, number, number][] = [
  [5, 5, 0],
  [4, 4, 1],
  [5, 4, 2],
  [3, 4, 3],
  [5, 5, 4],
  [4, 5, 5],
];

const DAY = 86_400_000;

export async function seedRatings(tx: Tx, passwordHash: string, today: Date) {
  const [programme] = await tx
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-full'));
  const year = today.getUTCFullYear();
  const member = async (email: string, name: LocalizedText, sex: 'female' | 'male', birthYear: number) => {
    const [account] = await tx
      .insert(accounts)
      .values({ role: 'patient', email, passwordHash, displayName: name, locale: 'ru' })
      .returning({ id: accounts.id });
    const [patient] = await tx
      .insert(patients)
      .values({
        accountId: account!.id,
        fullName: name,
        birthDate: `${birthYear}-05-14`,
        sex,
        region: 'moscow',
      })
      .returning({ id: patients.id });
    await tx.insert(insurancePolicies).values({
      patientId: patient!.id,
      programmeId: programme!.id,
      number: `DMS-${year}-${patient!.id.slice(0, 8).toUpperCase()}`,
      insurer: 'Telemed Insurance',
      validFrom: `${year}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
    return { accountId: account!.id, patientId: patient!.id };
  };

  const doctors = await tx
    .select({ id: practitioners.id, email: accounts.email, clinicId: practitioners.clinicId })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(eq(practitioners.kind, 'doctor'));
  const specialtyOf = await tx.select().from(practitionerSpecialties);
  // Some clinics of the network, for in-person visits rated there.
  const networkClinics = await tx
    .select({ id: clinics.id })
    .from(clinics)
    .orderBy(clinics.createdAt, clinics.id)
    .limit(12);

  const people = [];
  for (const [i, r] of reviewers.entries()) people.push(await member(r.email, r.name, r.sex, 1975 + i * 6));

  let k = 0;
  for (const [d, doctor] of doctors.entries()) {
    // Every other doctor has reviews; a few have none, as in life.
    if (d % 4 === 3) continue;
    const specialtyCode =
      specialtyOf.find((s) => s.practitionerId === doctor.id)?.specialtyCode ?? 'therapist';
    const visits = 2 + (d % 3);
    for (let v = 0; v < visits; v++, k++) {
      const who = people[k % people.length]!;
      const [doctorStars, clinicStars, comment] = pattern[k % pattern.length]!;
      const inPerson = k % 3 === 0 && networkClinics.length > 0;
      const clinicId = inPerson ? networkClinics[k % networkClinics.length]!.id : doctor.clinicId;
      const endsAt = new Date(today.getTime() - (5 + k * 3) * DAY);
      const startsAt = new Date(endsAt.getTime() - 20 * 60_000);
      const [appointment] = await tx
        .insert(appointments)
        .values({
          patientId: who.patientId,
          practitionerId: doctor.id,
          specialtyCode,
          format: inPerson ? 'in_person' : 'video',
          urgency: 'planned',
          status: 'completed',
          startsAt,
          endsAt,
          clinicId: inPerson ? clinicId : null,
          bookedByAccountId: who.accountId,
          createdAt: new Date(startsAt.getTime() - 2 * DAY),
          startedAt: startsAt,
          endedAt: endsAt,
        })
        .returning({ id: appointments.id });
      const text = comments[comment];
      await tx.insert(ratings).values({
        appointmentId: appointment!.id,
        patientId: who.patientId,
        practitionerId: doctor.id,
        clinicId,
        doctorStars,
        clinicStars: clinicId ? clinicStars : null,
        comment: text ? text.ru : null,
        ratedByAccountId: who.accountId,
        createdAt: new Date(endsAt.getTime() + 3 * 3_600_000),
      });
    }
  }

  const vera = await member(ratingJourneyMember.email, ratingJourneyMember.name, 'female', 1986);
  const garipova = doctors.find((d) => d.email === ratingJourneyMember.doctor)!;
  const [garipovaAccount] = await tx
    .select({ id: practitioners.accountId })
    .from(practitioners)
    .where(eq(practitioners.id, garipova.id));
  await seedHypertensionConsultation(tx, {
    patientId: vera.patientId,
    practitionerId: garipova.id,
    doctorAccountId: garipovaAccount!.id,
    bookedByAccountId: vera.accountId,
    endsAt: new Date(today.getTime() - 2 * DAY),
  });
}
