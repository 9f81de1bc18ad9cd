import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  ANDROID_INSTAGRAM,
  emulate,
  IPHONE,
  IPHONE_FACEBOOK,
  SAMSUNG,
  settled,
  WINDOWS_11,
} from './devices';
import { signIn } from './console';
import { personalLink } from './links';

// The paths that follow Entra's defaults and Microsoft's recommended steps: Windows Hello only
// where the organisation allows it (and not on a company PC), Samsung's synced passkeys where
// synced passkeys are allowed, Authenticator's in-app path, the test sign-in that ends every
// flow, and the way out of an app's built-in browser. Each project has its own tenants
// (playwright.config.ts): `e2e-<project>` allows synced passkeys, `e2e-<project>-strict` allows
// device-bound passkeys only and has Windows Hello turned on.

const strict = (project: string) => `/t/e2e-${project}-strict`;

/** Clicks "Next step" until the page has `locator`, as an employee reading on would. */
async function nextUntil(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 10 && (await page.locator(selector).count()) === 0; i++) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  await expect(page.locator(selector)).toBeVisible();
}

test('Windows 11, generic guide: the phone comes first and Windows Hello is not offered', async ({ page }) => {
  await emulate(page, WINDOWS_11);
  await page.goto('/');
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'phone-from-desktop');
  await expect(page.locator('article[data-flow="windows-hello"]')).toHaveCount(0);
  await expect(page.locator('.unavailable li[data-flow="windows-hello"]')).toContainText(
    'Your organization does not support this',
  );
});

test('Windows Hello where it is allowed: a company PC is sent to the phone, with the reason', async ({ page }, info) => {
  await emulate(page, WINDOWS_11);
  await page.goto(`${strict(info.project.name)}/`);
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'windows-hello');
  await settled(page);
  await page.locator('article.flow-card.primary').getByRole('link').click();

  // The question comes before anything is set up.
  await nextUntil(page, 'form.managed-pc-question');
  const asked = Number(new URL(page.url()).pathname.split('/').pop() || '1');
  await expect(page.locator('a[data-handoff]')).toHaveCount(0);
  await page.getByRole('button', { name: "Yes, it's a company PC" }).click();
  await expect(page).toHaveURL(new RegExp(`${strict(info.project.name)}/\\?managed-pc=1$`));
  await expect(page.locator('[data-note="managed-pc"]')).toContainText('Windows Hello for Business');
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'phone-from-desktop');
  await expect(page.locator('.unavailable li[data-flow="windows-hello"]')).toContainText('Not on a company PC');

  // Their own PC: on to the next step of the Windows Hello flow.
  await page.goto(`${strict(info.project.name)}/guide/windows-hello/step/${asked}`);
  await page.getByRole('button', { name: "No, it's my own PC" }).click();
  await expect(page).toHaveURL(new RegExp(`/guide/windows-hello/step/${asked + 1}$`));
});

test('Samsung where synced passkeys are allowed: Samsung Pass, then Google Password Manager', async ({ page }) => {
  await emulate(page, SAMSUNG);
  await page.goto('/');
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'samsung-pass');
  const order = await page.locator('article.flow-card').evaluateAll((cards) =>
    cards.map((c) => c.getAttribute('data-flow')),
  );
  expect(order).toEqual(['samsung-pass', 'android-google-password-manager', 'samsung']);
  await settled(page);
  await page.locator('article.flow-card.primary').getByRole('link').click();
  await expect(page.locator('.step-body')).toContainText('One UI 6');
  await nextUntil(page, 'a[data-handoff]');
  await expect(page.locator('.step-body')).toContainText('Passkey');

  // Google Password Manager gives a Samsung phone the taps to pick Google as the provider.
  await page.goto('/guide/android-google-password-manager');
  await expect(page.locator('body')).not.toContainText('not on Samsung');
});

test('Samsung where only device-bound passkeys are allowed: Authenticator only', async ({ page }, info) => {
  await emulate(page, SAMSUNG);
  await page.goto(`${strict(info.project.name)}/`);
  await expect(page.locator('article.flow-card')).toHaveCount(1);
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'samsung');
  await expect(page.locator('.unavailable li[data-flow="samsung-pass"]')).toBeVisible();
});

