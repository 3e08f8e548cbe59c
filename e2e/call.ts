import { expect, type Page } from '@playwright/test';

/** Media needs a real ICE/DTLS handshake with the sfu, slower than a page load on a busy 2-core machine. */
export const MEDIA_TIMEOUT = 45_000;

/**
 * Opens the call page and presses "Join the call" once the device check has heard the fake microphone
 * (its level meter moves). `query` is added to the call page's address (say, `?relay=1`).
 */
export async function pressJoin(page: Page, appUrl: string, id: string, query = '') {
  await page.goto(new URL(`/appointments/${id}/call${query}`, appUrl).href);
  await expect(page.getByTestId('device-check')).toBeVisible();
  await expect
    .poll(async () => Number(await page.getByTestId('mic-level').getAttribute('aria-valuenow')), {
      timeout: MEDIA_TIMEOUT,
    })
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Join the call' }).click();
}

/** {@link pressJoin}, then waits for the call stage. */
export async function joinCall(page: Page, appUrl: string, id: string, query = '') {
  await pressJoin(page, appUrl, id, query);
  await expect(page.getByTestId('call-stage')).toBeVisible({ timeout: MEDIA_TIMEOUT });
}
