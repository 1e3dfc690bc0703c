/** The recipes of docs/ci.md: the YAML block after each `<!-- nota:recipe NAME -->` marker, parsed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/fixtures';

export function recipeNames(doc = readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8')): string[] {
  return [...doc.matchAll(/<!-- nota:recipe ([\w-]+) -->/g)].map((m) => m[1] as string);
}

export function recipe(name: string, doc = readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8')): unknown {
  const marker = `<!-- nota:recipe ${name} -->`;
  const at = doc.indexOf(marker);
  if (at < 0) throw new Error(`docs/ci.md has no ${marker}`);
  const block = /^```yaml\n([\s\S]*?)^```/m.exec(doc.slice(at + marker.length));
  if (!block) throw new Error(`no yaml block after ${marker}`);
  return parse(block[1] as string);
}

/** The commands of a recipe that run Nota; the others may only install dependencies (npm ci). */
export function notaCommands(commands: readonly string[]): string[] {
  const others = commands.filter((command) => !/\bnpx nota\b/.test(command));
  for (const other of others) if (other.trim() !== 'npm ci') throw new Error(`a recipe step that is neither Nota nor npm ci: ${other}`);
  return commands.filter((command) => /\bnpx nota\b/.test(command));
}
