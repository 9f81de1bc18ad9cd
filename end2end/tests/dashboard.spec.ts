import { expect, test, type Page } from '@playwright/test';
import { emulate, SAMSUNG } from './devices';
import { signIn } from './console';
import { personalLink } from './links';

// The rollout dashboard with JavaScript off and on (the two projects). Grace is the only
// employee of the Finance department (playwright.config.ts) and only this file uses her, so the
// Finance view's numbers are known even while other tests run.

/** A table's header and rows, cell by cell, as on the screen. */
async function tableRows(page: Page, table: string): Promise<string[][]> {
  const t = page.locator(`table[data-table="${table}"]`);
  const head = (await t.locator('thead th').allTextContents()).map((c) => c.trim());
  const rows = await t.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())),
  );
  return [head, ...rows];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function csvRows(page: Page, href: string): Promise<string[][]> {
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  return parseCsv(await res.text());
}

test('an owner reads the funnel, devices and stragglers, and the CSV matches the screen', async ({ browser }, info) => {
  const slug = `e2e-${info.project.name}`;
  // Grace opens her link on a Galaxy phone: opened, not yet started.
  const phone = await browser.newPage();
  await emulate(phone, SAMSUNG);
  await phone.goto(personalLink(info.project.name, 'grace'));
  await expect(phone.locator('h1')).toBeVisible();
  await phone.close();

  const page = await browser.newPage();
  await signIn(page, `owner@${slug}.example`);
  await page.goto(`/admin/t/${slug}`);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rollout dashboard');
  // Charts are SVG images with a name and description, readable without JavaScript.
  await expect(page.getByRole('img', { name: /^Funnel/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Devices/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Registrations per day/ })).toBeVisible();

  // Filter to Finance with the form (a plain GET).
  await page.getByLabel('Department').selectOption('Finance');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/department=Finance/);
  const funnel = page.locator('section', { has: page.locator('#funnel-heading') });
  await funnel.getByText('Show the numbers as a table').click();
  // Her visit is stored by a background writer: reload until it shows (bounded).
  await expect(async () => {
    await page.reload();
    await funnel.getByText('Show the numbers as a table').click();
    const rows = await tableRows(page, 'funnel');
    expect(rows.slice(1, 4)).toEqual([
      ['In the roster', '1', '100%', ''],
      ['Sent their link', '1', '100%', '100%'],
      ['Opened their link', '1', '100%', '100%'],
    ]);
  }).toPass({ timeout: 10_000 });
  const onScreen = await tableRows(page, 'funnel');
  const href = await funnel.getByRole('link', { name: 'Download this table (CSV)' }).getAttribute('href');
  expect(href).toBe(`/admin/t/${slug}/dashboard/funnel.csv?department=Finance`);
  expect(await csvRows(page, href!)).toEqual(onScreen);

  // The devices table says where she came from.
  const devices = await tableRows(page, 'platforms');
  expect(devices[1]).toEqual(['Samsung Galaxy', '1', '0', '0%', '0', '0']);

  // Who is left: Grace, started but not finished; the list and its CSV agree.
  await page.getByRole('link', { name: 'Started, not finished: 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employees without a passkey');
  await expect(page.locator('[data-total]')).toHaveText('One employee.');
  const people = await tableRows(page, 'stragglers');
  expect(people[1].slice(0, 6)).toEqual([
    'Grace Hopper',
    `grace@${slug}.example`,
    'Finance',
    '',
    'Started, not finished',
    '',
  ]);
  expect(people[1][6]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  const csvHref = await page.getByRole('link', { name: 'Download all of them (CSV)' }).getAttribute('href');
  expect(await csvRows(page, csvHref!)).toEqual(people);
  // Her name leads to the helpdesk view of her journey.
  await page.getByRole('link', { name: 'Grace Hopper' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grace Hopper');
});

test('the helpdesk cannot open the dashboard, and the audit log is for owners', async ({ browser }, info) => {
  const slug = `e2e-${info.project.name}`;
  const help = await browser.newPage();
  await signIn(help, `help@${slug}.example`);
  await help.goto(`/admin/t/${slug}`);
  await expect(help.getByRole('navigation').getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  const res = await help.goto(`/admin/t/${slug}/dashboard`);
  expect(res?.status()).toBe(403);
  await expect(help.locator('main')).toContainText('Your role in this organization');
  expect((await help.request.get(`/admin/t/${slug}/stragglers.csv`)).status()).toBe(403);

  // The seed's command-line actions are in the owner's audit log.
  const owner = await browser.newPage();
  await signIn(owner, `owner@${slug}.example`);
  await owner.goto(`/admin/t/${slug}/audit`);
  const log = owner.locator('table[data-table="audit"]');
  await expect(log.locator('tr[data-action="tenant-created"]')).toHaveCount(1);
  await expect(log.locator('tr[data-action="roster-imported"] td').first()).toContainText('command line');
  // (The console's own export, tested in admin.spec.ts, may have added a row of its own.)
  await expect(log.locator('tr[data-action="links-exported"]').filter({ hasText: 'command line' })).toHaveCount(1);
});
