import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// The same DejaVu fonts as the conclusion PDF (conclusions/pdf.ts): Cyrillic needs them.
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 50;

/** The insurer's bank details for transfers; a deployment puts its own here. */
const PAYEE = {
  name: 'ООО «Телемед» / Telemed LLC',
  bank: 'Demo bank — not a real account',
  account: '40702810000000000000',
};

const labels = {
  ru: {
    title: 'Счёт на оплату',
    number: 'Номер счёта',
    issued: 'Дата',
    payee: 'Получатель',
    bank: 'Банк',
    account: 'Расчётный счёт',
    payer: 'Пациент',
    service: 'Услуга',
    consultation: (specialty: string, doctor: string, when: string) =>
      `Онлайн-консультация: ${specialty}, ${doctor}, ${when}`,
    total: 'К оплате',
    purpose: (number: string) => `Назначение платежа: оплата по счёту ${number}`,
  },
  en: {
    title: 'Invoice',
    number: 'Invoice number',
    issued: 'Date',
    payee: 'Payee',
    bank: 'Bank',
    account: 'Account',
    payer: 'Patient',
    service: 'Service',
    consultation: (specialty: string, doctor: string, when: string) =>
      `Online consultation: ${specialty}, ${doctor}, ${when}`,
    total: 'Amount due',
    purpose: (number: string) => `Payment reference: invoice ${number}`,
  },
};

export type InvoiceData = {
  invoiceNumber: string;
  issuedAt: Date;
  amountRub: number;
  patientName: string;
  doctorName: string;
  specialty: string;
  startsAt: Date;
};

/** A one-page A4 invoice for a bank transfer, in the reader's language. */
export function renderInvoicePdf(invoice: InvoiceData, locale: 'ru' | 'en'): Promise<Buffer> {
  const l = labels[locale];
  const intl = locale === 'ru' ? 'ru-RU' : 'en-GB';
  const timeZone = 'Europe/Moscow';
  const date = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone }).format(invoice.issuedAt);
  const when = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    invoice.startsAt,
  );
  const amount = new Intl.NumberFormat(intl, { style: 'currency', currency: 'RUB' }).format(
    invoice.amountRub,
  );

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${l.title} ${invoice.invoiceNumber}`, Author: 'Telemed' },
    lang: locale,
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  doc.font('bold').fontSize(18).text(`${l.title} № ${invoice.invoiceNumber}`).moveDown(0.5);
  row(l.issued, date);
  doc.moveDown(0.5);
  row(l.payee, PAYEE.name);
  row(l.bank, PAYEE.bank);
  row(l.account, PAYEE.account);
  doc.moveDown(0.5);
  row(l.payer, invoice.patientName);
  row(l.service, l.consultation(invoice.specialty, invoice.doctorName, when));
  doc.moveDown(0.5);
  doc.font('bold').fontSize(14).text(`${l.total}: ${amount}`);
  doc.moveDown(0.5).font('regular').fontSize(10).text(l.purpose(invoice.invoiceNumber));
  doc.end();
  return done;
}
