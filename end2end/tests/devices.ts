import { expect, test, type Page } from '@playwright/test';

/** A device to emulate: its User-Agent and, for Chromium browsers, the client hints it sends. */
export interface Device {
  userAgent: string;
  metadata?: {
    brands: { brand: string; version: string }[];
    fullVersionList: { brand: string; version: string }[];
    platform: string;
    platformVersion: string;
    architecture: string;
    model: string;
    mobile: boolean;
  };
}

const chromeBrands = (major: string) => [
  { brand: 'Chromium', version: major },
  { brand: 'Google Chrome', version: major },
  { brand: 'Not-A.Brand', version: '99' },
];

// Safari on iOS sends no client hints.
export const IPHONE: Device = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
};

// Chrome on a Galaxy S23: the reduced UA hides version and model; the hints tell them.
export const SAMSUNG: Device = {
  userAgent:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  metadata: {
    brands: chromeBrands('124'),
    fullVersionList: chromeBrands('124.0.6367.82'),
    platform: 'Android',
    platformVersion: '14.0.0',
    architecture: '',
    model: 'SM-S911B',
    mobile: true,
  },
};

// Edge on Windows 11: the UA says "Windows NT 10.0"; only the platform version (>= 13) says 11.
export const WINDOWS_11: Device = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  metadata: {
    brands: [
      { brand: 'Chromium', version: '124' },
      { brand: 'Microsoft Edge', version: '124' },
      { brand: 'Not-A.Brand', version: '99' },
    ],
    fullVersionList: [
      { brand: 'Chromium', version: '124.0.6367.91' },
      { brand: 'Microsoft Edge', version: '124.0.2478.67' },
      { brand: 'Not-A.Brand', version: '99.0.0.0' },
    ],
    platform: 'Windows',
    platformVersion: '15.0.0',
    architecture: 'x86',
    model: '',
    mobile: false,
  },
};

// Safari on a Mac, which is also what an iPad in desktop mode sends.
export const MAC_SAFARI: Device = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
};

/** Makes the page's requests look like `device`'s, client hints included (via CDP). */
export async function emulate(page: Page, device: Device): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', {
    userAgent: device.userAgent,
    userAgentMetadata: device.metadata,
  });
}

/**
 * Waits until a hydrated page has stopped moving: the probe's answer has replaced its
 * placeholder, so a click lands where it was aimed. Without JavaScript the page is final as
 * served.
 */
export async function settled(page: Page): Promise<void> {
  if (test.info().project.name !== 'hydrated') return;
  const probe = page.locator('.probe');
  if ((await probe.count()) > 0) await expect(probe).toHaveAttribute('data-probe', 'done');
}

// Instagram's built-in browser on a Pixel: an Android webview with the app's token.
export const ANDROID_INSTAGRAM: Device = {
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Instagram 343.0.0.40.93 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; en_US; 628187000)',
};

// Facebook's built-in browser on an iPhone.
export const IPHONE_FACEBOOK: Device = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.38.107;FBBV/600000000;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.4;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/5]',
};
