import { checkAccessibility, expect, test, type Page } from '../fixtures.js';
import type { Locator } from '@playwright/test';
import { apiCall, apiSession } from '../api.js';
import { signedIn } from '../sign-in.js';
import postgres from 'postgres';
import { DATABASE_URL, DOCTOR_URL, PATIENT_URL } from '../urls.js';

// The patient app on a phone: a compact header and a bottom tab bar (the full nav stays on a desktop), and a
// crisis blood-pressure reading whose "call 103/112" warning comes to the reader with numbers to tap.
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const LAPTOP = { width: 1280, height: 800 };

/** The header's navigation row is no taller than one of its links: every section on one line. */
async function expectOneLine(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  const row = (await nav.getByRole('list').first().boundingBox())!;
  const link = (await nav.getByRole('link').first().boundingBox())!;
  expect(row.height, 'the navigation wraps').toBeLessThan(link.height * 1.5);
}

const tabBar = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

test('on a phone the sections are a bottom tab bar under a compact header; a desktop keeps the full nav', async ({
  browser,
}) => {
  const login = 'anna.petrova@demo.telemed';
  const { unread } = (await (await apiCall(await apiSession(login), 'GET', '/notifications')).json()) as {
    unread: number;
  };
  const page = await signedIn(browser, PATIENT_URL, login, { viewport: PHONE });

  // One landmark: the tab bar with home, book, card, notifications and "More".
  await expect(tabBar(page)).toHaveCount(1);
  await expect(tabBar(page)).toHaveAttribute('data-testid', 'tab-bar');
  const tabs = tabBar(page).getByRole('link');
  await expect(tabs).toHaveText(['Home', 'Book', 'Medical card', /Notifications/]);
  await expect(tabBar(page).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await expect(tabBar(page).getByText('More', { exact: true })).toBeVisible();
  const notifications = tabBar(page).getByTestId('tab-notifications');
  if (unread > 0) {
    await expect(notifications.getByTestId('unread-badge')).toHaveText(String(Math.min(unread, 99)));
    await expect(notifications).toHaveAccessibleName(new RegExp(`^Notifications\\s*\\(${unread} unread\\)$`));
  } else {
    await expect(notifications.getByTestId('unread-badge')).toHaveCount(0);
  }

  // The header is one short row; the bar stays at the bottom of the screen.
  const header = (await page.locator('header.shell-header').boundingBox())!;
  expect(header.height / PHONE.height).toBeLessThan(0.12);
  const bar = (await tabBar(page).boundingBox())!;
  expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0);
  await page.screenshot({ path: test.info().outputPath('phone-home.png'), fullPage: true });

  // "More" lists the other sections; the chosen one is current, and "More" closes after the navigation.
  await page.getByTestId('tab-more').click();
  const more = tabBar(page).getByRole('list', { name: 'All sections' });
  await expect(more.getByRole('link', { name: 'Requests' })).toBeVisible();
  await expect(more.getByRole('link', { name: 'Family' })).toBeVisible();
  await expect(more.getByRole('link', { name: 'Home' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('phone-more.png') });
  await checkAccessibility(page);
  await more.getByRole('link', { name: 'Requests' }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(more).toBeHidden();
  await page.getByTestId('tab-more').click();
  await expect(more.getByRole('link', { name: 'Requests' })).toHaveAttribute('aria-current', 'page');
  await tabBar(page).getByRole('link', { name: 'Medical card' }).click();
  await expect(page).toHaveURL(/\/card/);
  await expect(tabBar(page).getByRole('link', { name: 'Medical card' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // A desktop shows the navigation in the header, the less used sections under its "More", and no tab bar.
  await page.setViewportSize(DESKTOP);
  await expect(page.getByTestId('tab-bar')).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Medical card' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Requests' })).toBeHidden();
  await nav.getByTestId('nav-more').click();
  await expect(nav.getByRole('link', { name: 'Requests' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Requests' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('desktop-card.png'), fullPage: true });
  await page.context().close();
});

/** Is keyboard focus inside `element`? */
const holdsFocus = (element: Locator) => element.evaluate((e) => e.contains(document.activeElement));

/** Presses Tab until focus has left `menu` for another element of the page (not the browser's own controls). */
async function tabOutOf(page: Page, menu: Locator) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(
      (inMenu) => !inMenu && document.activeElement !== document.body,
      await holdsFocus(menu),
    );
    if (outside) return;
  }
  throw new Error('focus never left the menu');
}

test('the "More" menus open on screen and close as menus do: on Escape (focus back on "More"), a tap elsewhere, focus moving on', async ({
  browser,
}) => {
  // The phone's tab bar, in Russian. Its menu did not close on Escape, nor when focus had tabbed on past it.
  const phone = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', {
    language: 'ru',
    viewport: PHONE,
  });
  const more = phone.getByTestId('tab-more');
  const menu = more.locator('xpath=..');
  const sections = phone.getByRole('list', { name: 'Все разделы' });
  await more.click();
  await expect(sections).toBeVisible();
  await phone.keyboard.press('Escape');
  await expect(sections).toBeHidden();
  await more.click();
  await expect(sections).toBeVisible();
  await phone.getByRole('heading', { level: 1 }).click({ position: { x: 5, y: 5 } });
  await expect(sections).toBeHidden();
  await more.focus();
  await phone.keyboard.press('Enter');
  await phone.keyboard.press('Tab');
  await expect(sections.getByRole('link').first()).toBeFocused();
  await phone.keyboard.press('Escape');
  await expect(sections).toBeHidden();
  await expect(more).toBeFocused();
  await phone.keyboard.press('Enter');
  await expect(sections).toBeVisible();
  await tabOutOf(phone, menu);
  await expect(sections).toBeHidden();
  await phone.context().close();

  // The header's, in English. Escape from inside dropped focus on the page, and tabbing on left it open over
  // the links that then had focus.
  const desktop = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { viewport: LAPTOP });
  const nav = desktop.getByRole('navigation', { name: 'Main navigation' });
  const navMore = nav.getByTestId('nav-more');
  const requests = nav.getByRole('link', { name: 'Requests' });
  await navMore.focus();
  await desktop.keyboard.press('Enter');
  await desktop.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Tests' })).toBeFocused();
  await desktop.keyboard.press('Escape');
  await expect(requests).toBeHidden();
  await expect(navMore).toBeFocused();
  await desktop.keyboard.press('Enter');
  await expect(requests).toBeVisible();
  await tabOutOf(desktop, navMore.locator('xpath=..'));
  await expect(requests).toBeHidden();
  await desktop.context().close();

  // The staff app has no tab bar on a phone: its header's row wraps, "More" first on the last line, and the
  // menu (aligned to the right of "More") opened mostly past the left edge of the screen.
  const admin = await signedIn(browser, DOCTOR_URL, 'admin@demo.telemed', { viewport: PHONE });
  const adminMore = admin.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-more');
  await adminMore.click();
  const adminLinks = adminMore.locator('xpath=..').getByRole('link');
  expect(await adminLinks.count()).toBeGreaterThan(0);
  for (const link of await adminLinks.all()) {
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x, await link.innerText()).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(PHONE.width);
  }
  await admin.context().close();
});

