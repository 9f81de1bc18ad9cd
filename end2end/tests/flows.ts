import * as fs from 'node:fs';
import * as path from 'node:path';

// The flows, read from the catalogue itself: every folder under app/flows/ is one flow, and its
// flow.toml names the flow's id and platforms. Specs that visit every flow take the list from
// here, so a flow added as a folder is tested without editing them.
const FLOWS_DIR = path.join(__dirname, '..', '..', 'app', 'flows');

export interface FlowInfo {
  id: string;
  /** The platform ids of the flow's `platforms` list, in the file's order. */
  platforms: string[];
}

/** The line `key = …` at the top level of a flow.toml (before its first [[table]]). */
function topLevel(text: string, key: string, file: string): string {
  const head = text.split(/^\[\[/m)[0];
  const match = head.match(new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm'));
  if (!match) throw new Error(`${file}: no ${key}`);
  return match[1].trim();
}

export function flows(): FlowInfo[] {
  return fs
    .readdirSync(FLOWS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(FLOWS_DIR, name, 'flow.toml');
      const text = fs.readFileSync(file, 'utf8');
      const id = JSON.parse(topLevel(text, 'id', file)) as string;
      const platforms = JSON.parse(topLevel(text, 'platforms', file)) as string[];
      if (id !== name) throw new Error(`${file}: id ${id} is not the folder's name`);
      return { id, platforms };
    });
}

/** Every flow id. */
export function flowIds(): string[] {
  return flows().map((f) => f.id);
}

/** The 1-based number of the step of flow `id` whose `[[step]]` table has `line` (such as
 * `ask = "sign-in"`), read from its flow.toml. */
export function stepWith(id: string, line: string): number {
  const file = path.join(FLOWS_DIR, id, 'flow.toml');
  const steps = fs.readFileSync(file, 'utf8').split(/^\[\[step\]\]$/m).slice(1);
  const n = steps.findIndex((s) => s.split('\n').some((l) => l.trim() === line));
  if (n < 0) throw new Error(`${file}: no step with ${line}`);
  return n + 1;
}
