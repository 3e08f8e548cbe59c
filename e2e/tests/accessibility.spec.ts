import { checkAccessibility, expect, test } from '../fixtures.js';

// Every journey's pages are checked by the fixture in ../fixtures.ts; this file proves the check bites and covers the
// public pages at phone size in both languages, which the journeys open only on a desktop.

test('the accessibility check fails on a page with WCAG violations', async ({ page }) => {
  await page.setContent('<html><body><img src="data:image/png;base64,"><input type="text"></body></html>');
  await expect(checkAccessibility(page)).rejects.toThrow(/image-alt/);
});

for (const app of ['PATIENT_URL', 'DOCTOR_URL'] as const) {
  for (const locale of ['ru', 'en']) {
    test(`the public pages of ${app === 'PATIENT_URL' ? 'the patient' : 'the staff'} app in ${locale} at phone size`, async ({
      browser,
    }) => {
      const base = process.env[app]!;
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addCookies([{ name: 'tm_locale', value: locale, url: base }]);
      const page = await context.newPage();
      const paths = ['/login', '/forgot-password', ...(app === 'PATIENT_URL' ? ['/register'] : [])];
      for (const path of paths) {
        await page.goto(new URL(path, base).href);
        await checkAccessibility(page);
      }
      await context.close();
    });
  }
}
