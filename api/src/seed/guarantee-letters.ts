import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  accounts,
  clinicProgrammes,
  clinics,
  guaranteeLetterDeliveries,
  guaranteeLetters,
  insurancePolicies,
  insuranceProgrammes,
  patients,
} from '../db/schema/index.js';
import { isoDate } from '../lib/dates.js';
import { letterValidity } from '../domains/guarantee-letters/coverage.js';

export const COORDINATOR_DEMO_EMAIL = 'coordinator@demo.telemed';
/** A member only the guarantee-letter journey and tests change. */
export const LETTERS_DEMO_EMAIL = 'roman.denisov@demo.telemed';

const n = (ru: string, en: string) => ({ ru, en });

/**
 * The insurer's medical coordinator (staff sign-in; the demo TOTP secret is enrolled with the other staff
 * accounts, so this runs before `seedDemoSecondFactors`), and a member on the full VHI programme with three
 * letters: one waiting, one approved and delivered, one declined.
 */
export async function seedGuaranteeLetters(tx: Tx, passwordHash: string, today: Date) {
  const [coordinator] = await tx
    .insert(accounts)
    .values({
      role: 'coordinator',
      email: COORDINATOR_DEMO_EMAIL,
      passwordHash,
      displayName: n('Белова Марина Андреевна', 'Marina Belova'),
      locale: 'ru',
    })
    .returning({ id: accounts.id });
  const name = n('Денисов Роман Игоревич', 'Roman Denisov');
  const [account] = await tx
    .insert(accounts)
    .values({ role: 'patient', email: LETTERS_DEMO_EMAIL, passwordHash, displayName: name, locale: 'ru' })
    .returning({ id: accounts.id });
  const [member] = await tx
    .insert(patients)
    .values({
      accountId: account!.id,
      fullName: name,
      birthDate: '1984-05-17',
      sex: 'male',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  const [programme] = await tx
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-full'));
  if (!programme) return;
  const year = today.getUTCFullYear();
  const [policy] = await tx
    .insert(insurancePolicies)
    .values({
      patientId: member!.id,
      programmeId: programme.id,
      number: `DMS-${year}-${member!.id.slice(0, 8).toUpperCase()}`,
      insurer: 'Telemed Insurance',
      validFrom: `${year}-01-01`,
      validTo: `${year + 1}-12-31`,
    })
    .returning();

  // Moscow clinics of the member's programme, by the services they perform.
  const covered = await tx
    .select({ id: clinics.id, services: clinics.services })
    .from(clinics)
    .innerJoin(clinicProgrammes, eq(clinicProgrammes.clinicId, clinics.id))
    .where(and(eq(clinicProgrammes.programmeId, programme.id), eq(clinics.region, 'moscow')))
    .orderBy(sql`${clinics.name}->>'ru'`);
  const performing = (code: string) => covered.find((c) => c.services.includes(code));
  const base = { patientId: member!.id, submittedByAccountId: account!.id };
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000);

  const ultrasound = performing('ultrasound_abdomen');
  if (ultrasound) {
    const issued = isoDate(day(10));
    const [approved] = await tx
      .insert(guaranteeLetters)
      .values({
        ...base,
        clinicId: ultrasound.id,
        serviceCode: 'ultrasound_abdomen',
        reason: 'Направление гастроэнтеролога: боли в правом подреберье, исключить желчнокаменную болезнь.',
        status: 'approved',
        number: `GL-${year}-DEMO0001`,
        policyId: policy!.id,
        ...letterValidity(issued, policy!.validTo),
        decidedByAccountId: coordinator!.id,
        decidedAt: day(10),
        createdAt: day(11),
        updatedAt: day(10),
      })
      .returning({ id: guaranteeLetters.id });
    await tx.insert(guaranteeLetterDeliveries).values({
      letterId: approved!.id,
      clinicId: ultrasound.id,
      adapter: 'demo',
      externalId: `demo:GL-${year}-DEMO0001`,
      deliveredAt: day(10),
    });
  }
  const physiotherapy = performing('physiotherapy') ?? performing('ecg');
  if (physiotherapy) {
    await tx.insert(guaranteeLetters).values({
      ...base,
      clinicId: physiotherapy.id,
      serviceCode: physiotherapy.services.includes('physiotherapy') ? 'physiotherapy' : 'ecg',
      reason: 'Хочу пройти курс для профилактики, направления нет.',
      status: 'declined',
      declineReason: 'Программа оплачивает эту услугу только по направлению врача; приложите направление.',
      decidedByAccountId: coordinator!.id,
      decidedAt: day(4),
      createdAt: day(5),
      updatedAt: day(4),
    });
  }
  const mri = performing('mri_spine');
  if (mri) {
    await tx.insert(guaranteeLetters).values({
      ...base,
      clinicId: mri.id,
      serviceCode: 'mri_spine',
      reason: 'Невролог направил на МРТ поясничного отдела: боли в спине три месяца, онемение левой ноги.',
      createdAt: day(1),
      updatedAt: day(1),
    });
  }
}
