import { expect, test, type Browser, type Page } from '../fixtures.js';
import { signIn, chosenLanguage } from '../sign-in.js';
import postgres from 'postgres';
import { DATABASE_URL, DOCTOR_URL } from '../urls.js';

// The doctor's workspace in web-doctor: today's schedule and urgent queue, the pre-visit summary with the
// patient's insurance cover and card, and the patient's history across consultations.

const at = (path: string) => new URL(path, DOCTOR_URL).href;

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(chosenLanguage('en', DOCTOR_URL));
  return context.newPage();
}

/**
 * An earlier consultation of Ivan Sokolov with Dr Smirnova this year, finalised with a diagnosis, and a lab
 * result in his card: what the conclusion and lab domains write when a doctor finishes and a lab reports.
 */
async function givePastCare() {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [ids] = await sql<{ patient: string; doctor: string; account: string; doctorAccount: string }[]>`
      select p.id as patient, pr.id as doctor, p.account_id as account, pr.account_id as "doctorAccount"
      from patients p join accounts a on a.id = p.account_id, practitioners pr join accounts d on d.id = pr.account_id
      where a.email = 'ivan.sokolov@demo.telemed' and d.email = 'dr.smirnova@demo.telemed'`;
    const { patient, doctor, account, doctorAccount } = ids!;
    const startsAt = new Date(Date.now() - 3 * 86_400_000);
    const [consult] = await sql<{ id: string }[]>`
      insert into appointments (patient_id, practitioner_id, specialty_code, format, urgency, status, starts_at,
        ends_at, booked_by_account_id)
      values (${patient}, ${doctor}, 'therapist', 'video', 'planned', 'completed', ${startsAt},
        ${new Date(startsAt.getTime() + 20 * 60_000)}, ${account})
      returning id`;
    const diagnosis = {
      code: 'I10',
      name: { ru: 'Эссенциальная гипертензия', en: 'Essential hypertension' },
    };
    const [conclusion] = await sql<{ id: string }[]>`
      insert into conclusions (appointment_id, patient_id, practitioner_id, status, diagnosis, recommendations,
        author_account_id, finalised_at)
      values (${consult!.id}, ${patient}, ${doctor}, 'final', ${sql.json(diagnosis)}, 'Home BP diary for two weeks',
        ${doctorAccount}, ${new Date(startsAt.getTime() + 30 * 60_000)})
      returning id`;
    const [order] = await sql<{ id: string }[]>`
      insert into lab_orders (patient_id, conclusion_id, ordered_by_practitioner_id, test_codes, status)
      values (${patient}, ${conclusion!.id}, ${doctor}, ${sql.array(['lipid-panel'])}, 'resulted') returning id`;
    const [report] = await sql<{ id: string }[]>`
      insert into lab_reports (order_id, patient_id, external_id, issued_at, raw)
      values (${order!.id}, ${patient}, 'e2e-workspace', ${startsAt}, ${sql.json({ resourceType: 'DiagnosticReport' })})
      returning id`;
    await sql`
      insert into lab_observations (report_id, patient_id, loinc, name, value, unit, reference_low,
        reference_high, flag, effective_at)
      values (${report!.id}, ${patient}, '2093-3', ${sql.json({ ru: 'Холестерин общий', en: 'Total cholesterol' })},
        6.8, 'mmol/L', null, 5.2, 'high', ${startsAt})`;
  } finally {
    await sql.end();
  }
}

test('a doctor reads her schedule and queue, a pre-visit summary with insurance, and the patient history', async ({
  browser,
}) => {
  await givePastCare();
  const page = await englishPage(browser);
  await signIn(page, DOCTOR_URL, 'dr.smirnova@demo.telemed');
  await expect(page).toHaveURL(at('/today'));

  // The urgent queue of her specialty: a count, refreshed by itself.
  await expect(page.getByTestId('urgent-count')).toHaveText(/waiting/);
  await expect(page.getByRole('button', { name: 'Take next urgent patient' })).toBeVisible();

  // Her seeded consultations (today's or, late in the day, the next ones) with format and status.
  const ivanRow = page.getByTestId('appointment').filter({ hasText: 'Ivan Sokolov' }).first();
  await expect(ivanRow).toContainText('Audio');
  await expect(ivanRow).toContainText('Booked');
  await ivanRow.getByTestId('appointment-link').click();

  // The pre-visit summary: the patient, their earlier conclusion and labs, and what their programme covers.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ivan Sokolov');
  await expect(page.getByTestId('prior-conclusion').first()).toContainText('I10');
  await expect(page.getByTestId('prior-conclusion').first()).toContainText('Essential hypertension');
  const cholesterol = page.getByTestId('lab-value').filter({ hasText: 'Total cholesterol' });
  await expect(cholesterol).toContainText('6.8');
  await expect(cholesterol).toHaveAttribute('data-flag', 'high');
  const insurance = page.getByTestId('insurance');
  await expect(insurance.getByTestId('insurance-programme')).not.toBeEmpty();
  const lab = insurance.locator('[data-service="lab"]');
  await expect(lab).toContainText('Lab tests');
  await expect(lab).toContainText('patient pays 30%');
  await expect(lab.getByTestId('insurance-used')).toHaveText(/[1-9]/);
  await expect(insurance.locator('[data-service="second_opinion"]')).toContainText('Not covered');
  await expect(page.getByTestId('attachments')).toBeVisible();

  // The patient's history: the earlier consultation with its diagnosis, and the lab report.
  await page.getByTestId('history-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History: Ivan Sokolov');
  const past = page.getByTestId('timeline-consult').filter({ hasText: 'Essential hypertension' });
  await expect(past).toContainText('Elena Smirnova');
  await expect(past).toContainText('Completed');
  await expect(page.getByTestId('timeline-lab')).toContainText('Total cholesterol');

  // Her patients, found by name; the list leads to the same history.
  await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByTestId('patient-row').filter({ hasText: 'Anna Petrova' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Sokolov');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('patient-row')).toHaveCount(1);
  await page.getByTestId('patient-row').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History: Ivan Sokolov');
});