test('in Russian at 1280 px both apps\' header navigation is one line, the other sections under "Ещё"', async ({
  browser,
}) => {
  // Monitored (so "Давление" is in the row too), and read only.
  const patient = await signedIn(browser, PATIENT_URL, 'sergey.kozlov@demo.telemed', {
    language: 'ru',
    viewport: LAPTOP,
  });
  const nav = patient.getByRole('navigation', { name: 'Основная навигация' });
  await expect(nav.getByRole('link', { name: 'Давление' })).toBeVisible();
  await expectOneLine(patient);
  await nav.getByTestId('nav-more').click();
  await patient.screenshot({ path: test.info().outputPath('nav-ru-1280-more.png') });
  await nav.getByRole('link', { name: 'Кто смотрел мои данные' }).click();
  await expect(patient).toHaveURL(/\/access-log$/);
  await expect(nav.getByRole('link', { name: 'Кто смотрел мои данные' })).toBeHidden();
  await expect(nav.getByTestId('nav-more')).toHaveClass(/current/);
  await patient.context().close();

  const admin = await signedIn(browser, DOCTOR_URL, 'admin@demo.telemed', {
    language: 'ru',
    viewport: LAPTOP,
  });
  await expectOneLine(admin);
  await admin.context().close();
});

test('after a crisis reading on a phone the warning takes focus in view, with the numbers to call', async ({
  browser,
}) => {
  // Monitored by an assistant no other journey reads.
  const page = await signedIn(browser, PATIENT_URL, 'sergey.kozlov@demo.telemed', { viewport: PHONE });
  await page.getByTestId('tab-more').click();
  await tabBar(page).getByRole('link', { name: 'Blood pressure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blood pressure' })).toBeVisible();

  await page.getByLabel('Upper (systolic), mmHg').fill('190');
  await page.getByLabel('Lower (diastolic), mmHg').fill('121');
  await page
    .getByRole('group', { name: 'Do you have any of these right now?' })
    .getByLabel('Chest pain')
    .check();
  await page.getByRole('button', { name: 'Save reading' }).click();

  const warning = page.getByTestId('ambulance');
  await expect(warning).toContainText('Call an ambulance: 103 / 112');
  await expect(warning).toBeFocused();
  await expect(warning).toBeInViewport();
  await expect(warning.getByRole('link', { name: '103' }).first()).toHaveAttribute('href', 'tel:103');
  await expect(warning.getByRole('link', { name: '112' }).first()).toHaveAttribute('href', 'tel:112');
  // The advice under it names the numbers as links too.
  await expect(page.getByTestId('reading-saved').locator('a[href="tel:103"]').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('phone-crisis.png') });

  // The same at a desktop size: focused, in view.
  await page.setViewportSize(DESKTOP);
  await page.getByLabel('Upper (systolic), mmHg').fill('192');
  await page.getByLabel('Lower (diastolic), mmHg').fill('122');
  await page
    .getByRole('group', { name: 'Do you have any of these right now?' })
    .getByLabel('Chest pain')
    .check();
  await page.getByRole('button', { name: 'Save reading' }).click();
  await expect(warning).toBeFocused();
  await expect(warning).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('desktop-crisis.png') });
  await page.context().close();
});

