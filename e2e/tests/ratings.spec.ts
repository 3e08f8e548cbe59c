import { expect, test } from '../fixtures.js';
import { signedIn } from '../sign-in.js';
import { DOCTOR_URL, PATIENT_URL } from '../urls.js';

// Ratings end to end: a member rates her completed consultation (seeded for this journey only, api/src/seed/
// ratings.ts) from its conclusion in the archive, and the doctor's review count in search goes up by one.
const MEMBER = 'vera.kozlova@demo.telemed';
const DOCTOR = 'Alsu Garipova';

test('a member rates a completed visit and the rating appears in doctor search', async ({ browser }) => {
  const page = await signedIn(browser, PATIENT_URL, MEMBER);
  const search = new URL('/book?specialty=therapist', PATIENT_URL).href;

  await page.goto(search);
  const summary = page.getByTestId('doctor-card').filter({ hasText: DOCTOR }).getByTestId('rating-summary');
  await expect(summary).toBeVisible();
  const before = Number(await summary.getAttribute('data-count'));

  // The visit's conclusion in the archive carries the form.
  await page.goto(new URL('/archive', PATIENT_URL).href);
  await page.getByTestId('archive-conclusion').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/archive\/[0-9a-f-]{36}$/);
  const visitUrl = page.url();
  const form = page.getByTestId('rate-visit');
  await expect(form.getByRole('heading', { name: 'Rate this visit' })).toBeVisible();
  await form
    .getByRole('group', { name: `The doctor: ${DOCTOR}` })
    .getByRole('radio', { name: '5 stars out of 5' })
    .check();
  await form
    .getByRole('group', { name: /^The clinic: / })
    .getByRole('radio', { name: '4 stars out of 5' })
    .check();
  await form.getByLabel('Comment (optional)').fill('Clear explanations and a careful plan.');
  await form.getByRole('button', { name: 'Send rating' }).click();

  // Thanks, and the rating given instead of the form.
  await expect(page.getByRole('status').filter({ hasText: 'Thank you for your rating!' })).toBeVisible();
  const given = page.getByTestId('visit-rating');
  await expect(given).toContainText('5 stars out of 5');
  await expect(given).toContainText('4 stars out of 5');
  await expect(given).toContainText('Clear explanations and a careful plan.');
  await expect(page.getByTestId('rate-visit')).toHaveCount(0);

  // Search shows one review more, in words a screen reader reads too.
  await page.goto(search);
  await expect(summary).toHaveAttribute('data-count', String(before + 1));
  await expect(summary).toContainText(`${before + 1} reviews`);
  await expect(summary).toContainText(`from ${before + 1} reviews`);

  // The admin hides the comment with a reason; the member then sees her stars but not the text.
  const comment = 'Clear explanations and a careful plan.';
  const admin = await signedIn(browser, DOCTOR_URL, 'admin@demo.telemed');
  await admin.goto(new URL('/admin/ratings?show=visible', DOCTOR_URL).href);
  const item = admin.getByTestId('moderation-item').filter({ hasText: comment });
  await item.getByLabel('Reason for hiding').fill('Test of moderation');
  await item.getByRole('button', { name: 'Hide comment' }).click();
  // Once hidden it leaves the list of shown comments.
  await expect(item).toHaveCount(0);
  await admin.goto(new URL('/admin/ratings?show=hidden', DOCTOR_URL).href);
  await expect(
    admin.getByTestId('moderation-item').filter({ hasText: comment }).getByTestId('hidden-note'),
  ).toContainText('Test of moderation');

  await page.goto(visitUrl);
  await expect(page.getByTestId('visit-rating')).toContainText('5 stars out of 5');
  await expect(page.getByTestId('visit-rating')).not.toContainText(comment);
});
