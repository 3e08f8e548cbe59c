import { formatCalendarDate, newPdfDocument, PDF_MARGIN as MARGIN } from '../../lib/pdf.js';
import type { LetterDetail } from './schemas.js';

const labels = {
  ru: {
    title: 'Гарантийное письмо',
    number: 'Номер',
    to: 'Кому',
    insurer: 'Страховщик',
    member: 'Застрахованный',
    birthDate: 'дата рождения',
    policy: 'Полис',
    programme: 'Программа',
    service: 'Услуга',
    price: 'Стоимость по прейскуранту',
    validity: 'Срок действия',
    from: 'с',
    to2: 'по',
    body: 'Страховщик гарантирует оплату указанной медицинской услуги, оказанной застрахованному лицу в пределах программы страхования и срока действия письма.',
    rub: '₽',
  },
  en: {
    title: 'Guarantee letter',
    number: 'Number',
    to: 'To',
    insurer: 'Insurer',
    member: 'Member',
    birthDate: 'born',
    policy: 'Policy',
    programme: 'Programme',
    service: 'Service',
    price: 'List price',
    validity: 'Valid',
    from: 'from',
    to2: 'to',
    body: 'The insurer guarantees payment for the medical service named above, provided to the member within the insurance programme and the validity of this letter.',
    rub: 'RUB',
  },
} as const;

/** Renders an approved guarantee letter as an A4 PDF in the reader's language. */
export function renderLetterPdf(letter: LetterDetail, locale: 'ru' | 'en'): Promise<Buffer> {
  const l = labels[locale];
  const day = (ymd: string) => formatCalendarDate(ymd, locale);
  const { doc, width, done, field } = newPdfDocument({
    title: `${l.title} ${letter.number ?? ''}`.trim(),
    subject: l.title,
    locale,
  });

  doc
    .font('bold')
    .fontSize(18)
    .fillColor('#1f3b57')
    .text(letter.policy?.insurer ?? 'Telemed', MARGIN, MARGIN);
  doc
    .moveTo(MARGIN, doc.y + 6)
    .lineTo(MARGIN + width, doc.y + 6)
    .strokeColor('#1f3b57')
    .stroke();
  doc.moveDown(1).font('bold').fontSize(15).fillColor('black').text(l.title, MARGIN, undefined, { width });
  doc.moveDown(0.5).font('regular').fontSize(10);
  field(l.number, letter.number ?? '—');
  field(l.to, `${letter.clinic.name[locale]}, ${letter.clinic.address[locale]}`);
  doc.moveDown(0.5);
  if (letter.policy) field(l.insurer, letter.policy.insurer);
  field(l.member, `${letter.patient.fullName[locale]}, ${l.birthDate} ${day(letter.patient.birthDate)}`);
  if (letter.policy) {
    field(l.policy, letter.policy.number);
    field(l.programme, letter.policy.programme.name[locale]);
  }
  field(l.service, letter.service.name[locale]);
  field(l.price, `${letter.service.priceRub.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB')} ${l.rub}`);
  if (letter.validFrom && letter.validTo)
    field(l.validity, `${l.from} ${day(letter.validFrom)} ${l.to2} ${day(letter.validTo)}`);
  doc.moveDown(1).font('regular').text(l.body, MARGIN, undefined, { width });
  doc.end();
  return done;
}
