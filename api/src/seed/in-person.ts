import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  accounts,
  inPersonPrices,
  insurancePolicies,
  insuranceProgrammes,
  patients,
  practitioners,
  slots,
} from '../db/schema/index.js';
import { isoDate } from '../lib/dates.js';

/**
 * Doctors who also see patients at their clinic: on weekday mornings (09:00–13:00 Moscow time) their slots are
 * in person only, at the clinic the slot already names. The rest of their day stays online.
 */
export const inPersonDoctors = [
  'dr.volkova@demo.telemed',
  'dr.fedorov@demo.telemed',
  'dr.novikov@demo.telemed',
];

/** What a visit costs at a network clinic, by specialty (demo prices in roubles). */
const inPersonPriceSeed: Record<string, number> = {
  therapist: 2600,
  paediatrician: 2400,
  psychologist: 3800,
  gastroenterologist: 3400,
  gynaecologist: 3200,
  neurologist: 3400,
  dermatologist: 3000,
};

/** A member of the franchise programme whose contract began three days ago: the temporary franchise applies. */
export const franchiseMember = {
  email: 'vera.timofeeva@demo.telemed',
  name: { ru: 'Тимофеева Вера Андреевна', en: 'Vera Timofeeva' },
  birthDate: '1988-05-14',
  contractStartedDaysAgo: 3,
};

export async function seedInPerson(tx: Tx, today: Date, passwordHash: string) {
  // The franchise programme's temporary franchise: half of each visit for the first two weeks of a contract.
  await tx
    .update(insuranceProgrammes)
    .set({ temporaryFranchiseDays: 14, temporaryFranchisePercent: 50 })
    .where(eq(insuranceProgrammes.code, 'dms-franchise'));
  await tx
    .insert(inPersonPrices)
    .values(
      Object.entries(inPersonPriceSeed).map(([specialtyCode, amountRub]) => ({ specialtyCode, amountRub })),
    )
    .onConflictDoNothing();

  const doctors = tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(inArray(accounts.email, inPersonDoctors));
  const local = sql`(${slots.startsAt} at time zone 'Europe/Moscow')`;
  await tx
    .update(slots)
    .set({ formats: ['in_person'] })
    .where(
      and(
        inArray(slots.practitionerId, doctors),
        sql`${slots.clinicId} is not null`,
        sql`extract(isodow from ${local}) between 1 and 5`,
        sql`extract(hour from ${local}) between 9 and 12`,
        // A slot someone has booked online stays as it was booked.
        sql`not exists (select 1 from appointments a where a.slot_id = ${slots.id})`,
      ),
    );

  const [account] = await tx
    .insert(accounts)
    .values({
      role: 'patient',
      email: franchiseMember.email,
      phone: '+79161230016',
      passwordHash,
      displayName: franchiseMember.name,
      locale: 'en',
    })
    .returning({ id: accounts.id });
  const [patient] = await tx
    .insert(patients)
    .values({
      accountId: account!.id,
      fullName: franchiseMember.name,
      birthDate: franchiseMember.birthDate,
      sex: 'female',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  const [programme] = await tx
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-franchise'));
  const validFrom = new Date(today.getTime() - franchiseMember.contractStartedDaysAgo * 86_400_000);
  await tx.insert(insurancePolicies).values({
    patientId: patient!.id,
    programmeId: programme!.id,
    number: `DMS-FR-${patient!.id.slice(0, 8).toUpperCase()}`,
    insurer: 'Telemed Insurance',
    validFrom: isoDate(validFrom),
    validTo: `${today.getUTCFullYear() + 1}-12-31`,
  });
}
