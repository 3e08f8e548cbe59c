import { expect, test, type Page } from '../fixtures.js';
import postgres from 'postgres';
import { apiSignIn, finishSignIn } from '../second-factor.js';
import { API_URL, DATABASE_URL, DOCTOR_URL } from '../urls.js';
import { chosenLanguage } from '../sign-in.js';

// A patient's PDF in the staff app: drawn by pdf.js into a canvas, never handed to the browser's PDF viewer,
// which runs a document's JavaScript even when the file is served with CSP `sandbox` (measured: an
// OpenAction `app.alert` fired in a frame of the sandboxed file). The document here tries everything on
// opening: a dialog, a new window and a form submission to an address the test watches.
const PASSWORD = 'Telemed-Demo-2026';
const PATIENT = 'galina.ivanova@demo.telemed';
const DOCTOR = 'dr.lebedev@demo.telemed';
const TEXT = 'Haemoglobin 135 g/L';
/** Where the document's script tries to send the doctor; nothing may ever ask for it. */
const EXFIL = new URL('/pdf-exfil', DOCTOR_URL).href;

/** A one-page PDF with visible text, a link, and JavaScript that runs on opening in a scripting viewer. */
function hostilePdf(): string {
  const script = [
    `app.alert('pdf-script-ran');`,
    `app.launchURL('${EXFIL}?launch', true);`,
    `this.submitForm('${EXFIL}?submit');`,
  ].join(' ');
  const content = `BT /F1 24 Tf 72 760 Td (${TEXT}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> ' +
      '/Contents 6 0 R /Annots [7 0 R] >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /S /JavaScript /JS (${script}) >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Annot /Subtype /Link /Rect [72 740 400 790] /A << /S /URI /URI (${EXFIL}?link) >> >>`,
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

/**
 * The patient uploads the document, sends it with a decoding request to the therapists, and attaches it to
 * a consultation booked with the doctor: the two places the staff app shows a patient's documents.
 */
async function patientSendsDocument() {
  const { cookie, csrfToken } = await apiSignIn(API_URL, PATIENT, PASSWORD, DATABASE_URL);
  const headers = { cookie, 'x-csrf-token': csrfToken };
  const family = (await (await fetch(`${API_URL}/me/family`, { headers })).json()) as {
    self: { id: string };
  };
  const patientId = family.self.id;
  const form = new FormData();
  form.set('file', new File([hostilePdf()], 'blood-test.pdf', { type: 'application/pdf' }));
  const uploaded = await fetch(`${API_URL}/patients/${patientId}/files`, {
    method: 'POST',
    headers,
    body: form,
  });
  expect(uploaded.status, 'the api accepts the PDF').toBe(201);
  const file = (await uploaded.json()) as { id: string; originalName: string };

  const submitted = await fetch(`${API_URL}/patients/${patientId}/requests`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'test_decoding',
      specialtyCode: 'therapist',
      complaints: 'Please explain my blood test.',
      fileIds: [file.id],
    }),
  });
  expect(submitted.status).toBe(201);
  const careRequest = (await submitted.json()) as { id: string };

  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  let appointmentId: string;
  try {
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const [row] = await sql<{ id: string }[]>`
      insert into appointments (patient_id, practitioner_id, specialty_code, format, urgency, status, starts_at,
        ends_at, booked_by_account_id)
      select p.id, pr.id, 'therapist', 'video', 'planned', 'booked', ${startsAt},
        ${new Date(startsAt.getTime() + 20 * 60_000)}, p.account_id
      from patients p join accounts a on a.id = p.account_id, practitioners pr join accounts d on d.id = pr.account_id
      where a.email = ${PATIENT} and d.email = ${DOCTOR} and p.id = ${patientId}
      returning id`;
    appointmentId = row!.id;
  } finally {
    await sql.end();
  }
  const attached = await fetch(`${API_URL}/appointments/${appointmentId}/attachments`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ fileId: file.id }),
  });
  expect(attached.status).toBe(204);
  return { file, requestId: careRequest.id, appointmentId };
}

/** Opens the document in the page's attachment list and checks pdf.js drew its page. */
async function readDocument(page: Page, name: string) {
  const attachment = page.getByTestId('attachment').filter({ hasText: name });
  await attachment.locator('summary').click();
  const viewer = attachment.getByTestId('pdf-viewer');
  // The text layer pdf.js lays over the drawing: the page's text, readable and selectable.
  await expect(viewer.getByTestId('pdf-text')).toContainText(TEXT);
  await expect(viewer.getByTestId('pdf-page')).toHaveText('Страница 1 из 1');
  const inked = () =>
    viewer.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark;
    });
  await expect.poll(inked, { message: 'the canvas shows the page text' }).toBeGreaterThan(200);
  const width = await viewer.locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width);
  await viewer.getByRole('button', { name: 'Увеличить' }).click();
  await expect
    .poll(() => viewer.locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width))
    .toBeGreaterThan(width * 1.2);
  await expect(viewer.getByTestId('pdf-text')).toContainText(TEXT);
  // No frame anywhere, so nothing is left for the browser's PDF viewer to open.
  await expect(page.locator('iframe, embed, object')).toHaveCount(0);
  // The original only ever downloads.
  const download = attachment.getByRole('link', { name: 'Скачать оригинал' });
  await expect(download).toHaveAttribute('download', name);
  const response = await page.request.get(new URL((await download.getAttribute('href'))!, DOCTOR_URL).href);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
}

test('a doctor reads a patient’s PDF drawn by pdf.js, and none of its JavaScript runs', async ({
  browser,
}) => {
  const { file, requestId, appointmentId } = await patientSendsDocument();

  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('ru', DOCTOR_URL));
  const page = await context.newPage();
  const dialogs: string[] = [];
  const leaks: string[] = [];
  const popups: string[] = [];
  const cspViolations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    if (request.url().startsWith(EXFIL)) leaks.push(request.url());
  });
  context.on('page', (opened) => popups.push(opened.url()));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });

  await page.goto(new URL('/login', DOCTOR_URL).href);
  await page.getByLabel('Электронная почта или телефон').fill(DOCTOR);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await finishSignIn(page, DOCTOR, DATABASE_URL);
  await expect(page).not.toHaveURL(/\/login/);

  // The decoding request in the inbox, with its document.
  await page.goto(new URL(`/requests/${requestId}`, DOCTOR_URL).href);
  await readDocument(page, file.originalName);

  // The consultation's pre-visit summary, with the same document attached.
  await page.goto(new URL(`/appointments/${appointmentId}`, DOCTOR_URL).href);
  await readDocument(page, file.originalName);

  // A scripting viewer runs the OpenAction as the document opens (the old frame did, before its text showed).
  expect(dialogs, 'the PDF’s app.alert').toEqual([]);
  expect(leaks, 'the PDF’s launchURL, submitForm or link').toEqual([]);
  expect(popups, 'windows the PDF opened').toEqual([]);
  expect(cspViolations, 'pdf.js works within the page’s CSP').toEqual([]);
});
