import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { emulate, IPHONE, IPHONE_FACEBOOK, WINDOWS_11 } from './devices';
import { flowIds, stepWith } from './flows';
import { personalLink } from './links';

// axe-core on every kind of page, with JavaScript off and hydrated (the two projects), in light
// and dark mode: no violations of WCAG 2.0/2.1/2.2 A and AA. axe itself is JavaScript, so the
// JS-off project audits a page whose own scripts are blocked from loading: the DOM it sees is
// the server-rendered one a browser without JavaScript shows.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Every flow in the catalogue (every folder under app/flows/).
const FLOWS = flowIds();

async function audit(page: Page, path: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `${path} in ${colorScheme} mode`).toEqual([]);
    // The audit really ran: even the smallest page (sign-in) passes 15 rules.
    expect(results.passes.length, `${path}: rules that passed`).toBeGreaterThan(10);
  }
}

async function auditPage(browser: Browser, project: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  if (project === 'js-off') {
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  }
  return context.newPage();
}

test('employee pages have no WCAG 2.2 AA violations', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const page = await auditPage(browser, info.project.name);
  await emulate(page, IPHONE);
  const paths = [
    '/',
    '/?device=windows&lang=de',
    ...FLOWS.map((f) => `/guide/${f}`),
    '/guide/iphone-authenticator/step/3',
    `/guide/iphone-authenticator/step/${stepWith('iphone-authenticator', 'ask = "sign-in"')}`,
    '/guide/iphone-authenticator/done',
    '/help',
    '/privacy',
    `/t/e2e-${info.project.name}/privacy?lang=ja`,
    `/t/e2e-${info.project.name}-strict/guide/windows-hello/step/${stepWith('windows-hello', 'ask = "managed-pc"')}?device=windows`,
    `/t/e2e-${info.project.name}-strict/?device=windows&managed-pc=1`,
    '/guide/iphone-authenticator/print',
    '/no-such-page',
    `/t/e2e-${info.project.name}/`,
    `/t/e2e-${info.project.name}/link/not-a-token`,
  ];
  for (const path of paths) await audit(page, path);
  // Inside an app's built-in browser: the way out comes first.
  await emulate(page, IPHONE_FACEBOOK);
  await audit(page, '/');
});

test('pages of an employee with a personal link have no WCAG 2.2 AA violations', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const page = await auditPage(browser, info.project.name);
  const slug = `e2e-${info.project.name}`;
  // Mary, on a PC: the QR code, the hand-off question, the report form. (guidance.spec.ts
  // uses her later on an iPhone.)
  await emulate(page, WINDOWS_11);
  await page.goto(personalLink(info.project.name, 'mary'));
  for (const path of [
    `/t/${slug}/`,
    `/t/${slug}/guide/phone-from-desktop/step/2`,
    `/t/${slug}/guide/phone-from-desktop/step/5`,
    `/t/${slug}/guide/phone-from-desktop/step/5/stuck`,
    `/t/${slug}/guide/windows-hello/done`,
  ]) {
    await audit(page, path);
  }
});

test('admin console pages have no WCAG 2.2 AA violations', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const page = await auditPage(browser, info.project.name);
  const slug = `e2e-${info.project.name}`;
  await audit(page, '/admin/login');
  await page.getByLabel('Email').fill(`owner@${slug}.example`);
  await page.getByLabel('Password').fill('e2e password for admins');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of ['/admin', `/admin/t/${slug}`, `/admin/t/${slug}/branding`, `/admin/t/${slug}/policy`, `/admin/t/${slug}/roster`, `/admin/t/${slug}/reminders`, `/admin/t/${slug}/dashboard`, `/admin/t/${slug}/dashboard?from=2026-01-01&to=2025-01-01`, `/admin/t/${slug}/stragglers`, `/admin/t/${slug}/audit`, `/admin/t/${slug}/people`, `/admin/t/${slug}/comms`, `/admin/t/${slug}/comms/templates/announcement/de`, '/admin/account']) {
    await audit(page, path);
  }
  // The helpdesk's page of one employee (Linus reports a problem in journey.spec.ts).
  await page.goto(`/admin/t/${slug}/roster`);
  await page.getByRole('link', { name: 'Linus Pauling' }).click();
  await audit(page, new URL(page.url()).pathname);
});
