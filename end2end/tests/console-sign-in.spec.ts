import { test, expect } from '@playwright/test';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Server } from 'node:http';
import { startProvider, TENANT, CLIENT_ID, SECRET } from './oidc-provider';

// "Sign in with Microsoft" through a local OpenID provider, with JavaScript off and on, and a
// break-glass passkey with Chromium's virtual authenticator. These need a server of their own:
// its public URL is http://localhost (WebAuthn needs a domain name, and localhost is a secure
// context) and its identity platform is the local provider.
const base = Number(process.env.E2E_PORT ?? 3900);
// Each project (JavaScript off, hydrated) gets its own server, so that two workers never meet.
let port = 0;
let origin = '';
const bin = path.resolve(__dirname, '../..', process.env.E2E_BIN ?? 'target/release/passkey-guide');
const PASSWORD = 'e2e break-glass password';

let server: ChildProcess | undefined;
let provider: Server | undefined;
let dataDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, info) => {
  const offset = info.project.name === 'js-off' ? 100 : 110;
  port = base + offset;
  const providerPort = base + offset + 100;
  origin = `http://localhost:${port}`;
  provider = await startProvider(providerPort, {
    oid: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5a',
    preferred_username: 'ada@sso.example',
    name: 'Ada Lovelace',
    roles: ['Admin'],
  });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passkey-guide-sso-'));
  const env = {
    ...process.env,
    PASSKEY_GUIDE_DATA_DIR: dataDir,
    PASSKEY_GUIDE_DATA_KEY: 'e2e:ZTJlLWRhdGEta2V5LWZvci1lbmQtdG8tZW5kLXRlc3RzLTMyYg',
    PASSKEY_GUIDE_GRAPH_LOGIN_URL: `http://127.0.0.1:${providerPort}`,
    PASSKEY_GUIDE_SSO_CLIENT_SECRET: SECRET,
    PASSKEY_GUIDE_PUBLIC_URL: origin,
    PASSKEY_GUIDE_SECURE_COOKIES: 'false',
    PASSKEY_GUIDE_LINK_KEYS: 'e2e:ZTJlLWxpbmsta2V5LWZvci1lbmQtdG8tZW5kLXRlc3RzLW9ubHk',
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    LEPTOS_SITE_ROOT: path.resolve(__dirname, '../../target/site'),
    LEPTOS_OUTPUT_NAME: 'passkey-guide',
    RUST_LOG: 'warn',
  };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  execSync(
    `${bin} tenant create --slug sso --name "Sso Org" && ` +
      `${bin} tenant sso --tenant sso --entra-tenant-id ${TENANT} --client-id ${CLIENT_ID} && ` +
      `echo "${PASSWORD}" | ${bin} admin create --tenant sso --email glass@sso.example --role owner`,
    { env, stdio: 'pipe' },
  );
  server = spawn(bin, ['serve'], { env, stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sign-in server did not start');
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill();
    await exited;
  }
  await new Promise<void>((r) => (provider ? provider.close(() => r()) : r()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('an admin signs in with Microsoft and lands in their tenant with the role from the token', async ({ page }) => {
  await page.goto(`${origin}/admin/login?tenant=sso`);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  // The provider signs Ada in at once; the interstitial takes the browser on.
  await expect(page).toHaveURL(`${origin}/admin/t/sso`);
  await expect(page.locator('.tenant-name')).toHaveText('Sso Org · Admin');
  await expect(page.getByRole('link', { name: 'ada@sso.example' })).toBeVisible();
});

test('without an organization in the address, the sign-in page asks for it', async ({ page }) => {
  await page.goto(`${origin}/admin/login`);
  await page.getByLabel('Organization').fill('sso');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(page).toHaveURL(`${origin}/admin/t/sso`);
});

test('a break-glass account registers a passkey and signs in with it when passwords are refused', async ({ page }, info) => {
  test.skip(info.project.name === 'js-off', 'WebAuthn needs JavaScript; without it the page says so');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await page.goto(`${origin}/admin/login`);
  await page.getByLabel('Email').fill('glass@sso.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(`${origin}/admin`);

  await page.getByRole('link', { name: 'glass@sso.example' }).click();
  await page.getByLabel('Name').fill('Safe key');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('status')).toHaveText('The passkey is added.');
  await expect(page.getByRole('cell', { name: 'Safe key' })).toBeVisible();

  // The owner refuses local passwords: this password session loses the tenant.
  await page.goto(`${origin}/admin/t/sso/people`);
  await page.getByRole('button', { name: 'Accept Microsoft sign-in only' }).click();
  const refused = await page.goto(`${origin}/admin/t/sso`);
  expect(refused?.status()).toBe(403);
  await page.goto(`${origin}/admin`);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The passkey still opens it.
  await page.goto(`${origin}/admin/login`);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(`${origin}/admin`);
  await page.goto(`${origin}/admin/t/sso/audit`);
  await expect(page.getByText('Added a passkey')).toBeVisible();
  // Leave the tenant as the other tests expect it.
  await page.goto(`${origin}/admin/t/sso/people`);
  await page.getByRole('button', { name: 'Accept local passwords again' }).click();
  await expect(page.getByRole('status')).toHaveText('The sign-in rule is saved.');
});

test('without JavaScript the passkey button stays hidden and the page says why', async ({ page }, info) => {
  test.skip(info.project.name !== 'js-off', 'the hydrated browser runs the script');
  await page.goto(`${origin}/admin/login`);
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toBeHidden();
  await expect(page.getByText('Passkeys need JavaScript in this browser.')).toBeVisible();
});
