import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { LocalizedText } from '../db/schema/common.js';
import {
  accounts,
  consentDocuments,
  insuranceProgrammes,
  insurancePolicies,
  patients,
} from '../db/schema/index.js';
import { ageInYears } from '../lib/dates.js';
import { GUARDIANSHIP_MAX_AGE_YEARS } from '../auth/policy.js';
import { recordAcceptance } from '../domains/consents/service.js';

const n = (ru: string, en: string): LocalizedText => ({ ru, en });
const DAY = 86_400_000;

type Doc = typeof consentDocuments.$inferInsert;

/**
 * The consent texts, short and plain. The telemedicine consent has two versions: version 2 was published for
 * Ministry of Health order 193n (2025), which replaced order 965n; only the newest version of a kind counts.
 */
export const consentTexts = (today: Date): Doc[] => [
  {
    kind: 'telemedicine_intervention',
    version: 1,
    required: true,
    publishedAt: new Date(today.getTime() - 400 * DAY),
    title: n(
      'Информированное добровольное согласие на медицинское вмешательство с применением телемедицинских технологий',
      'Informed voluntary consent to medical intervention using telemedicine',
    ),
    body: n(
      'Я даю информированное добровольное согласие на консультации врачей с применением телемедицинских технологий (ст. 20 и 36.2 Федерального закона № 323-ФЗ, приказ Минздрава России № 965н). Мне разъяснено, что дистанционная консультация не заменяет очный приём.',
      'I give informed voluntary consent to consultations by doctors using telemedicine (Federal Law 323-FZ art. 20 and 36.2; Ministry of Health order 965n). I understand that a remote consultation does not replace an in-person visit.',
    ),
  },
  {
    kind: 'telemedicine_intervention',
    version: 2,
    required: true,
    publishedAt: new Date(today.getTime() - 90 * DAY),
    title: n(
      'Информированное добровольное согласие на медицинское вмешательство с применением телемедицинских технологий',
      'Informed voluntary consent to medical intervention using telemedicine',
    ),
    body: n(
      [
        'Я даю информированное добровольное согласие на медицинскую помощь с применением телемедицинских технологий: консультации врача по видео, телефону или в чате (ст. 20 и 36.2 Федерального закона № 323-ФЗ; приказ Минздрава России № 193н).',
        'Мне разъяснено: дистанционно врач не устанавливает новый диагноз до очного осмотра; он даёт рекомендации, решает, нужен ли очный приём, и может скорректировать лечение диагноза, установленного на очном приёме. При угрозе жизни нужно звонить 103 или 112.',
        'Я вправе отказаться от медицинского вмешательства или отозвать это согласие в любой момент (ч. 3 ст. 20 № 323-ФЗ); уже сделанные медицинские записи при этом сохраняются.',
      ].join('\n\n'),
      [
        'I give informed voluntary consent to medical care using telemedicine: consultations with a doctor by video, phone or chat (Federal Law 323-FZ art. 20 and 36.2; Ministry of Health order 193n).',
        'It has been explained to me that remotely a doctor does not establish a new diagnosis before an in-person examination; the doctor gives recommendations, decides whether an in-person visit is needed, and may correct the treatment of a diagnosis established in person. In a life-threatening emergency I call 103 or 112.',
        'I may refuse medical intervention or withdraw this consent at any time (323-FZ art. 20 part 3); medical records already made are kept.',
      ].join('\n\n'),
    ),
  },
  {
    kind: 'personal_data',
    version: 1,
    required: true,
    publishedAt: new Date(today.getTime() - 400 * DAY),
    title: n(
      'Согласие на обработку персональных данных, в том числе данных о состоянии здоровья',
      'Consent to the processing of personal data, including health data',
    ),
    body: n(
      [
        'Я даю согласие ООО «Телемед» и медицинским организациям, оказывающим мне помощь через сервис, на обработку моих персональных данных, включая сведения о состоянии здоровья (специальная категория, ст. 10 Федерального закона № 152-ФЗ), в целях оказания медицинской помощи и исполнения договора страхования.',
        'Данные хранятся на серверах в Российской Федерации. Согласие действует до его отзыва; отозвать его можно в любой момент (ч. 2 ст. 9 № 152-ФЗ). Медицинская документация после отзыва хранится в сроки, установленные законом.',
      ].join('\n\n'),
      [
        'I consent to Telemed LLC and the medical organisations that treat me through the service processing my personal data, including data about my health (a special category, Federal Law 152-FZ art. 10), to provide medical care and to perform the insurance contract.',
        'The data is stored on servers in the Russian Federation. The consent is valid until withdrawn; I may withdraw it at any time (152-FZ art. 9 part 2). Medical records are kept after a withdrawal for the periods the law sets.',
      ].join('\n\n'),
    ),
  },
  {
    kind: 'call_recording',
    version: 1,
    required: false,
    publishedAt: new Date(today.getTime() - 400 * DAY),
    title: n('Согласие на запись консультаций', 'Consent to recording consultations'),
    body: n(
      'Я согласен(на) на аудио- и видеозапись моих онлайн-консультаций для контроля качества медицинской помощи. Записи хранятся как часть медицинской документации. Отказ не влияет на оказание помощи.',
      'I agree to audio and video recording of my online consultations to monitor the quality of care. Recordings are kept as part of the medical record. Declining does not affect my care.',
    ),
  },
  {
    kind: 'research_use',
    version: 1,
    required: false,
    publishedAt: new Date(today.getTime() - 400 * DAY),
    title: n(
      'Согласие на использование обезличенных данных в исследованиях',
      'Consent to the use of anonymised data in research',
    ),
    body: n(
      'Я согласен(на), чтобы мои обезличенные медицинские данные использовались в научных исследованиях и для улучшения сервиса (ст. 6 Федерального закона № 152-ФЗ). По ним нельзя установить мою личность. Отказ не влияет на оказание помощи.',
      'I agree that my anonymised medical data may be used in research and to improve the service (Federal Law 152-FZ art. 6). It cannot identify me. Declining does not affect my care.',
    ),
  },
];