test('Authenticator on an iPhone: the in-app path first, Security info as the check', async ({ page }) => {
  await emulate(page, IPHONE);
  await page.goto('/guide/iphone-authenticator');
  await expect(page.locator('.steps li').first()).toBeVisible();
  const steps = await page.locator('.steps li').allTextContents();
  const handoffAt = steps.findIndex((s) => /Security info/.test(s));
  // The passkey is created in the app before Security info is opened.
  await nextUntil(page, '.step-body:has-text("Work or school account")');
  await expect(page.locator('.step-body')).toContainText('Create a passkey');
  await expect(page.locator('.step-body')).toContainText('Add account');
  expect(handoffAt).toBeGreaterThan(Number(new URL(page.url()).pathname.split('/').pop()) - 1);
  await nextUntil(page, 'a[data-handoff]');
  await expect(page.locator('.step-body')).toContainText('Passkey in Microsoft Authenticator');
});

test('every flow ends with the test sign-in; "no" leads to the sign-in causes', async ({ page }, info) => {
  const slug = `e2e-${info.project.name}`;
  await emulate(page, IPHONE);
  await page.goto(personalLink(info.project.name, 'mary'));
  await settled(page);
  // Authenticator is offered under any policy (admin.spec.ts makes this tenant device-bound).
  await page.locator('article[data-flow="iphone-authenticator"]').getByRole('link').click();
  await nextUntil(page, 'form.sign-in-question');
  await expect(page.getByRole('link', { name: "I'm done" })).toBeVisible();
  await page.getByRole('button', { name: "No, it didn't work" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/guide/iphone-authenticator/step/\\d+/stuck$`));
  await expect(page.locator('[data-cause="sign-in-failed"]')).toBeVisible();
  await expect(page.locator('[data-cause="sign-in-too-many-passkeys"]')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the step' }).click();
  await page.getByRole('button', { name: 'Yes, I signed in with my passkey' }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/guide/iphone-authenticator/done$`));

  // The helpdesk sees the test as its own step of the journey.
  const help = await (await page.context().browser()!.newContext()).newPage();
  await signIn(help, `help@${slug}.example`);
  await help.goto(`/admin/t/${slug}/roster?q=Mary`);
  await help.getByRole('link', { name: 'Mary Jackson' }).click();
  await expect(help.locator('[data-stage]')).toHaveAttribute('data-stage', 'signed-in');
  const tests = help.locator('tr[data-kind="sign-in-tested"]');
  await expect(tests.filter({ hasText: 'The sign-in worked' })).toHaveCount(1);
  await expect(tests.filter({ hasText: 'The sign-in did not work' })).toHaveCount(1);
  await help.context().close();
});

test('Android in-app browser: the way out is an intent link to the default browser', async ({ page }) => {
  await emulate(page, ANDROID_INSTAGRAM);
  await page.goto('/');
  const escape = page.locator('main > section.escape');
  await expect(escape).toHaveAttribute('data-in-app', 'instagram');
  // First in the page, before the guide itself.
  await expect(page.locator('main > *').first()).toHaveClass(/escape/);
  const intent = escape.locator('a[data-escape="intent"]');
  const href = (await intent.getAttribute('href'))!;
  const origin = new URL(page.url());
  expect(href).toBe(
    `intent://${origin.host}/#Intent;scheme=${origin.protocol.replace(':', '')};action=android.intent.action.VIEW;end`,
  );
  await expect(escape.locator('input[readonly]')).toHaveValue(`${origin.origin}/`);
});

test('iPhone in-app browser: Safari steps for the app and a link to copy', async ({ page }, info) => {
  await emulate(page, IPHONE_FACEBOOK);
  await page.goto(personalLink(info.project.name, 'grace'));
  const escape = page.locator('main > section.escape');
  await expect(escape).toHaveAttribute('data-in-app', 'facebook');
  await expect(escape.locator('[data-escape="ios-steps"]')).toContainText('Open in external browser');
  await expect(escape.locator('a[data-escape="intent"]')).toHaveCount(0);
  // The employee's own link, so their progress follows them into Safari.
  const field = escape.locator('input[readonly]');
  await expect(field).toHaveValue(new RegExp(`/t/e2e-${info.project.name}/link/`));
  const copy = escape.getByRole('button', { name: 'Copy link' });
  if (info.project.name === 'hydrated') {
    await expect(copy).toBeVisible();
  } else {
    // Without JavaScript the link is selectable text, and no button pretends to copy it.
    await expect(copy).toBeHidden();
  }
});

test('one page lists every known problem, each with its anchor', async ({ page }) => {
  const file = path.join(__dirname, '..', '..', 'app', 'flows', 'troubleshooting.toml');
  const ids = [...fs.readFileSync(file, 'utf8').matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Known problems, by what you see');
  for (const id of ids) {
    await expect(page.locator(`section#${id} h2`)).toHaveCount(1);
    await expect(page.locator(`.help-contents a[href="#${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('section.cause')).toHaveCount(ids.length);
  // Reachable from every page's footer.
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'All known problems' }).click();
  await expect(page).toHaveURL(/\/help$/);
});
