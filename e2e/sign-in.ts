import { expect, type Browser, type BrowserContext, type Page } from './fixtures.js';
import { finishSignIn } from './second-factor.js';

/** The demo accounts' password (api/src/seed/demo-people.ts). */
export const PASSWORD = 'Telemed-Demo-2026';

export type Language = 'ru' | 'en';

/**
 * The cookies of a language switched on the sign-in page: the sign-in that follows keeps it (and saves it on the
 * account) instead of applying the account's own language.
 */
export const chosenLanguage = (language: Language, url: string) => [
  { name: 'tm_locale', value: language, url },
  { name: 'tm_locale_chosen', value: '1', url },
];

/** The sign-in form's labels in each language (web-shared/src/i18n/{ru,en}). */
const FORM = {
  en: { login: 'E-mail or phone', password: 'Password', submit: 'Sign in' },
  ru: { login: 'Электронная почта или телефон', password: 'Пароль', submit: 'Войти' },
} as const;

/**
 * Signs a demo account in on the sign-in form of the app at `appUrl` (shown in `language`), with the second step
 * for staff, and waits until the app has let them in.
 */
export async function signIn(
  page: Page,
  appUrl: string,
  login: string,
  language: Language = 'en',
): Promise<void> {
  const form = FORM[language];
  await page.goto(new URL('/login', appUrl).href);
  await page.getByLabel(form.login).fill(login);
  await page.getByLabel(form.password).fill(PASSWORD);
  await page.getByRole('button', { name: form.submit }).click();
  await finishSignIn(page, login);
  await expect(page).not.toHaveURL(/\/login/);
}

export interface SignedInOptions {
  /** The app's language (its `tm_locale` cookie); English by default. */
  language?: Language;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Runs on the new context before its page opens: routes to block, permissions, init scripts. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/** A new browser context with a demo account signed in to the app at `appUrl`: its page. */
export async function signedIn(
  browser: Browser,
  appUrl: string,
  login: string,
  { language = 'en', prepare, ...contextOptions }: SignedInOptions = {},
): Promise<Page> {
  const context = await browser.newContext(contextOptions);
  await context.addCookies(chosenLanguage(language, appUrl));
  await prepare?.(context);
  const page = await context.newPage();
  await signIn(page, appUrl, login, language);
  return page;
}
