import { formatCalendarDate, newPdfDocument, PDF_MARGIN as MARGIN } from '../../lib/pdf.js';
import { pdfLabels } from './pdf-labels.js';
import type { ConclusionView } from './schemas.js';

/** When the clinic is unknown, dates print in the time zone where the demo clinics work. */
const DEFAULT_TIMEZONE = 'Europe/Moscow';

/** Renders a conclusion version as an A4 PDF in the reader's language. */
export function renderConclusionPdf(c: ConclusionView, locale: 'ru' | 'en'): Promise<Buffer> {
  const l = pdfLabels[locale];
  const timeZone = c.clinic?.timezone ?? DEFAULT_TIMEZONE;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone }).format(
      new Date(iso),
    );
  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  const calendarDate = (ymd: string) => formatCalendarDate(ymd, locale);

  const { doc, width, done, field } = newPdfDocument({
    title: `${l.title} — ${c.patient.fullName[locale]}`,
    subject: l.title,
    locale,
  });

  const heading = (text: string) => {
    doc.moveDown(0.6).font('bold').fontSize(11).fillColor('#1f3b57').text(text, MARGIN, undefined, { width });
    doc.font('regular').fontSize(10).fillColor('black').moveDown(0.2);
  };
  const paragraph = (text: string) => doc.text(text.trim() || l.none, MARGIN, undefined, { width });

  // Header: the service and the clinic.
  doc.font('bold').fontSize(18).fillColor('#1f3b57').text('Telemed', MARGIN, MARGIN);
  if (c.clinic) {
    doc.font('regular').fontSize(9).fillColor('#555555');
    doc.text(`${c.clinic.name[locale]} · ${c.clinic.address[locale]}`, { width });
  }
  doc
    .moveTo(MARGIN, doc.y + 6)
    .lineTo(MARGIN + width, doc.y + 6)
    .strokeColor('#1f3b57')
    .stroke();
  doc.moveDown(1).font('bold').fontSize(15).fillColor('black').text(l.title, MARGIN, undefined, { width });
  if (c.status === 'draft') doc.font('bold').fontSize(10).fillColor('#b00020').text(l.draft);
  doc.moveDown(0.5).font('regular').fontSize(10).fillColor('black');

  field(l.patient, c.patient.fullName[locale]);
  field(l.birthDate, calendarDate(c.patient.birthDate));
  field(l.doctor, `${c.doctor.fullName[locale]}, ${c.specialty.name[locale]}`);
  field(l.date, dateTime(c.appointmentStartsAt));
  if (c.version > 1) {
    doc.moveDown(0.3).font('bold').fillColor('#8a4b00');
    doc.text(l.version(c.version, c.finalisedAt ? date(c.finalisedAt) : date(c.updatedAt)), { width });
    doc.fillColor('black');
    if (c.correctionReason) field(l.correctionReason, c.correctionReason);
  }

  // Order 193n (2025): the document states the consultation type; a first contact's diagnosis is preliminary.
  field(l.consultationType, l.consultationTypes[c.consultationType]);
  if (c.establishedDiagnosis) {
    heading(l.establishedDiagnosis);
    const e = c.establishedDiagnosis;
    doc.text(`${e.code} — ${e.name[locale]}`, MARGIN, undefined, { width });
    const s = e.source;
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(
        s.kind === 'card'
          ? l.establishedSource(s.organisation?.[locale] ?? '—', s.doctor[locale], calendarDate(s.date), null)
          : l.establishedSource(s.organisation, s.doctor, calendarDate(s.date), s.document),
        MARGIN,
        undefined,
        { width },
      );
    doc.fontSize(10).fillColor('black');
  }
  heading(c.diagnosisPreliminary ? l.preliminaryDiagnosis : l.diagnosis);
  doc
    .font('bold')
    .text(c.diagnosis ? `${c.diagnosis.code} — ${c.diagnosis.name[locale]}` : l.none, { width });
  doc.font('regular');
  if (c.diagnosisPreliminary) doc.text(l.preliminaryNote, { width });
  if (c.inPersonVisit) {
    const v = c.inPersonVisit;
    heading(l.inPersonVisit);
    const urgency =
      v.urgency === 'planned' ? l.inPersonUrgency.planned(v.withinDays ?? 0) : l.inPersonUrgency[v.urgency];
    paragraph(
      `${c.inPersonVisitSpecialtyName?.[locale] ?? v.specialtyCode}: ${urgency}` +
        (v.note ? `. ${v.note}` : ''),
    );
  }
  if (c.secondaryDiagnoses.length) {
    heading(l.secondaryDiagnoses);
    for (const d of c.secondaryDiagnoses) doc.text(`${d.code} — ${d.name[locale]}`, { width });
  }
  heading(l.complaints);
  paragraph(c.complaints);
  heading(l.findings);
  paragraph(c.findings);
  heading(l.recommendations);
  paragraph(c.recommendations);

  heading(l.prescriptions);
  if (c.consultationType === 'first_contact') paragraph(l.prescriptionsFirstContact);
  else if (c.prescriptions.length) {
    prescriptionTable(
      doc,
      [l.drug, l.dose, l.frequency, l.duration],
      c.prescriptions.map((p) => [p.note ? `${p.drug}\n${p.note}` : p.drug, p.dose, p.frequency, p.duration]),
      width,
    );
  } else paragraph('');

  heading(l.labTests);
  if (c.labTests.length) {
    for (const t of c.labTests) {
      doc.text(`• ${t.name[locale]}${t.loinc ? ` (LOINC ${t.loinc})` : ''}`, MARGIN, undefined, { width });
    }
  } else paragraph('');

  heading(l.followUp);
  const f = c.followUp;
  paragraph(
    f.kind === 'suggest'
      ? l.followUpSuggest(c.followUpSpecialtyName?.[locale] ?? f.specialtyCode, f.inDays) +
          (f.note ? `. ${f.note}` : '')
      : f.kind === 'booked'
        ? l.followUpBooked
        : l.followUpNone,
  );

  doc.moveDown(1.5).fontSize(9).fillColor('#555555');
  if (c.finalisedAt) doc.text(l.finalisedAt(dateTime(c.finalisedAt)), MARGIN, undefined, { width });
  doc.text(l.disclaimer, MARGIN, undefined, { width });
  doc.end();
  return done;
}

/** A simple bordered table that grows each row to its tallest cell. */
function prescriptionTable(doc: PDFKit.PDFDocument, header: string[], rows: string[][], width: number) {
  const columns = [0.4, 0.2, 0.2, 0.2].map((share) => share * width);
  const pad = 4;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: columns[i]! - 2 * pad }))) +
      2 * pad;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.rect(x, top, columns[i]!, height).strokeColor('#999999').stroke();
      doc.text(cell, x + pad, top + pad, { width: columns[i]! - 2 * pad });
      x += columns[i]!;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.font('regular').fontSize(10);
}
