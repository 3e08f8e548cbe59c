import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { PATIENT_URL } from '../urls.js';

// A monitored patient uploads the CSV her OMRON connect app exported; the api recognises the format by its
// header. Tamara Belova (api/src/seed/demo-people.ts) is enrolled without readings, for this journey alone.
const LOGIN = 'tamara.belova@demo.telemed';

/** M/D/YYYY of `days` ago in Moscow, as the English OMRON connect export writes dates. */
function omronDate(days: number) {
  const moscow = new Date(Date.now() + 3 * 3_600_000 - days * 86_400_000);
  return `${moscow.getUTCMonth() + 1}/${moscow.getUTCDate()}/${moscow.getUTCFullYear()}`;
}

const omronExport = [
  '"Date","Time","Systolic (mmHg)","Diastolic (mmHg)","Pulse (bpm)","Irregular heartbeat detected","Body Movement","Notes"',
  `"${omronDate(3)}","07:12","124","78","66","","",""`,
  `"${omronDate(3)}","20:48","127","80","70","","","after a walk"`,
  `"${omronDate(2)}","07:05","122","77","64","","",""`,
].join('\r\n');

test('a patient imports an OMRON connect export; uploading it again only finds duplicates', async ({
  browser,
}) => {
  const page = await signedIn(browser, PATIENT_URL, LOGIN);

  await page.goto(new URL('/pressure', PATIENT_URL).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Blood pressure' })).toBeVisible();
  await expect(
    page.getByText(/OMRON connect CSV export, a Withings bp\.csv export, a FHIR file/),
  ).toBeVisible();

  const file = { name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(omronExport) };
  await page.getByLabel('Export file (CSV or JSON)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('csv-imported')).toHaveText(
    'OMRON connect: imported 3, duplicates 0, skipped 0.',
  );
  await expect(page.getByTestId('bp-chart')).toBeVisible();

  await page.getByLabel('Export file (CSV or JSON)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('csv-imported')).toHaveText(
    'OMRON connect: imported 0, duplicates 3, skipped 0.',
  );

  // A broken row is named by its number and nothing is saved.
  const broken = omronExport + `\r\n"${omronDate(1)}","07:10","80","95","64","","",""`;
  await page.getByLabel('Export file (CSV or JSON)').setInputFiles({ ...file, buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Row 5:' })).toContainText(
    'Systolic (80) must be higher than diastolic (95)',
  );
  await page.context().close();
});
