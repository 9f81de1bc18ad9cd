import * as fs from 'node:fs';
import * as path from 'node:path';

/** The personal link (as a path) of `email` in this project's tenant, from the export the
 * web server's seed wrote with `passkey-guide links export`. */
export function personalLink(project: string, person: string): string {
  const slug = `e2e-${project}`;
  const dir = process.env.E2E_LINKS_DIR ?? path.resolve(__dirname, '../../target/e2e/3900');
  const file = path.join(dir, `links-${slug}.csv`);
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  const email = cols.indexOf('email');
  const link = cols.indexOf('link');
  const row = rows.map((r) => r.split(',')).find((r) => r[email] === `${person}@${slug}.example`);
  if (!row) throw new Error(`no link for ${person} in ${file}`);
  return new URL(row[link]).pathname;
}
