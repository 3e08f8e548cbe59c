import { readFile } from 'node:fs/promises';
import { apiCall, apiSession } from '../api.js';
import { expect, test, type Browser } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// A member asks for a guarantee letter for an MRI at a clinic of her programme with a referral; the insurer's
// medical coordinator sees it with the coverage verdict in the staff app and approves it; the member sees
// "approved" and downloads the letter.
// Seeded for this journey only (api/src/seed/guarantee-letters.ts).
const MEMBER = 'roman.denisov@demo.telemed';
const COORDINATOR = 'coordinator@demo.telemed';

const signedInRu = (browser: Browser, appUrl: string, login: string) =>
  signedIn(browser, appUrl, login, { language: 'ru', acceptDownloads: true });

/** A clinic of the member's programme that performs a brain MRI, as the api offers them. */
async function coveredMriClinic() {
  const session = await apiSession(MEMBER);
  const get = async <T>(path: string) => {
    const response = await apiCall(session, 'GET', path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const family = await get<{ self: { id: string } }>('/me/family');
  const options = await get<{ clinics: { id: string; covered: boolean; services: string[] }[] }>(
    `/patients/${family.self.id}/guarantee-letters/options`,
  );
  const clinic = options.clinics.find((c) => c.covered && c.services.includes('mri_brain'));
  expect(clinic).toBeDefined();
  return clinic!.id;
}

test('a member gets a guarantee letter for an MRI approved by the coordinator', async ({ browser }) => {
  const clinicId = await coveredMriClinic();
  const member = await signedInRu(browser, PATIENT_URL, MEMBER);
  await member.goto(new URL('/guarantee-letters', PATIENT_URL).href);
  await expect(member.getByRole('heading', { level: 1, name: 'Гарантийные письма' })).toBeVisible();
  const before = await member
    .getByTestId('guarantee-letter')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));

  await member.getByLabel('Клиника', { exact: true }).selectOption(clinicId);
  await member.getByLabel('Услуга', { exact: true }).selectOption('mri_brain');
  await member.getByLabel('Зачем нужна услуга').fill('Невролог направил на МРТ: головные боли две недели.');
  await member.getByLabel(/Направление/).setInputFiles({
    name: 'направление.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await member.getByTestId('ask-letter').click();
  await expect(member.getByText('Запрос отправлен. Мы сообщим о решении.')).toBeVisible();
  const created = member
    .getByTestId('guarantee-letter')
    .filter({ hasText: 'МРТ головного мозга' })
    .filter({ has: member.locator('[data-status="submitted"]') });
  const ids = await created.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  const letterId = ids.find((id) => !before.includes(id));
  expect(letterId).toBeTruthy();

  const coordinator = await signedInRu(browser, DOCTOR_URL, COORDINATOR);
  await expect(coordinator).toHaveURL(/\/guarantee-letters$/);
  await coordinator.locator(`a[href="/guarantee-letters/${letterId}"]`).click();
  const verdict = coordinator.getByTestId('coverage-verdict');
  await expect(verdict).toHaveAttribute('data-covered', 'true');
  await expect(verdict).toContainText('Покрывается программой');
  await expect(coordinator.getByText('Невролог направил на МРТ: головные боли две недели.')).toBeVisible();
  await expect(coordinator.getByTestId('referral-link')).toHaveText('направление.pdf');
  await coordinator.getByTestId('approve').click();
  await expect(coordinator.getByRole('status')).toContainText('Выдано: письмо GL-');
  await expect(coordinator.getByTestId('letter-status')).toHaveAttribute('data-status', 'approved');

  await member.reload();
  const letter = member.locator(`[data-testid="guarantee-letter"][data-id="${letterId}"]`);
  await expect(letter.getByTestId('letter-status')).toHaveText('Выдано');
  const downloading = member.waitForEvent('download');
  await letter.getByTestId('letter-pdf').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^GL-\d{4}-[0-9A-F]{8}\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});
