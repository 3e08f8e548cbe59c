import type { Page } from './fixtures.js';

/** The header's main navigation, in either language (on a phone the tab bar has the same name). */
export const mainNav = (page: Page) =>
  page.getByRole('navigation', { name: /^(Main navigation|Основная навигация)$/ });

/**
 * Follows a section link of the header's main navigation, opening its "More" first when the section is listed
 * there (web-shared AppShell: the row keeps what fits one line in Russian).
 */
export async function openSection(page: Page, name: string): Promise<void> {
  const nav = mainNav(page);
  await nav.waitFor();
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await nav.getByTestId('nav-more').click();
  await link.click();
}
