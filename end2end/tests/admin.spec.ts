import { expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADMIN_PASSWORD, signIn } from './console';
import { emulate, IPHONE } from './devices';

// The web server seeds one tenant per project (see playwright.config.ts), so the JS-off and
// hydrated runs never edit the same tenant at the same time.

test('an admin brands the guide and switches the policy; employees see both', async ({ browser }, info) => {
  const slug = `e2e-${info.project.name}`;
  const context = await browser.newContext();
  const admin = await context.newPage();

  await admin.goto(`/admin/t/${slug}`);
  await expect(admin).toHaveURL(new RegExp(`/admin/login\\?tenant=${slug}$`));
  await admin.getByLabel('Email').fill(`owner@${slug}.example`);
  await admin.getByLabel('Password').fill(ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Sign in', exact: true }).click();
  await admin.getByRole('link', { name: `Tenant ${slug}` }).click();
  await admin.getByRole('link', { name: 'Branding' }).click();

  // A colour too light for white text is refused with its ratio and a suggestion.
  await admin.getByLabel('Display name').fill('Northwind Traders');
  await admin.getByLabel('Primary color').fill('#ff99cc');
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await expect(admin.locator('#primary_color-error')).toContainText(/contrast of \d\.\d+:1/);
  await expect(admin.getByLabel('Display name')).toHaveValue('Northwind Traders');

  await admin.getByLabel('Primary color').fill('#7a1f5c');
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await expect(admin.getByRole('status')).toHaveText('Draft saved. Check the preview, then publish.');

  // SVG is refused with a reason; a PNG is taken.
  await admin.getByLabel('Logo file').setInputFiles(path.join(__dirname, '../fixtures/logo.svg'));
  await admin.getByRole('button', { name: 'Upload logo' }).click();
  await expect(admin.getByRole('alert')).toContainText('SVG logos are not accepted');
  await admin.getByLabel('Logo file').setInputFiles(path.join(__dirname, '../fixtures/logo.png'));
  await admin.getByRole('button', { name: 'Upload logo' }).click();
  await expect(admin.getByRole('status')).toHaveText('Logo added to the draft.');

  // The preview shows the draft before anyone else sees it.
  const preview = admin.locator('[data-preview] .button');
  await expect(preview).toHaveCSS('background-color', 'rgb(122, 31, 92)');
  await expect(admin.locator('[data-preview] img')).toBeVisible();

  const employee = await context.newPage();
  await emulate(employee, IPHONE);
  await employee.goto(`/t/${slug}/`);
  await expect(employee.locator('.site-header .brand')).toHaveText(`Tenant ${slug}`);

  await admin.getByRole('button', { name: 'Publish' }).click();
  await expect(admin.getByRole('status')).toHaveText('Published. Employees now see the new branding.');

  await employee.reload();
  await expect(employee.locator('.site-header .brand')).toHaveText('Northwind Traders');
  await expect(employee.locator('.site-header .brand img')).toBeVisible();
  const primary = employee.locator('article.flow-card.primary');
  await expect(primary.getByRole('link')).toHaveCSS('background-color', 'rgb(122, 31, 92)');
  await expect(primary).toHaveAttribute('data-flow', 'iphone-icloud-keychain');
  const logo = await employee.request.get(`/t/${slug}/logo`);
  expect(logo.headers()['content-type']).toBe('image/png');

  // Device-bound only: iCloud Keychain leaves the iPhone's recommendations.
  await admin.getByRole('link', { name: 'Passkey policy' }).click();
  await admin.getByLabel('Device-bound passkeys only').check();
  await admin.getByRole('button', { name: 'Save policy' }).click();
  await expect(admin.getByRole('status')).toHaveText('Policy saved. The guide uses it from now on.');

  await employee.reload();
  await expect(primary).toHaveAttribute('data-flow', 'iphone-authenticator');
  await expect(employee.locator('article[data-flow="iphone-icloud-keychain"]')).toHaveCount(0);
  await expect(employee.locator('.unavailable li[data-flow="iphone-icloud-keychain"]')).toBeVisible();
  await context.close();
});

test('a tampered personal link shows a clear page that still leads to the guide', async ({ page }, info) => {
  const slug = `e2e-${info.project.name}`;
  await page.goto(`/t/${slug}/link/not-a-real-token`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
  await page.getByRole('link', { name: 'Open the guide' }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/$`));
});

test('an owner downloads every personal link from the overview', async ({ page }, info) => {
  const slug = `e2e-${info.project.name}`;
  await signIn(page, `owner@${slug}.example`);
  await page.getByRole('link', { name: `Tenant ${slug}` }).click();
  // A form, not a link: the links are personal data (and with "announce" the export starts
  // reminder clocks), so it needs the session's token.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download links (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${slug}-links.csv`);
  const [header, ...rows] = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  const cols = header.split(',');
  const email = cols.indexOf('email');
  const link = cols.indexOf('link');
  expect(email).toBeGreaterThanOrEqual(0);
  const emails = rows.map((r) => r.split(',')[email]).sort();
  expect(emails).toEqual(['ada', 'grace', 'linus', 'mary'].map((p) => `${p}@${slug}.example`));
  for (const r of rows) {
    expect(new URL(r.split(',')[link]).pathname).toMatch(new RegExp(`^/t/${slug}/link/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
  }
  // The page stays where it was, ready for the next mailing; the owner's audit log has it.
  await expect(page).toHaveURL(new RegExp(`/admin/t/${slug}$`));
  await page.goto(`/admin/t/${slug}/audit`);
  await expect(
    page.locator('table[data-table="audit"] tr[data-action="links-exported"]').filter({ hasText: `owner@${slug}.example` }),
  ).not.toHaveCount(0);
});
