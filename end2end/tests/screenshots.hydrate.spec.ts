import { test } from '@playwright/test';
import * as path from 'node:path';

// The first step of every flow in two languages and both colour schemes, kept as files in
// end2end/screenshots/ for review (not compared pixel by pixel).
// Each flow is shown on its own kind of device (chosen with ?device=, since headless Chromium
// reports Linux).
const FLOWS: [string, string, 'phone' | 'desktop'][] = [
  ['iphone-authenticator', 'iphone', 'phone'],
  ['iphone-icloud-keychain', 'iphone', 'phone'],
  ['samsung', 'samsung', 'phone'],
  ['android-google-password-manager', 'android', 'phone'],
  ['android-authenticator', 'android', 'phone'],
  ['windows-hello', 'windows', 'desktop'],
  ['macos', 'macos', 'desktop'],
  ['security-key', 'windows', 'desktop'],
  ['phone-from-desktop', 'windows', 'desktop'],
];

for (const [flow, device, form] of FLOWS) {
  test(`screenshots of ${flow}`, async ({ browser }) => {
    const viewport = form === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 };
    for (const lang of ['en', 'de']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(`/guide/${flow}?device=${device}&lang=${lang}`);
        await page.screenshot({
          path: path.join(__dirname, '..', 'screenshots', `${flow}.${lang}.${colorScheme}.png`),
          fullPage: true,
        });
        await context.close();
      }
    }
  });
}
