import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL } from '../urls.js';
import { openSection } from '../nav.js';

// The admin console (web-doctor, role admin): a new practitioner, their weekly template and slots, then the audit
// log that recorded it, on screen and as CSV. It creates its own practitioner, so the demo world others read stays.
const at = (path: string) => new URL(path, DOCTOR_URL).href;

test('an admin adds a practitioner, their schedule and slots, and finds it all in the audit log', async ({
  browser,
}) => {
  // Password, then the authenticator code: staff sign-in.
  const page = await signedIn(browser, DOCTOR_URL, 'admin@demo.telemed', {
    viewport: { width: 1366, height: 900 },
  });
  await expect(page).toHaveURL(at('/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Telemed Administrator');
  await expect(page.getByTestId('role-line')).toHaveText('You are signed in as an administrator.');
  await expect(page.getByTestId('admin-sections').getByRole('link')).toHaveCount(8);

  // A new doctor: account and profile, with a specialty and a clinic.
  const stamp = Date.now();
  const email = `dr.console.${stamp}@clinic.example`;
  const nameEn = `Console Doctor ${stamp}`;
  await page.getByRole('navigation').getByRole('link', { name: 'Practitioners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practitioners' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Full name in Russian').fill(`Консольный Врач ${stamp}`);
  await page.getByLabel('Full name in Latin letters').fill(nameEn);
  await page.getByLabel('Clinic').selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Therapist' }).check();
  await page.getByRole('button', { name: 'Add practitioner' }).click();
  await expect(page.getByTestId('practitioner-created')).toContainText(nameEn);
  const row = page.locator(`[data-testid="practitioner-row"][data-email="${email}"]`);
  await expect(row.getByTestId('practitioner-status')).toHaveText('Active');
  await page.screenshot({ path: test.info().outputPath('admin-practitioners.png'), fullPage: true });

  // A weekly template, then slots from it for two weeks.
  await row.getByRole('link', { name: `Schedule: ${nameEn}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Weekly templates: ${nameEn}` })).toBeVisible();
  await expect(page.getByTestId('no-templates')).toBeVisible();
  await page.getByLabel('Weekday').selectOption({ label: 'Wednesday' });
  await page.getByLabel('Start', { exact: true }).fill('09:00');
  await page.getByLabel('End', { exact: true }).fill('12:00');
  await page.getByLabel('Slot length, minutes').fill('30');
  await page.getByRole('button', { name: 'Add template' }).click();
  await expect(page.getByTestId('template-row')).toHaveCount(1);
  await expect(page.getByTestId('template-row')).toContainText('Wednesday');
  await expect(page.getByTestId('template-row')).toContainText('09:00–12:00');
  await page.getByLabel('Weeks ahead').fill('2');
  await page.getByRole('button', { name: 'Make slots' }).click();
  // Two weeks hold one or two Wednesdays still ahead, six half-hour slots each.
  await expect(page.getByTestId('generated')).toContainText(/^(6|12) slots made for /);
  await expect(page.getByTestId('holidays')).toContainText('Victory Day');
  await page.screenshot({ path: test.info().outputPath('admin-schedules.png'), fullPage: true });

  // The other sections: programmes with their cover, a patient's policies, the video servers.
  await page.getByRole('navigation').getByRole('link', { name: 'Programmes' }).click();
  await expect(page.getByTestId('programme').filter({ hasText: 'dms-full' })).toContainText(
    'Online consultations',
  );
  // Regions by name, and the form offers the network's regions to tick instead of codes to type.
  await expect(
    page.getByTestId('programme').filter({ hasText: 'dms-full' }).getByTestId('programme-regions'),
  ).toHaveText('Moscow, St Petersburg, Kazan');
  for (const region of ['Moscow', 'St Petersburg', 'Kazan']) {
    await expect(page.getByRole('checkbox', { name: region, exact: true })).toBeVisible();
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Policies' }).click();
  await page.getByLabel('Name or policy number').fill('Petrova');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('policy-holder').first().getByTestId('policy-row').first()).toContainText(
    'In force',
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Video servers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Video servers' })).toBeVisible();

  // The audit log shows who did it; the CSV holds the same rows.
  await openSection(page, 'Audit log');
  await page.getByLabel('Who (e-mail or name)').fill('admin@demo.telemed');
  await page.getByLabel('Action (or its beginning)').fill('admin.');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/actor=admin%40demo.telemed/);
  const events = page.getByTestId('audit-event');
  await expect(events.filter({ hasText: 'admin.slots.generate' })).toHaveCount(1);
  await expect(events.filter({ hasText: 'admin.policies.read' }).first()).toBeVisible();
  await expect(events.filter({ hasText: 'admin.slot_template.create' }).first()).toBeVisible();
  await expect(events.filter({ hasText: 'admin.practitioner.create' }).first()).toContainText(
    'Administrator',
  );
  await page.screenshot({ path: test.info().outputPath('admin-audit-desktop.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByTestId('audit-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  expect(header).toContain('"at","actor_email","actor_name","actor_role","action"');
  expect(lines.some((line) => line.includes('"admin.slots.generate"'))).toBe(true);
  expect(lines.every((line) => line.includes('"admin@demo.telemed"'))).toBe(true);

  // On a phone each event is a readable card, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(events.first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const card = await events.first().boundingBox();
  expect(card!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('admin-audit-phone.png'), fullPage: true });
  await page.context().close();
});
