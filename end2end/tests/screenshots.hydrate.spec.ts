import { test } from '@playwright/test';
import * as path from 'node:path';
import { flows } from './flows';

// The first step of every flow in two languages and both colour schemes, kept as files in
// end2end/screenshots/ for review (not compared pixel by pixel).
// Each flow is shown on its own kind of device, the first platform its flow.toml lists (chosen
// with ?device=, since headless Chromium reports Linux).
const PHONES = ['iphone', 'ipad', 'android', 'samsung'];
const FLOWS: [string, string, 'phone' | 'desktop'][] = flows().map(({ id, platforms }) => [
  id,
  platforms[0],
  PHONES.includes(platforms[0]) ? 'phone' : 'desktop',
]);

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
