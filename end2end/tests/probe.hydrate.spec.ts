import { expect, test } from '@playwright/test';
import { emulate, IPHONE, MAC_SAFARI, WINDOWS_11 } from './devices';

// The in-browser probe runs only once the island has hydrated, under the page's CSP nonce.

test('the probe runs under the CSP and warns when no platform authenticator exists', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await emulate(page, WINDOWS_11);
  // A tenant that turned Windows Hello on, so that it is the recommended flow.
  await page.goto(`/t/e2e-${test.info().project.name}-strict/`);
  const probe = page.locator('.probe');
  await expect(probe).toHaveAttribute('data-probe', 'done');
  // Headless Chromium has no Windows Hello, so the recommended flow gets a warning.
  await expect(probe).toContainText('no screen lock or biometrics');
  // The answer took the placeholder's place.
  await expect(probe.getByText('Checking what this browser can do')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('where the phone is recommended, the probe checks that the browser can reach one', async ({ page }) => {
  await emulate(page, WINDOWS_11);
  await page.goto('/');
  await expect(page.locator('article.flow-card.primary')).toHaveAttribute('data-flow', 'phone-from-desktop');
  const probe = page.locator('.probe');
  await expect(probe).toHaveAttribute('data-probe', 'done');
  // Headless Chromium reports no hybrid transport.
  await expect(probe).toContainText('This browser cannot connect to a phone.');
});

test('with a platform authenticator the probe says the browser is ready', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  await emulate(page, IPHONE);
  await page.goto('/');
  await expect(page.locator('.probe')).toHaveAttribute('data-probe', 'done');
  await expect(page.locator('.probe')).toContainText('This browser can create passkeys.');
});

test('an iPad in desktop mode is recognised from its touch points', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await emulate(page, MAC_SAFARI);
  await page.goto('/');
  const probe = page.locator('.probe');
  await expect(probe).toHaveAttribute('data-probe', 'done');
  await expect(probe).toContainText('This looks like an iPad.');
  await probe.getByRole('link', { name: 'Show the iPad steps' }).click();
  await expect(page.locator('dl.device')).toHaveAttribute('data-platform', 'ipad');
});

test('the hand-off opens Security info in a new tab and keeps the guide', async ({ page, context }) => {
  await emulate(page, IPHONE);
  await page.goto('/guide/iphone-authenticator');
  let handoff = page.locator('a[data-handoff]');
  while ((await handoff.count()) === 0) {
    await page.getByRole('link', { name: 'Next step' }).click();
  }
  // The island sets the new-tab target when it hydrates: a click before that is the
  // JavaScript-off link, which stays in this tab. Wait for it rather than race it.
  await expect(handoff).toHaveAttribute('target', '_blank');
  // The target is outside this machine's network: only the navigation request is checked.
  const requested = context.waitForEvent('request', (r) => r.url().includes('/handoff?step='));
  const popup = context.waitForEvent('page');
  await handoff.click();
  expect((await requested).url()).toMatch(/\/guide\/iphone-authenticator\/handoff\?step=\d+$/);
  await popup;
  await expect(page.locator('a[data-handoff]')).toBeVisible();
});
