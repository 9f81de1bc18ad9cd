import { expect, test } from '@playwright/test';
import { emulate, IPHONE, MAC_SAFARI, SAMSUNG, WINDOWS_11, settled } from './devices';

test('iPhone: recommended flow, steps and the hand-off link', async ({ page }) => {
  await emulate(page, IPHONE);
  await page.goto('/');
  await expect(page.locator('dl.device')).toHaveAttribute('data-platform', 'iphone');
  await expect(page.locator('dl.device')).toContainText('iOS 17.4');
  const primary = page.locator('article.flow-card.primary');
  await expect(primary).toHaveAttribute('data-flow', 'iphone-icloud-keychain');
  await expect(page.locator('article[data-flow="iphone-authenticator"]')).toBeVisible();
  if (test.info().project.name === 'js-off') {
    // No check runs without JavaScript, so its placeholder is not shown either.
    const placeholder = page.getByText('Checking what this browser can do');
    await expect(placeholder).toHaveCount(1);
    await expect(placeholder).toBeHidden();
  }

  await settled(page);
  await page.locator('article[data-flow="iphone-authenticator"]').getByRole('link').click();
  await expect(page).toHaveURL(/\/guide\/iphone-authenticator$/);
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of \d+$/);

  // Walk forward to the hand-off step.
  let handoff = page.locator('a[data-handoff]');
  for (let i = 0; i < 8 && (await handoff.count()) === 0; i++) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  await expect(handoff).toHaveText('Open Security info');
  // A plain link without JavaScript (in-app browsers lose new tabs); a new tab once hydrated.
  if (test.info().project.name === 'hydrated') {
    await expect(handoff).toHaveAttribute('target', '_blank');
  } else {
    await expect(handoff).not.toHaveAttribute('target', /.*/);
  }
  const href = await handoff.getAttribute('href');
  expect(href).toMatch(/^\/guide\/iphone-authenticator\/handoff\?step=\d+$/);
  const res = await page.request.get(href!, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers()['location']).toBe('https://aka.ms/mysecurityinfo');

  // Finish: the last step leads to the closing screen.
  while ((await page.getByRole('link', { name: "I'm done" }).count()) === 0) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  await page.getByRole('link', { name: "I'm done" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have a passkey');
});

test('Samsung phone: model and Android version from client hints', async ({ page }) => {
  await emulate(page, SAMSUNG);
  await page.goto('/');
  const device = page.locator('dl.device');
  await expect(device).toHaveAttribute('data-platform', 'samsung');
  await expect(device).toContainText('SM-S911B');
  await expect(device).toContainText('Android 14');
  // Synced passkeys are allowed in the generic guide: Samsung Pass comes first.
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'samsung-pass');
  await settled(page);
  await page.locator('article.flow-card.primary').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.steps li')).not.toHaveCount(0);
});

test('Windows 11: told apart from 10 by the platform-version hint', async ({ page }) => {
  await emulate(page, WINDOWS_11);
  await page.goto('/');
  await expect(page.locator('dl.device')).toContainText('Windows 11');
  // Windows Hello is off unless the organisation turns it on (guidance.spec.ts).
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'phone-from-desktop');
  await expect(page.locator('article[data-flow="security-key"]')).toBeVisible();
});

test('the language switch changes the page and is remembered', async ({ page }) => {
  await emulate(page, IPHONE);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Richten Sie Ihren Passkey ein');
  await settled(page);
  await page.locator('article.flow-card.primary').getByRole('link').click();
  await expect(page.locator('.step-count')).toHaveText(/^Schritt 1 von \d+$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of \d+$/);
});

test('"not your device?" picks another device without JavaScript', async ({ page }) => {
  await emulate(page, WINDOWS_11);
  await page.goto('/');
  await page.getByRole('navigation').first(); // header present
  await page.locator('.platforms').getByRole('link', { name: 'iPhone' }).click();
  await expect(page).toHaveURL(/\?device=iphone$/);
  await expect(page.locator('dl.device')).toHaveAttribute('data-platform', 'iphone');
  await settled(page);
  await page.locator('article.flow-card.primary').getByRole('link').click();
  await expect(page).toHaveURL(/\/guide\/iphone-icloud-keychain\?device=iphone$/);
});

test('a 10 KB User-Agent gets a normal page', async ({ page }) => {
  await emulate(page, { userAgent: 'Mozilla/5.0 (' + 'A'.repeat(10_240) + ')' });
  const res = await page.goto('/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your passkey');
});

test('Mac Safari is told it might be an iPad', async ({ page }) => {
  await emulate(page, MAC_SAFARI);
  await page.goto('/');
  await expect(page.locator('[data-note="maybe-ipad"]')).toBeVisible();
});
