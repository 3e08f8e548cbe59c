import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * pdfkit's built-in fonts are WinAnsi only and would drop Cyrillic; DejaVu Sans (from npm, so the api needs
 * no system fonts) covers Cyrillic and Latin, and pdfkit embeds it with a ToUnicode map so text stays
 * searchable and copyable.
 */
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const PDF_MARGIN = 50;

/**
 * An A4 document with the 'regular' and 'bold' fonts registered. `done` resolves with the bytes once the
 * caller has ended the document; `field` writes a bold label followed by its value on one line.
 */
export function newPdfDocument(info: { title: string; subject: string; locale: 'ru' | 'en' }) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PDF_MARGIN,
    info: { Title: info.title, Author: 'Telemed', Subject: info.subject },
    lang: info.locale,
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const width = doc.page.width - 2 * PDF_MARGIN;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const field = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, PDF_MARGIN, undefined, { continued: true, width });
    doc.font('regular').text(value);
  };
  return { doc, width, done, field };
}

/** A calendar date (`YYYY-MM-DD`, e.g. a birth date) in words; formatting it in a time zone could shift the day. */
export const formatCalendarDate = (ymd: string, locale: 'ru' | 'en') =>
  new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );
