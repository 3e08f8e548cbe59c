import {
  checkAccessibility,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '../fixtures.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signIn, chosenLanguage } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';
import { MEDIA_TIMEOUT } from '../call.js';

// A third participant: in a running consultation the doctor invites a medical assistant picked from the list;
// she joins from the staff app, and everyone in the room sees her as the invited assistant. The appointment's
// record keeps who was invited, by whom and when.
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const GUEST_LABEL = 'Medical assistant (invited)';
test.describe.configure({ timeout: 180_000 });

async function signedIn(
  browser: Browser,
  appUrl: string,
  login: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['camera', 'microphone']);
  await context.addCookies(chosenLanguage('en', appUrl));
  const page = await context.newPage();
  await signIn(page, appUrl, login);
  return { context, page };
}

async function joinAudioCall(page: Page, appUrl: string, id: string) {
  await page.goto(new URL(`/appointments/${id}/call`, appUrl).href);
  await expect(page.getByTestId('device-check')).toBeVisible();
  await page.getByRole('button', { name: 'Join the call' }).click();
  await expect(page.getByTestId('call-stage')).toBeVisible({ timeout: MEDIA_TIMEOUT });
}

const guestEntry = (page: Page) => page.getByTestId('participant').filter({ hasText: 'Tatiana Orlova' });

test('the doctor invites an assistant into the call; everyone sees her role, and the record keeps it', async ({
  browser,
}) => {
  const { id } = await urgentConsultationNow('sergey.kozlov@demo.telemed', 'audio');
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', DESKTOP);
  const patient = await signedIn(browser, PATIENT_URL, 'sergey.kozlov@demo.telemed', PHONE);
  await joinAudioCall(doctor.page, DOCTOR_URL, id);
  await joinAudioCall(patient.page, PATIENT_URL, id);
  await expect(doctor.page.getByTestId('participant')).toHaveCount(2, { timeout: MEDIA_TIMEOUT });

  const invite = doctor.page.getByTestId('invite-guest');
  await invite.getByLabel('Colleague').selectOption({ label: 'Tatiana Orlova' });
  await invite.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(invite.getByTestId('guest-invited')).toContainText('Tatiana Orlova is invited');

  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed', DESKTOP);
  await joinAudioCall(nurse.page, DOCTOR_URL, id);
  // The guest is in the call only: no patient summary, no invitations of her own.
  await expect(nurse.page.getByTestId('invite-guest')).toHaveCount(0);
  await expect(nurse.page.getByTestId('participant').filter({ hasText: 'You' })).toContainText(GUEST_LABEL);
  await expect(nurse.page.getByTestId('participant').filter({ hasText: 'Doctor' })).toHaveCount(1);

  for (const page of [doctor.page, patient.page]) {
    await expect(guestEntry(page)).toContainText(GUEST_LABEL, { timeout: MEDIA_TIMEOUT });
    await expect(page.getByTestId('participant')).toHaveCount(3);
  }
  await expect(patient.page.getByTestId('participant').filter({ hasText: 'You' })).toContainText('Patient');

  await doctor.page.screenshot({ path: test.info().outputPath('doctor-call-desktop.png'), fullPage: true });
  await patient.page.screenshot({ path: test.info().outputPath('patient-call-phone.png'), fullPage: true });
  await checkAccessibility(doctor.page);
  await checkAccessibility(patient.page);
  await checkAccessibility(nurse.page);

  // The appointment's record: who was brought in, in which role, by whom.
  await doctor.page.goto(new URL(`/appointments/${id}`, DOCTOR_URL).href);
  const record = doctor.page.getByTestId('consultation-guest');
  await expect(record).toHaveCount(1);
  await expect(record).toContainText('Tatiana Orlova');
  await expect(record).toContainText(GUEST_LABEL);
  await expect(record).toContainText('invited by Elena Smirnova');
  for (const viewport of [DESKTOP, PHONE]) {
    await doctor.page.setViewportSize(viewport);
    await doctor.page.screenshot({
      path: test.info().outputPath(`appointment-record-${viewport.width}.png`),
      fullPage: true,
    });
  }
  await Promise.all([doctor.context.close(), patient.context.close(), nurse.context.close()]);
});
