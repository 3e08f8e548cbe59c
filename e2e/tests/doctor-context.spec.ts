import { checkAccessibility, expect, test, type Browser, type Page } from '../fixtures.js';
import { apiCall, type ApiSession, apiSession } from '../api.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL } from '../urls.js';

// What reaches the doctor before a consultation (issue 15, items 1 and 3): the reason a patient gives when
// booking, and an assistant's escalation of a crisis reading, with the join action always in reach.
const DOCTOR = 'dr.smirnova@demo.telemed'; // a therapist
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

const at = (path: string) => new URL(path, DOCTOR_URL).href;

async function doctorPage(browser: Browser): Promise<Page> {
  const page = await signedIn(browser, DOCTOR_URL, DOCTOR, { viewport: DESKTOP });
  await expect(page).toHaveURL(at('/today'));
  return page;
}

async function selfId(patient: ApiSession) {
  const family = (await (await apiCall(patient, 'GET', '/me/family')).json()) as { self: { id: string } };
  return family.self.id;
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('the reason a patient gives reaches the doctor’s schedule, pre-visit summary and call page', async ({
  browser,
}) => {
  // Marina Orlova books Dr Smirnova's next free video slot with a reason and no questionnaire.
  const patient = await apiSession('marina.orlova@demo.telemed');
  const patientId = await selfId(patient);
  const { items: doctors } = (await (
    await apiCall(patient, 'GET', `/doctors?specialty=therapist&patientId=${patientId}&format=video`)
  ).json()) as { items: { id: string; fullName: { en: string } }[] };
  const doctorId = doctors.find((d) => d.fullName.en === 'Elena Smirnova')!.id;
  const { items: slots } = (await (
    await apiCall(patient, 'GET', `/doctors/${doctorId}/slots?days=7&format=video`)
  ).json()) as { items: { id: string }[] };
  // Long, as patients write: the schedule shows two lines of it, the summary and the call all of it.
  const reason = (
    `Palpitations after coffee, want to discuss an ECG (${Date.now()}). ` +
    'Worse in the evening, with a racing pulse and some shortness of breath on the stairs. '.repeat(20)
  ).trim();
  const booked = await apiCall(patient, 'POST', '/appointments', {
    patientId,
    slotId: slots[0]!.id,
    format: 'video',
    reason,
  });
  expect(booked.status, await booked.clone().text()).toBe(201);
  const { id } = (await booked.json()) as { id: string };

  const page = await doctorPage(browser);
  // On her schedule (today's or the coming days'), under the patient's name.
  const row = page.getByTestId('appointment').filter({ hasText: reason });
  await expect(row.getByTestId('appointment-reason')).toHaveText(`Reason: ${reason}`);
  await expect(row.getByTestId('appointment-link')).toHaveText('Marina Orlova');
  const clamped = row.getByTestId('clamped-text');
  const height = async () => (await clamped.boundingBox())!.height;
  expect(await height()).toBeLessThan(60);
  await row.getByRole('button', { name: 'Show all' }).click();
  await expect(row.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  expect(await height()).toBeGreaterThan(120);
  await row.getByRole('button', { name: 'Show less' }).click();
  expect(await height()).toBeLessThan(60);
  await row.scrollIntoViewIfNeeded();
  await shoot(page, 'reason-schedule-desktop');

  // The pre-visit summary tells "reason given" apart from "no questionnaire".
  await row.getByTestId('appointment-link').click();
  await expect(page).toHaveURL(at(`/appointments/${id}`));
  await expect(page.getByTestId('visit-reason-text')).toHaveText(reason);
  await expect(page.getByTestId('anamnesis-summary')).toContainText(
    'No symptom-checker questionnaire is attached to this consultation.',
  );
  await expect(
    page.getByTestId('visit-actions').getByRole('link', { name: 'Join the call' }),
  ).toBeInViewport();
  await shoot(page, 'reason-summary-desktop');
  await page.setViewportSize(PHONE);
  await expect(page.getByTestId('visit-reason-text')).toBeVisible();
  await expect(
    page.getByTestId('visit-actions').getByRole('link', { name: 'Join the call' }),
  ).toBeInViewport();
  await shoot(page, 'reason-summary-phone');

  // Beside the video, in the compact patient panel.
  await page.setViewportSize(DESKTOP);
  await page.getByTestId('visit-actions').getByRole('link', { name: 'Join the call' }).click();
  await expect(page).toHaveURL(at(`/appointments/${id}/call`));
  await expect(page.getByTestId('call-reason')).toHaveText(`Reason: ${reason}`);
  await shoot(page, 'reason-call-desktop');
  await checkAccessibility(page);
  await page.context().close();
});

test('an escalated crisis reaches the therapist first, with the name, the note and the readings on top', async ({
  browser,
}) => {
  // Sergey Kozlov, monitored by nurse Karpov, enters a crisis reading; the evaluation job raises the alert.
  const patient = await apiSession('sergey.kozlov@demo.telemed');
  const patientId = await selfId(patient);
  const measuredAt = new Date(Date.now() - 60_000).toISOString();
  const reading = await apiCall(patient, 'POST', `/patients/${patientId}/bp-readings`, {
    systolic: 194,
    diastolic: 122,
    pulse: 97,
    measuredAt,
    symptoms: ['severe_headache'],
  });
  expect(reading.status).toBe(201);
  const nurse = await apiSession('nurse.karpov@demo.telemed');
  type Alert = { id: string; kind: string; status: string; values: { systolic?: number } };
  let alertId = '';
  await expect
    .poll(
      async () => {
        const view = (await (await apiCall(nurse, 'GET', `/monitoring/patients/${patientId}`)).json()) as {
          alerts: Alert[];
        };
        const crisis = view.alerts.find(
          (a) => a.kind === 'crisis' && a.status === 'open' && a.values.systolic === 194,
        );
        alertId = crisis?.id ?? '';
        return alertId;
      },
      { timeout: 30_000 },
    )
    .not.toBe('');
  const note = 'Severe headache since noon, no chest pain; took his usual amlodipine.';
  const escalated = await apiCall(nurse, 'POST', `/monitoring/alerts/${alertId}/escalate`, { note });
  expect(escalated.status).toBe(201);
  const { appointmentId } = (await escalated.json()) as { appointmentId: string };

  // The queue: the escalation stands out, first, with the patient's name and the assistant's words.
  const page = await doctorPage(browser);
  const first = page.getByTestId('urgent-row').first();
  await expect(first.getByTestId('escalation-flag')).toHaveText('⚠ Escalated from BP monitoring');
  await expect(first.getByTestId('urgent-patient')).toHaveText('Sergey Kozlov');
  await expect(first.getByTestId('urgent-reason')).toContainText('Hypertensive crisis 194/122');
  await expect(first.getByTestId('urgent-reason')).toContainText(note);
  await shoot(page, 'escalation-queue-desktop');
  await page.setViewportSize(PHONE);
  await expect(first.getByTestId('escalation-flag')).toBeVisible();
  await shoot(page, 'escalation-queue-phone');
  await page.setViewportSize(DESKTOP);

  // Taking the next patient takes the escalation, and its context is the first thing on the page.
  await page.getByRole('button', { name: 'Take next urgent patient' }).click();
  await expect(page).toHaveURL(at(`/appointments/${appointmentId}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sergey Kozlov');
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    const context = page.getByTestId('escalation-context');
    await expect(context.getByTestId('escalation-note')).toContainText(note);
    await expect(context.getByTestId('escalation-value')).toHaveText('194/122 mmHg');
    await expect(context.getByTestId('escalation-threshold')).toHaveText('180/110 mmHg');
    await expect(context).toContainText('Urgent');
    const readings = context.getByTestId('escalation-readings');
    await expect(readings).toContainText('194/122');
    await expect(readings).toContainText('97');
    await expect(readings).toContainText('Severe headache');
    // On top: above the reason, the patient's details and the rest of the reading.
    const contextBox = (await context.boundingBox())!;
    const basicsBox = (await page.getByTestId('patient-basics').boundingBox())!;
    expect(contextBox.y).toBeLessThan(basicsBox.y);
    await expect(context.getByRole('heading', { level: 2 })).toBeInViewport();
    // The join action is in view without scrolling, and still after scrolling to the end of a long page.
    const join = page.getByTestId('visit-actions').getByRole('link', { name: 'Join the call' });
    await expect(join).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(join).toBeInViewport();
    const name = viewport === PHONE ? 'phone' : 'desktop';
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `escalation-summary-${name}`);
  }

  // The call page keeps the note and the values beside the video.
  await page.setViewportSize(DESKTOP);
  await page.getByTestId('visit-actions').getByRole('link', { name: 'Join the call' }).click();
  await expect(page).toHaveURL(at(`/appointments/${appointmentId}/call`));
  const compact = page.getByTestId('escalation-context');
  await expect(compact.getByTestId('escalation-note')).toContainText(note);
  await expect(compact.getByTestId('escalation-value')).toHaveText('194/122 mmHg');
  await shoot(page, 'escalation-call-desktop');
  await checkAccessibility(page);
  await page.setViewportSize(PHONE);
  await expect(compact.getByTestId('escalation-note')).toBeVisible();
  await shoot(page, 'escalation-call-phone');
  await checkAccessibility(page);
  await page.context().close();
});