test('the symptom checker and the urgent page give the emergency numbers as phone links', async ({
  browser,
}) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { viewport: PHONE });
  for (const path of ['/urgent', '/check']) {
    await page.goto(new URL(path, PATIENT_URL).href);
    const note = page.locator('.emergency-note');
    await expect(note.getByRole('link', { name: '103' })).toHaveAttribute('href', 'tel:103');
    await expect(note.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  }
  await page.context().close();
});

test('no patient page scrolls sideways on a phone, nor puts a form control past its edge, in either language', async ({
  browser,
}) => {
  // One walk over every patient page in two languages: give it the time of several ordinary tests.
  test.setTimeout(180_000);
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', { viewport: PHONE });
  const wider: string[] = [];
  for (const locale of ['en', 'ru']) {
    await page.context().addCookies([{ name: 'tm_locale', value: locale, url: PATIENT_URL }]);
    for (const path of [
      '/',
      '/book',
      '/urgent',
      '/check',
      '/card',
      '/tests',
      '/archive',
      '/requests',
      '/requests/new',
      '/pressure',
      '/family',
      '/family/add',
      '/insurance',
      '/notifications',
      '/profile',
      '/clinics',
      '/checkups',
      '/guarantee-letters',
      '/consents',
      '/access-log',
    ]) {
      await page.goto(new URL(path, PATIENT_URL).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wider.push(`${locale} ${path}: ${width} px`);
      // A page that clips its overflow does not scroll, yet a control cut off at the edge cannot be used: the
      // guarantee-letter form's unstyled selects were as wide as their longest clinic or service name.
      const cut = await page.evaluate(
        (screen) =>
          Array.from(document.querySelectorAll('main :is(input, select, textarea, button)'))
            .filter((control) => !control.closest('.table-wrap'))
            .filter((control) => {
              const box = control.getBoundingClientRect();
              return box.width > 0 && (box.left < 0 || box.right > screen);
            })
            .map(
              (control) => `${control.tagName.toLowerCase()} ${control.id || control.getAttribute('name')}`,
            ),
        PHONE.width,
      );
      if (cut.length > 0) wider.push(`${locale} ${path}: ${cut.join(', ')}`);
    }
  }
  expect(wider).toEqual([]);
  await page.context().close();
});

test('on a 375 px phone a lab result reads whole: each analyte a card of label–value lines', async ({
  browser,
}) => {
  const narrow = { width: 375, height: 812 };
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', {
    language: 'ru',
    viewport: narrow,
  });
  // Her latest lipid panel (the LDL trend's newest result): five analytes, each with its reference range.
  await page.goto(new URL('/card/trends/13457-7', PATIENT_URL).href);
  await page.getByTestId('trend-table').locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/card\/results\/[0-9a-f-]{36}/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(narrow.width);
  const rows = page.getByTestId('lab-value');
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    for (const cell of await row.locator('th, td').all()) {
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(narrow.width);
    }
  }
  // Each value is named by its column's label, as the table's head is out of sight.
  const value = rows.first().locator('td').first();
  expect(await value.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Результат"');
  // The analyte heads its card in the text's own colour, not the muted grey of a column heading.
  const analyte = rows.first().locator('th');
  expect(await analyte.evaluate((th) => getComputedStyle(th).color)).toBe(
    await page.evaluate(() => getComputedStyle(document.body).color),
  );
  await page.screenshot({ path: test.info().outputPath('lab-result-375.png'), fullPage: true });
  await page.context().close();
});

