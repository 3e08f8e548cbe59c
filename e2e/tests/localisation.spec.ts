import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '../fixtures.js';
import { PATIENT_URL } from '../urls.js';
import { chosenLanguage, signedIn } from '../sign-in.js';

// In Russian, Anna reads her lab results with Russian units and decimal commas (LOINC codes only in a tooltip),
// follows her LDL cholesterol on a trend chart whose axis starts at zero and whose dates do not overlap, and
// sees the api's refusal of an empty file in Russian. Read-only for the shared demo data: the upload is refused.
const PASSWORD = 'Telemed-Demo-2026';
const HAEMOGLOBIN = '718-7';
const LDL = '13457-7';
const LOINC_CODE = /\b\d{1,7}-\d\b/;

const viewports = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function signIn(page: Page, email = 'anna.petrova@demo.telemed') {
  await page.goto(new URL('/login', PATIENT_URL).href);
  await page.getByLabel('Электронная почта или телефон').fill(email);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The boxes of a chart's date labels, left to right: each must end before the next begins. */
async function expectNoOverlap(page: Page, labels = 'trend-x-tick', chartId = 'trend-chart') {
  const boxes = [];
  for (const label of await page.getByTestId(labels).all()) boxes.push((await label.boundingBox())!);
  expect(boxes.length).toBeGreaterThan(0);
  boxes.sort((a, b) => a.x - b.x);
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i - 1]!.x + boxes[i - 1]!.width, `date label ${i} overlaps ${i + 1}`).toBeLessThanOrEqual(
      boxes[i]!.x,
    );
  }
  const chart = (await page.getByTestId(chartId).boundingBox())!;
  expect(boxes[0]!.x).toBeGreaterThanOrEqual(chart.x - 1);
  expect(boxes.at(-1)!.x + boxes.at(-1)!.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
}

for (const viewport of viewports) {
  test(`lab results, trends and api errors read in Russian (${viewport.name})`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext();
    await context.addCookies(chosenLanguage('ru', PATIENT_URL));
    const page = await context.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page);

    // A blood count: г/л and ×10⁹/л, decimal commas, and no LOINC codes next to the analytes.
    await page.goto(new URL(`/card/trends/${HAEMOGLOBIN}`, PATIENT_URL).href);
    await page.getByTestId('trend-table').locator('tbody tr').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/card\/results\/[0-9a-f-]{36}/);
    const table = page.getByTestId('lab-result-table');
    await expect(table).toContainText('г/л');
    await expect(table).toContainText('×10⁹/л');
    await expect(table).not.toContainText('g/L');
    await expect(table).not.toContainText('10*9');
    const text = (await table.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/\d,\d/);
    expect(text).not.toMatch(/\d\.\d/);
    expect(text).not.toMatch(LOINC_CODE);
    expect(text).not.toContain('LOINC');
    // The code is still there for whoever wants it: a tooltip on the analyte's name.
    const haemoglobin = page.locator(`[data-testid="lab-value"][data-loinc="${HAEMOGLOBIN}"] th [title]`);
    await expect(haemoglobin).toHaveAttribute('title', `LOINC ${HAEMOGLOBIN}`);
    await page.screenshot({ path: testInfo.outputPath(`lab-result-${viewport.name}.png`), fullPage: true });

    // The LDL trend: an axis from zero, comma decimals, dates that do not run into each other.
    await page.goto(new URL(`/card/trends/${LDL}`, PATIENT_URL).href);
    const chart = page.getByTestId('trend-chart');
    await expect(chart).toBeVisible();
    expect(await page.getByTestId('trend-point').count()).toBeGreaterThanOrEqual(2);
    // Once the browser has measured the chart it is drawn at its real width (text at its real size).
    const measured = await page.evaluate(() =>
      Math.round(document.querySelector('[data-testid="trend-chart"]')!.parentElement!.clientWidth),
    );
    await expect(chart).toHaveAttribute('width', String(measured));
    const ticks = await page
      .getByTestId('trend-y-tick')
      .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-value'))));
    // LDL's range is an upper limit only (< 3,0): a band from zero, so the axis starts at 0, not below it.
    expect(Math.min(...ticks)).toBe(0);
    await expectNoOverlap(page);
    const rows = (await page.getByTestId('trend-table').innerText()).replace(/\s+/g, ' ');
    expect(rows).toContain('ммоль/л');
    expect(rows).toMatch(/\d,\d/);
    await page.screenshot({ path: testInfo.outputPath(`ldl-trend-${viewport.name}.png`), fullPage: true });

    // An empty file: the api refuses it with a code, which the app says in Russian.
    await page.goto(new URL('/requests/new?kind=second_opinion', PATIENT_URL).href);
    const empty = testInfo.outputPath('empty.pdf');
    await writeFile(empty, '');
    await page.getByLabel('Добавить документ').setInputFiles(empty);
    await expect(page.locator('#upload-error')).toHaveText('Файл пустой.');
    await expect(page.getByText('The file is empty.')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`upload-error-${viewport.name}.png`), fullPage: true });
    await context.close();
  });
}

for (const viewport of viewports) {
  test(`the home blood-pressure chart labels its dates without overlap (${viewport.name})`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext();
    await context.addCookies(chosenLanguage('ru', PATIENT_URL));
    const page = await context.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // Nikolai is under monitoring with a month of readings; the page is only read here.
    await signIn(page, 'nikolai.volkov@demo.telemed');
    await page.goto(new URL('/pressure', PATIENT_URL).href);
    const chart = page.getByTestId('bp-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg')).toHaveAttribute(
      'width',
      String(await chart.evaluate((figure) => Math.round(figure.clientWidth))),
    );
    await expectNoOverlap(page, 'bp-x-tick', 'bp-chart');
    await expect(page.getByTestId('bp-x-tick').first()).toHaveText(/^\d{1,2} [а-я]{3,4}\.?$/);
    await page.screenshot({ path: testInfo.outputPath(`bp-chart-${viewport.name}.png`), fullPage: true });
    await context.close();
  });
}

test('booking: no specialty is cut mid-word on its card, in Russian or English, on a laptop or a phone', async ({
  browser,
}) => {
  // "Gastroentero|logist", "Dermatologis|t" and "Гастроэнтер|олог" were cut across two lines at 1280 px.
  for (const language of ['ru', 'en'] as const) {
    for (const viewport of [{ width: 1280, height: 800 }, viewports[1]]) {
      const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { language, viewport });
      await page.goto(new URL('/book', PATIENT_URL).href);
      const labels = page.getByTestId('booking-search').locator('.option-label');
      expect(await labels.count()).toBeGreaterThan(5);
      // A word is cut when its letters lie on more than one line.
      const cut = await labels.evaluateAll((elements) =>
        elements.flatMap((label) => {
          const text = label.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return [];
          const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
          return words
            .filter(({ 0: word, index }) => {
              const range = document.createRange();
              range.setStart(text, index);
              range.setEnd(text, index + word.length);
              return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1;
            })
            .map(({ 0: word }) => word);
        }),
      );
      expect(cut, `${language} at ${viewport.width} px`).toEqual([]);
      await page.context().close();
    }
  }
});
