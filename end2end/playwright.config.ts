import { defineConfig } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

// The server under test: the binary E2E_BIN names (by default the release binary cargo-leptos
// built) serving the site cargo-leptos built in target/site, on loopback, with a fresh SQLite
// data directory per run, or the empty PostgreSQL database E2E_DATABASE_URL names
// (scripts/test.sh runs the suite on both, at the same time, on two ports).
const port = Number(process.env.E2E_PORT ?? 3900);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passkey-guide-e2e-'));
const bin = path.resolve(__dirname, '..', process.env.E2E_BIN ?? 'target/release/passkey-guide');
// Personal links exported at seed time, one CSV per project and run (see tests/links.ts); the
// workers inherit the variable.
const linksDir = path.resolve(__dirname, `../target/e2e/${port}`);
process.env.E2E_LINKS_DIR = linksDir;

function seed(projects: string[]): string {
  return (
    `mkdir -p ${linksDir} && ` +
    projects
      .map((p) => {
        const slug = `e2e-${p}`;
        const roster = path.join(dataDir, `roster-${slug}.csv`);
        return (
          `${bin} tenant create --slug ${slug} --name "Tenant ${slug}" && ` +
          `echo "e2e password for admins" | ${bin} admin create --tenant ${slug} ` +
          `--email owner@${slug}.example --role owner && ` +
          `echo "e2e password for admins" | ${bin} admin create --tenant ${slug} ` +
          `--email help@${slug}.example --role helpdesk && ` +
          `printf 'email,name,department\\nada@${slug}.example,Ada Lovelace,Engineering\\ngrace@${slug}.example,Grace Hopper,Finance\\nlinus@${slug}.example,Linus Pauling,Engineering\\nmary@${slug}.example,Mary Jackson,Engineering\\n' > ${roster} && ` +
          `${bin} roster import --quiet --tenant ${slug} ${roster} && ` +
          `${bin} links export --tenant ${slug} --announce --out ${linksDir}/links-${slug}.csv && ` +
          // A strict organisation: device-bound passkeys only, Windows Hello allowed in Entra.
          `${bin} tenant create --slug ${slug}-strict --name "Strict ${slug}" && ` +
          `${bin} tenant policy --slug ${slug}-strict --device-bound-only --windows-hello on`
        );
      })
      .join(' && ')
  );
}

export default defineConfig({
  testDir: './tests',
  // Per port, so that two runs at once do not clear each other's results.
  outputDir: `test-results/${port}`,
  timeout: 30_000,
  // scripts/test.sh runs two suites at once (SQLite and PostgreSQL) with one worker each, so
  // that two browsers share the two cores, as one suite with two workers did.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Debian's Chromium: Playwright cannot download its own browser here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Every page must work without JavaScript: links and forms only.
    { name: 'js-off', use: { javaScriptEnabled: false }, testIgnore: /.*\.hydrate\.spec\.ts/ },
    { name: 'hydrated', use: { javaScriptEnabled: true } },
  ],
  webServer: {
    // One tenant and owner per project, then the server.
    command: seed(['js-off', 'hydrated']) + ` && ${bin} serve`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: path.resolve(__dirname, '../target/site'),
      LEPTOS_OUTPUT_NAME: 'passkey-guide',
      PASSKEY_GUIDE_DATA_DIR: dataDir,
      PASSKEY_GUIDE_SECURE_COOKIES: 'false',
      // A fixed test key: links signed in one run verify in the next server of that run.
      PASSKEY_GUIDE_LINK_KEYS: 'e2e:ZTJlLWxpbmsta2V5LWZvci1lbmQtdG8tZW5kLXRlc3RzLW9ubHk',
      PASSKEY_GUIDE_PUBLIC_URL: `http://127.0.0.1:${port}`,
      RUST_LOG: 'warn',
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  },
});
