import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { emulate, IPHONE, WINDOWS_11, settled } from './devices';
import { signIn } from './console';
import { personalLink } from './links';

// Each project has its own tenant and employees (playwright.config.ts), so these run in both
// projects without meeting. Ada walks the iPhone journey, Grace moves from a PC to her phone,
// Linus gets stuck and reaches the helpdesk.

test('iPhone: from the personal link to a confirmed passkey, then resumed at the end', async ({ page }, info) => {
  const slug = `e2e-${info.project.name}`;
  await emulate(page, IPHONE);
  await page.goto(personalLink(info.project.name, 'ada'));
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/$`));
  await settled(page);
  await page.locator('article[data-flow="iphone-authenticator"]').getByRole('link').click();

  // Step by step to the hand-off; its question waits below the button.
  const handoff = page.locator('a[data-handoff]');
  for (let i = 0; i < 8 && (await handoff.count()) === 0; i++) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  await expect(handoff).toHaveAttribute('href', new RegExp(`^/t/${slug}/guide/iphone-authenticator/handoff\\?step=\\d+$`));
  await expect(page.getByText('Back from Security info? Did it work?')).toBeVisible();
  const step = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByRole('button', { name: 'Yes, continue' }).click();
  await expect(page).toHaveURL(new RegExp(`/guide/iphone-authenticator/step/${step + 1}$`));

  // On to the end and confirm.
  while ((await page.getByRole('link', { name: "I'm done" }).count()) === 0) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  await page.getByRole('link', { name: "I'm done" }).click();
  await page.getByRole('button', { name: "Yes, it's listed" }).click();
  await expect(page.locator('[data-confirmed]')).toContainText('Your IT team can see that you');

  // The same link later, on another iPhone: straight back to the closing screen.
  const again = await page.context().browser()!.newPage();
  await emulate(again, IPHONE);
  await again.goto(personalLink(info.project.name, 'ada'));
  await expect(again).toHaveURL(new RegExp(`/t/${slug}/guide/iphone-authenticator/done\\?resumed=1$`));
  await again.close();
});

test('PC: the QR code continues the journey on the phone with its own flow', async ({ page, browser }, info) => {
  const slug = `e2e-${info.project.name}`;
  await emulate(page, WINDOWS_11);
  await page.goto(personalLink(info.project.name, 'grace'));
  const qr = page.locator('.continue-phone .qr');
  await expect(qr).toBeVisible();
  // The probe's answer replaces its placeholder above the code: a screenshot taken while the
  // page moves can cut the code in two.
  await settled(page);

  // Read the code from its pixels, as a phone camera would.
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, 'the QR code decodes').not.toBeNull();
  const url = new URL(code!.data);
  expect(url.pathname).toMatch(new RegExp(`^/t/${slug}/link/`));
  expect(code!.data).toBe(await qr.getAttribute('data-url'));

  const phone = await (await browser.newContext()).newPage();
  await emulate(phone, IPHONE);
  await phone.goto(url.pathname);
  await expect(phone).toHaveURL(new RegExp(`/t/${slug}/$`));
  await expect(phone.locator('dl.device')).toHaveAttribute('data-platform', 'iphone');
  await expect(phone.locator('article.flow-card.primary')).toHaveAttribute('data-flow', /^iphone-/);
  await expect(phone.locator('.continue-phone')).toHaveCount(0);
  // The phone keeps the journey: "start over" is offered to linked employees only.
  await expect(phone.getByRole('button', { name: 'Start over' })).toBeVisible();
  await phone.context().close();
});

test('stuck on a cross-device step: the connection causes, then a report the helpdesk sees', async ({ page, browser }, info) => {
  const slug = `e2e-${info.project.name}`;
  await emulate(page, WINDOWS_11);
  await page.goto(personalLink(info.project.name, 'linus'));
  await page.goto(`/t/${slug}/guide/phone-from-desktop/step/5`);
  await page.getByRole('link', { name: "I'm stuck" }).click();
  await expect(page).toHaveURL(new RegExp(`/guide/phone-from-desktop/step/5/stuck$`));
  const cause = page.locator('[data-cause="cross-device-connecting"]');
  await expect(cause).toContainText('Bluetooth');
  await expect(page.locator('[data-cause="ios-qr-camera-app"]')).toBeVisible();

  const title = (await cause.locator('h2').textContent())!.trim();
  await page.getByLabel(title).check();
  await page.getByLabel('Anything else your helpdesk should know? (optional)').fill(`Stuck on "connecting" <${info.project.name}>`);
  if (info.project.name === 'hydrated') {
    await expect(page.locator('input[name="probe"]')).toHaveAttribute('data-probe', 'done');
  }
  await page.getByRole('button', { name: 'Send to helpdesk' }).click();
  const sent = page.locator('[data-sent]');
  await expect(sent).toContainText('Sent.');
  const reference = await sent.getAttribute('data-sent');

  const help = await (await browser.newContext()).newPage();
  await signIn(help, `help@${slug}.example`);
  await help.goto(`/admin/t/${slug}/roster?q=Linus`);
  await help.getByRole('link', { name: 'Linus Pauling' }).click();
  // The open report links to the entry the employee read, on the employees' help page.
  await expect(help.locator('[data-stuck]').getByRole('link', { name: 'What to do about it' })).toHaveAttribute(
    'href',
    `/t/${slug}/help#cross-device-connecting`,
  );
  const report = help.locator(`[data-diagnostic="${reference}"]`);
  await expect(report).toContainText(title);
  await expect(report).toContainText(`Stuck on "connecting" <${info.project.name}>`);
  await expect(report).toContainText('windows');
  if (info.project.name === 'hydrated') {
    await expect(report).toContainText('"webauthn":true');
  } else {
    await expect(report).toContainText('JavaScript was off');
  }
  await expect(help.locator('[data-stuck="cross-device-connecting"]')).toBeVisible();
  await help.context().close();
});
