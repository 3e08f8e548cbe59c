import { expect, test, type Page } from '../fixtures.js';
import { apiCall, apiSession } from '../api.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL } from '../urls.js';

// The population view (HEARTS / Simple.org statuses): nurse Orlova's page shows the counts the api gives her,
// and Dr Smirnova reaches the same view of the monitored patients she treats from her patient list.
const STATUSES = ['controlled', 'uncontrolled', 'no_reading_3m', 'lost_to_follow_up', 'first_3_months'];

async function apiCounts(login: string) {
  const res = await apiCall(await apiSession(login), 'GET', '/monitoring/population');
  expect(res.status).toBe(200);
  return (await res.json()) as { total: number; counts: Record<string, number> };
}

async function expectCounts(page: Page, view: { total: number; counts: Record<string, number> }) {
  for (const status of STATUSES)
    await expect(
      page
        .getByTestId('population-count')
        .and(page.locator(`[data-status="${status}"]`))
        .getByTestId('population-count-value'),
    ).toHaveText(String(view.counts[status]));
  await expect(page.getByTestId('population-trend').locator('tbody tr')).toHaveCount(12);
}

test('the assistant sees her enrolled patients by status, as the api counts them', async ({ browser }) => {
  const view = await apiCounts('nurse.orlova@demo.telemed');
  expect(view.total).toBeGreaterThan(0);
  const nurse = await signedIn(browser, DOCTOR_URL, 'nurse.orlova@demo.telemed');
  await nurse.getByRole('navigation').getByRole('link', { name: 'Population' }).click();
  await expect(nurse.getByRole('heading', { level: 1 })).toHaveText(
    'Population: blood pressure under control',
  );
  await expectCounts(nurse, view);
  await expect(nurse.getByTestId('population-total')).toHaveText(
    view.total === 1 ? '1 enrolled patient' : `${view.total} enrolled patients`,
  );
});

test('the doctor sees the monitored patients she treats', async ({ browser }) => {
  const view = await apiCounts('dr.smirnova@demo.telemed');
  const doctor = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await doctor.goto(new URL('/patients', DOCTOR_URL).href);
  await doctor.getByRole('link', { name: 'My monitored patients: blood pressure under control' }).click();
  await expect(doctor).toHaveURL(/\/patients\/population$/);
  await expectCounts(doctor, view);
});
