import { asc, eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import type { Tx } from '../db/client.js';
import type { LocalizedText } from '../db/schema/common.js';
import {
  accounts,
  checkupPackages,
  clinicCheckups,
  clinics,
  insurancePolicies,
  insuranceProgrammes,
  patients,
} from '../db/schema/index.js';
import { allIncludes, SCREENING_PACKAGE } from '../domains/checkups/eligibility.js';
import { omsCheckDigit } from '../domains/policies/number-rules.js';
import { DEMO_PASSWORD } from './demo-people.js';

const t = (ru: string, en: string): LocalizedText => ({ ru, en });

type PackageSeed = typeof checkupPackages.$inferInsert;

/** Commercial check-ups, priced as Moscow clinics sold them in 2026. */
export const commercialPackageSeed: PackageSeed[] = [
  {
    code: 'checkup_basic',
    kind: 'checkup',
    name: t('Базовый чек-ап', 'Basic check-up'),
    description: t(
      'Основные анализы и осмотр терапевта за одно утро.',
      'The essential tests and a therapist’s review in one morning.',
    ),
    items: [
      t('Общий анализ крови', 'Complete blood count'),
      t('Биохимия крови (глюкоза, холестерин, печёночные пробы, креатинин)', 'Blood chemistry'),
      t('Общий анализ мочи', 'Urinalysis'),
      t('ЭКГ', 'ECG'),
      t('УЗИ органов брюшной полости', 'Abdominal ultrasound'),
      t('Приём терапевта с заключением', 'Therapist’s review and report'),
    ],
    sex: null,
    minAgeYears: 18,
    maxAgeYears: null,
    priceRub: 9900,
    durationMinutes: 120,
  },
  {
    code: 'checkup_cardio',
    kind: 'checkup',
    name: t('Кардиологический чек-ап', 'Cardio check-up'),
    description: t('Сердце и сосуды: риск и ранние признаки.', 'Heart and vessels: risk and early signs.'),
    items: [
      t('Липидный профиль', 'Lipid profile'),
      t('ЭКГ', 'ECG'),
      t('Эхокардиография', 'Echocardiography'),
      t('Суточное мониторирование ЭКГ (Холтер)', '24-hour Holter ECG'),
      t('Приём кардиолога', 'Cardiologist’s appointment'),
    ],
    sex: null,
    minAgeYears: 30,
    maxAgeYears: null,
    priceRub: 18900,
    durationMinutes: 150,
  },
  {
    code: 'checkup_women_30',
    kind: 'checkup',
    name: t('Женское здоровье 30+', 'Women’s health 30+'),
    description: t('Гинекология, грудь и щитовидная железа.', 'Gynaecology, breasts and thyroid.'),
    items: [
      t('Приём гинеколога', 'Gynaecologist’s appointment'),
      t('Мазок на онкоцитологию и ВПЧ', 'Cervical cytology and HPV test'),
      t('УЗИ молочных желёз или маммография (с 40 лет)', 'Breast ultrasound, or mammography from 40'),
      t('УЗИ щитовидной железы', 'Thyroid ultrasound'),
      t('ТТГ, ферритин, витамин D', 'TSH, ferritin, vitamin D'),
    ],
    sex: 'female',
    minAgeYears: 30,
    maxAgeYears: null,
    priceRub: 15900,
    durationMinutes: 150,
  },
  {
    code: 'checkup_men_40',
    kind: 'checkup',
    name: t('Мужское здоровье 40+', 'Men’s health 40+'),
    description: t('Простата, сердце и обмен веществ.', 'Prostate, heart and metabolism.'),
    items: [
      t('ПСА общий и свободный', 'Total and free PSA'),
      t('Приём уролога', 'Urologist’s appointment'),
      t('УЗИ предстательной железы', 'Prostate ultrasound'),
      t('ЭКГ и липидный профиль', 'ECG and lipid profile'),
      t('Глюкоза и гликированный гемоглобин', 'Glucose and HbA1c'),
    ],
    sex: 'male',
    minAgeYears: 40,
    maxAgeYears: null,
    priceRub: 14900,
    durationMinutes: 120,
  },
];

/** Compulsory-insurance screening (free to OMS policy holders; order 404n — see domains/checkups/eligibility.ts). */
export const screeningPackageSeed: PackageSeed[] = [
  {
    code: SCREENING_PACKAGE.dispanserization,
    kind: 'oms_screening',
    name: t('Диспансеризация (ОМС)', 'Dispanserization (OMS)'),
    description: t(
      'Бесплатно по полису ОМС: раз в 3 года в 18–39 лет, ежегодно с 40 лет.',
      'Free with an OMS policy: every 3 years at 18–39, yearly from 40.',
    ),
    items: allIncludes('dispanserization'),
    sex: null,
    minAgeYears: 18,
    maxAgeYears: null,
    priceRub: 0,
    durationMinutes: 120,
  },
  {
    code: SCREENING_PACKAGE.preventive_exam,
    kind: 'oms_screening',
    name: t('Профилактический медосмотр (ОМС)', 'Preventive medical examination (OMS)'),
    description: t('Бесплатно по полису ОМС, ежегодно с 18 лет.', 'Free with an OMS policy, yearly from 18.'),
    items: allIncludes('preventive_exam'),
    sex: null,
    minAgeYears: 18,
    maxAgeYears: null,
    priceRub: 0,
    durationMinutes: 60,
  },
  {
    code: SCREENING_PACKAGE.reproductive_dispanserization,
    kind: 'oms_screening',
    name: t('Диспансеризация репродуктивного здоровья (ОМС)', 'Reproductive-health dispanserization (OMS)'),
    description: t('Бесплатно по полису ОМС в 18–49 лет.', 'Free with an OMS policy at 18–49.'),
    items: allIncludes('reproductive_dispanserization'),
    sex: null,
    minAgeYears: 18,
    maxAgeYears: 49,
    priceRub: 0,
    durationMinutes: 60,
  },
];

/** How many clinics of each region offer the OMS screening and the basic check-up. */
const CLINICS_PER_REGION = 3;

/**
 * Which clinics offer which packages, chosen from whatever clinics are seeded (3 or a whole network): in each
 * region the first few by name offer the screenings and the basic check-up; the specialised packages go where
 * the services fit (echocardiography, mammography), or to the region's first clinic when none lists them.
 */
async function linkClinics(tx: Tx) {
  const rows = await tx
    .select({ id: clinics.id, region: clinics.region, services: clinics.services })
    .from(clinics)
    .orderBy(asc(clinics.region), sql`${clinics.name}->>'ru'`);
  const byRegion = new Map<string, typeof rows>();
  for (const row of rows) byRegion.set(row.region, [...(byRegion.get(row.region) ?? []), row]);
  const links: { clinicId: string; packageCode: string }[] = [];
  for (const regionClinics of byRegion.values()) {
    const first = regionClinics.slice(0, CLINICS_PER_REGION);
    for (const clinic of first) {
      for (const pkg of [...screeningPackageSeed, commercialPackageSeed[0]!]) {
        links.push({ clinicId: clinic.id, packageCode: pkg.code });
      }
    }
    const offering = (service: string) => {
      const fit = regionClinics.filter((c) => c.services.includes(service));
      return fit.length > 0 ? fit : [regionClinics[0]!];
    };
    for (const clinic of offering('echocardiography'))
      links.push({ clinicId: clinic.id, packageCode: 'checkup_cardio' });
    for (const clinic of offering('mammography'))
      links.push({ clinicId: clinic.id, packageCode: 'checkup_women_30' });
    for (const clinic of offering('ultrasound_abdomen'))
      links.push({ clinicId: clinic.id, packageCode: 'checkup_men_40' });
  }
  if (links.length > 0) await tx.insert(clinicCheckups).values(links).onConflictDoNothing();
}

export const CHECKUP_DEMO_EMAIL = 'tatiana.kravtsova@demo.telemed';

/** A 16-digit OMS number (Moscow, 77…) whose check digit is right. */
function omsNumber(serial: string) {
  const first15 = `7700${serial.padStart(11, '0')}`;
  return `${first15}${omsCheckDigit(first15)}`;
}

/**
 * Tatiana Kravtsova: a woman who turns 40 this year with only a compulsory (OMS) policy, so she is due the
 * free dispanserization and the reproductive one, and fits the women's check-up. Only the check-ups journey
 * books for her.
 */
async function seedCheckupPatient(tx: Tx, today: Date) {
  const year = today.getUTCFullYear();
  const name = t('Кравцова Татьяна Игоревна', 'Tatiana Kravtsova');
  const [account] = await tx
    .insert(accounts)
    .values({
      role: 'patient',
      email: CHECKUP_DEMO_EMAIL,
      phone: '+79160000040',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      displayName: name,
      locale: 'en',
    })
    .returning({ id: accounts.id });
  const [patient] = await tx
    .insert(patients)
    .values({
      accountId: account!.id,
      fullName: name,
      birthDate: `${year - 40}-06-18`,
      sex: 'female',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  const [oms] = await tx
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.kind, 'oms'))
    .orderBy(asc(insuranceProgrammes.code))
    .limit(1);
  await tx.insert(insurancePolicies).values({
    patientId: patient!.id,
    programmeId: oms!.id,
    number: omsNumber(`${year - 40}0618`),
    insurer: 'Telemed Insurance',
    validFrom: `${year}-01-01`,
    validTo: `${year + 1}-12-31`,
  });
}

/** Check-up packages, the clinics offering them and the check-ups demo patient. Runs after the clinic seed. */
export async function seedCheckups(tx: Tx, today: Date) {
  await tx.insert(checkupPackages).values([...screeningPackageSeed, ...commercialPackageSeed]);
  await linkClinics(tx);
  await seedCheckupPatient(tx, today);
}
