import { expect, type Page } from '@playwright/test';

/** Signs the open conclusion through the editor's confirmation dialog and waits for the final notice. */
export async function signConclusion(doctor: Page) {
  await doctor.getByRole('button', { name: 'Sign the conclusion…' }).click();
  await doctor
    .getByRole('dialog', { name: 'Sign the conclusion?' })
    .getByRole('button', { name: 'Sign', exact: true })
    .click();
  await expect(doctor.getByTestId('conclusion-notice')).toHaveText(
    'The conclusion is final and the patient has been notified.',
  );
}
