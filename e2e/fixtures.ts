import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { Browser, BrowserContext, Page };

/** WCAG 2.0 and 2.1, levels A and AA: what the accessibility check fails on. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Phone and desktop layouts are different pages to a screen reader; anything narrower than a tablet counts as phone. */
const PHONE_MAX_WIDTH = 600;

/**
 * Pages a journey passes through are checked once per run for each route and layout: ids in the path are one route,
 * the query string does not make a new page.
 */
const checkedRoutes = new Set<string>();

/** The call pages join a live room when opened, so journeys check them in place with {@link checkAccessibility}. */
const NOT_REVISITED = [/\/call$/];

function routeKey(url: URL, width: number): string {
  const path = url.pathname
    .split('/')
    .map((segment) => (/^[0-9a-f-]{8,}$/i.test(segment) || /^\d+$/.test(segment) ? ':id' : segment))
    .join('/');
  return `${url.origin}${path} ${width <= PHONE_MAX_WIDTH ? 'phone' : 'desktop'}`;
}

function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Runs axe-core on a page as it is now and fails the test on any WCAG 2.x A/AA violation. */
export async function checkAccessibility(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(describe(results.violations), `accessibility of ${page.url()}`).toEqual([]);
}

const appOrigins = (): string[] =>
  [process.env.PATIENT_URL, process.env.DOCTOR_URL]
    .filter((u): u is string => !!u)
    .map((u) => new URL(u).origin);

/**
 * Every browser context a journey opens is followed: the app pages it navigates to (with the viewport they had) are
 * opened again in that context, signed in as the journey was, and checked with axe before the context closes.
 * Revisiting keeps the check out of the journey's way; GET pages in both apps have no side effects.
 */
export const test = base.extend<{ accessibility: void }>({
  accessibility: [
    async ({ browser, context }, use, testInfo) => {
      const found: string[] = [];
      const visits = new Map<BrowserContext, Map<string, { url: string; width: number; height: number }>>();

      const sweep = async (context: BrowserContext) => {
        const pending = visits.get(context);
        visits.delete(context);
        if (!pending) return;
        for (const [key, visit] of pending) {
          if (checkedRoutes.has(key)) continue;
          checkedRoutes.add(key);
          const page = await context.newPage();
          try {
            await page.setViewportSize({ width: visit.width, height: visit.height });
            const response = await page.goto(visit.url, { waitUntil: 'load' });
            if (!response?.headers()['content-type']?.startsWith('text/html')) continue;
            const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
            found.push(...describe(results.violations).map((line) => `${visit.url} [${key}]: ${line}`));
          } finally {
            await page.close();
          }
        }
      };

      const follow = (context: BrowserContext) => {
        const pending = new Map<string, { url: string; width: number; height: number }>();
        visits.set(context, pending);
        const origins = appOrigins();
        context.on('page', (page) =>
          page.on('framenavigated', (frame) => {
            if (frame !== page.mainFrame()) return;
            const url = new URL(frame.url());
            if (!origins.includes(url.origin) || url.search.startsWith('?/')) return;
            if (NOT_REVISITED.some((pattern) => pattern.test(url.pathname))) return;
            const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
            const key = routeKey(url, viewport.width);
            if (!checkedRoutes.has(key) && !pending.has(key))
              pending.set(key, { url: url.href, ...viewport });
          }),
        );
        const close = context.close.bind(context);
        context.close = async (options) => {
          await sweep(context).catch((error: unknown) =>
            found.push(`accessibility sweep failed: ${String(error)}`),
          );
          return close(options);
        };
      };

      follow(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        follow(context);
        return context;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      for (const context of [...visits.keys()]) await sweep(context);
      if (found.length > 0) await testInfo.attach('accessibility-violations', { body: found.join('\n') });
      expect(found, 'WCAG 2.x A/AA violations on pages this journey visited').toEqual([]);
    },
    { auto: true, timeout: 180_000 },
  ],
});