/**
 * The consents journey's family (e2e/tests/consents.spec.ts): a parent who has accepted for herself but not yet
 * for her son, so the journey signs for a child. Nobody else uses them.
 */
export const consentJourneyParent = {
  email: 'marina.zaitseva@demo.telemed',
  name: n('Зайцева Марина Андреевна', 'Marina Zaitseva'),
  child: n('Зайцев Тимофей Игоревич', 'Timofey Zaitsev'),
} as const;

/**
 * Consent documents, and every demo patient and child as having accepted the current required ones (so the
 * other journeys book as before): an adult signed for themselves, a child under 15 through their parent. Runs
 * last in the seed, so it covers everyone seeded before it. The journey's child is left without, on purpose.
 */
export async function seedConsents(tx: Tx, passwordHash: string, today: Date) {
  await tx.insert(consentDocuments).values(consentTexts(today));
  const journeyChild = await seedJourneyFamily(tx, passwordHash, today);

  const people = await tx
    .select({
      id: patients.id,
      birthDate: patients.birthDate,
      accountId: patients.accountId,
      email: accounts.email,
      phone: accounts.phone,
      guardianId: patients.guardianId,
    })
    .from(patients)
    .leftJoin(accounts, eq(accounts.id, patients.accountId));
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const person of people) {
    if (person.id === journeyChild) continue;
    if (person.accountId) {
      await recordAcceptance(tx, {
        patientId: person.id,
        accountId: person.accountId,
        relation: 'self',
        contact: person.email ?? person.phone ?? '',
      });
      continue;
    }
    const guardian = person.guardianId ? byId.get(person.guardianId) : undefined;
    // 323-FZ art. 54 part 2: from 15 a child consents themselves; a child without an account cannot sign yet.
    if (!guardian?.accountId || ageInYears(person.birthDate, today) >= GUARDIANSHIP_MAX_AGE_YEARS) continue;
    await recordAcceptance(tx, {
      patientId: person.id,
      accountId: guardian.accountId,
      relation: 'guardian',
      contact: guardian.email ?? guardian.phone ?? '',
    });
  }
}

async function seedJourneyFamily(tx: Tx, passwordHash: string, today: Date) {
  const p = consentJourneyParent;
  const [programme] = await tx
    .select({ id: insuranceProgrammes.id })
    .from(insuranceProgrammes)
    .where(eq(insuranceProgrammes.code, 'dms-full'));
  const [account] = await tx
    .insert(accounts)
    .values({ role: 'patient', email: p.email, passwordHash, displayName: p.name, locale: 'ru' })
    .returning({ id: accounts.id });
  const [parent] = await tx
    .insert(patients)
    .values({
      accountId: account!.id,
      fullName: p.name,
      birthDate: '1987-02-19',
      sex: 'female',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  const year = today.getUTCFullYear();
  const [child] = await tx
    .insert(patients)
    .values({
      guardianId: parent!.id,
      fullName: p.child,
      birthDate: `${year - 7}-03-11`,
      sex: 'male',
      region: 'moscow',
    })
    .returning({ id: patients.id });
  for (const patientId of [parent!.id, child!.id]) {
    await tx.insert(insurancePolicies).values({
      patientId,
      programmeId: programme!.id,
      number: `DMS-${year}-${patientId.slice(0, 8).toUpperCase()}`,
      insurer: 'Telemed Insurance',
      validFrom: `${year}-01-01`,
      validTo: `${year + 1}-12-31`,
    });
  }
  return child!.id;
}