test('on a phone a trend reads whole in Russian: each measurement a card, the flag of a high one in view', async ({
  browser,
}) => {
  const page = await signedIn(browser, PATIENT_URL, 'anna.petrova@demo.telemed', {
    language: 'ru',
    viewport: PHONE,
  });
  // Her LDL cholesterol: normal in March, above the range in July. "Отметка" was the fourth column, scrolled
  // out of the card on a 390 px screen, so "Выше нормы" was not to be seen.
  await page.goto(new URL('/card/trends/13457-7', PATIENT_URL).href);
  const points = page.getByTestId('trend-point');
  expect(await points.count()).toBeGreaterThan(1);
  for (const point of await points.all()) {
    for (const cell of await point.locator('th, td').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
  }
  const high = points.filter({ hasText: 'Выше нормы' }).first();
  await high.scrollIntoViewIfNeeded();
  const flag = high.getByText('Выше нормы');
  await expect(flag).toBeInViewport({ ratio: 1 });
  expect(await high.locator('td.flag').evaluate((td) => getComputedStyle(td, '::before').content)).toBe(
    '"Отметка"',
  );
  await page.screenshot({ path: test.info().outputPath('trend-ru-390.png'), fullPage: true });
  await page.context().close();
});

test("on a phone the doctor's appointment page and the patient's history fit the screen, lab values as cards", async ({
  browser,
}) => {
  // Anna's consultation with Dr Smirnova shows her recent labs and her insurance use: two four-column tables
  // that made both pages scroll sideways (509 px on a 390 px screen).
  const page = await signedIn(browser, DOCTOR_URL, 'dr.smirnova@demo.telemed', {
    language: 'ru',
    viewport: PHONE,
  });
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ id: string; patient: string }[]>`
    select ap.id, ap.patient_id as patient from appointments ap
    join patients p on p.id = ap.patient_id join accounts a on a.id = p.account_id
    join practitioners pr on pr.id = ap.practitioner_id join accounts d on d.id = pr.account_id
    where a.email = 'anna.petrova@demo.telemed' and d.email = 'dr.smirnova@demo.telemed'
    order by ap.starts_at desc limit 1`;
  await sql.end();
  const wider: string[] = [];
  for (const path of [`/appointments/${row!.id}`, `/patients/${row!.patient}`]) {
    await page.goto(new URL(path, DOCTOR_URL).href);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) wider.push(`${path}: ${width} px`);
  }
  expect(wider).toEqual([]);
  await page.goto(new URL(`/appointments/${row!.id}`, DOCTOR_URL).href);
  const labs = page.getByTestId('recent-labs').getByTestId('lab-value');
  expect(await labs.count()).toBeGreaterThan(0);
  const date = labs.first().locator('td').last();
  expect(await date.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Дата"');
  await page.context().close();
});
