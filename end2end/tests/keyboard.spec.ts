import { expect, test, type Locator, type Page } from '@playwright/test';
import { emulate, IPHONE } from './devices';

/** Presses Enter on the focused link and waits for the next page. */
async function follow(page: Page) {
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.toString() !== before);
}

/** Presses Tab until `target` has focus; fails if it is not reachable in `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await target
      .evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })
      .catch(() => false);
    if (focused) return;
  }
  throw new Error(`not reachable by Tab: ${target}`);
}

test('the whole journey works from the keyboard, with a visible focus ring', async ({ page }) => {
  test.setTimeout(120_000);
  await emulate(page, IPHONE);
  await page.goto('/');

  // The first Tab lands on the skip link, which is visible when focused.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const start = page.locator('article.flow-card.primary').getByRole('link');
  await tabTo(page, start);
  await expect(start).not.toHaveCSS('outline-style', 'none');
  await follow(page);
  await expect(page).toHaveURL(/\/guide\/iphone-icloud-keychain$/);

  // Step by step with Tab and Enter until the hand-off, which is reachable and labelled.
  const next = page.getByRole('link', { name: 'Next step' });
  const handoff = page.locator('a[data-handoff]');
  for (let i = 0; i < 8 && (await handoff.count()) === 0; i++) {
    await tabTo(page, next);
    await follow(page);
  }
  await tabTo(page, handoff);
  await expect(handoff).toHaveAccessibleDescription(/new tab|Security info/i);

  const done = page.getByRole('link', { name: "I'm done" });
  while ((await done.count()) === 0) {
    await tabTo(page, next);
    await follow(page);
  }
  await tabTo(page, done);
  await follow(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have a passkey');
});

test('the print view lists every step of a flow with the hand-off address', async ({ page }) => {
  await emulate(page, IPHONE);
  await page.goto('/guide/iphone-authenticator/step/2');
  await page.getByRole('link', { name: 'Printable version with all steps' }).click();
  await expect(page).toHaveURL(/\/guide\/iphone-authenticator\/print$/);
  const steps = page.locator('.print-steps > li');
  expect(await steps.count()).toBeGreaterThan(3);
  await expect(page.locator('.handoff-note')).toContainText('https://aka.ms/mysecurityinfo');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('.print-steps')).toBeVisible();
});
