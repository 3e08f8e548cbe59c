import { checkAccessibility, expect, test, type Browser } from '../fixtures.js';
import { urgentConsultationNow } from '../urgent-consultation.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL } from '../urls.js';

// The conclusion editor saves drafts by itself, asks for the signature in the page, offers the common tests
// (throat swab among them) and no test meant for the other sex.

const doctorPage = (browser: Browser, viewport: { width: number; height: number }) =>
  signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', { viewport });

test('a draft survives a reload, the signature is confirmed in the page, and the test list fits the patient', async ({
  browser,
}) => {
  // A woman whose consultation no later journey reads.
  const { id } = await urgentConsultationNow('elena.nikitina@demo.telemed', 'chat');
  const page = await doctorPage(browser, { width: 1366, height: 900 });
  // Nothing may go through the browser's own dialogs.
  page.on('dialog', (dialog) => {
    throw new Error(`native ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await page.goto(new URL(`/appointments/${id}/conclusion`, DOCTOR_URL).href);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Elena Nikitina');

  // The test list: a throat swab and the common tests, no PSA for a woman (hCG is there).
  const tests = page.getByRole('group', { name: 'Tests ordered' });
  await expect(tests.getByRole('checkbox', { name: /Throat swab: rapid group A strep/ })).toBeVisible();
  for (const name of [
    /Urine culture/,
    /Faecal occult blood/,
    /C-reactive protein/,
    /Ferritin/,
    /TSH/,
    /HbA1c/,
    /Lipid panel/,
  ])
    await expect(tests.getByRole('checkbox', { name })).toHaveCount(1);
  await expect(tests.getByRole('checkbox', { name: /Prostate-specific antigen/ })).toHaveCount(0);
  await expect(tests.getByRole('checkbox', { name: /β-hCG/ })).toHaveCount(1);

  // Autosave: typing is enough; "saved at" appears, and a reload brings the text and the ticked test back.
  await page.getByLabel('Findings and history').fill('Зев гиперемирован, налёты на миндалинах.');
  await tests.getByRole('checkbox', { name: /Throat swab: rapid group A strep/ }).check();
  await expect(page.getByTestId('draft-saved')).toHaveText(/^Draft saved at \d{2}:\d{2}$/, {
    timeout: 10_000,
  });
  await page.screenshot({ path: test.info().outputPath('editor-desktop.png'), fullPage: true });
  await page.reload();
  await expect(page.getByLabel('Findings and history')).toHaveValue(
    'Зев гиперемирован, налёты на миндалинах.',
  );
  await expect(tests.getByRole('checkbox', { name: /Throat swab: rapid group A strep/ })).toBeChecked();
  await expect(page.getByTestId('draft-saved')).toHaveText(/^Draft saved at \d{2}:\d{2}$/);

  // Signing without a diagnosis: said next to the diagnosis field, no dialog.
  await page.getByRole('button', { name: 'Sign the conclusion…' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Choose a diagnosis before finalising.')).toBeVisible();
  await expect(page.getByLabel('Search ICD-10 by code or name')).toBeFocused();

  await page.getByLabel('Search ICD-10 by code or name').fill('J02');
  await page.getByTestId('icd-result').filter({ hasText: 'J02.9' }).click();

  // A first remote contact (order 193n): the diagnosis is preliminary, no treatment is prescribed, and signing
  // needs an in-person visit recommendation, said next to its field.
  await expect(page.getByTestId('consultation-type-status')).toHaveText(
    'First contact: no in-person diagnosis for this problem.',
  );
  await expect(page.getByTestId('diagnosis-legend')).toContainText('Preliminary (suspected) diagnosis');
  await expect(page.getByTestId('prescriptions-unavailable')).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Add a medicine' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign the conclusion…' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('in-person-error')).toHaveText(
    'Choose the urgency and specialty of the in-person visit before signing.',
  );
  await expect(page.getByLabel('Urgency')).toBeFocused();
  await page.getByLabel('Urgency').selectOption('urgent');

  // The in-page confirmation: a modal dialog with the diagnosis and tests; "back" signs nothing.
  await page.getByRole('button', { name: 'Sign the conclusion…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign the conclusion?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('J02.9');
  await expect(dialog).toContainText('Throat swab: rapid group A strep antigen test');
  await expect(dialog.getByRole('button', { name: 'Back to editing' })).toBeFocused();
  await checkAccessibility(page);
  await page.screenshot({ path: test.info().outputPath('sign-dialog-desktop.png') });
  await dialog.getByRole('button', { name: 'Back to editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('conclusion-notice')).toHaveCount(0);

  // On a phone the editor and its dialog fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Sign the conclusion…' }).click();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('sign-dialog-phone.png') });
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByTestId('conclusion-notice')).toHaveText(
    'The conclusion is final and the patient has been notified.',
  );
  await expect(page.getByTestId('conclusion-diagnosis')).toContainText('J02.9');
  await page.screenshot({ path: test.info().outputPath('signed-phone.png'), fullPage: true });
  await page.context().close();
});
