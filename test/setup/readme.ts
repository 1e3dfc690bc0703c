/** The commands the README gives, read from the fenced block after each `<!-- nota:NAME -->` marker. */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export function readmeCommand(name: 'setup-command' | 'test-command', readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')): string {
  const marker = `<!-- nota:${name} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no ${marker}`);
  if (readme.indexOf(marker, at + 1) >= 0) throw new Error(`README.md has ${marker} twice`);
  const block = /^```(?:sh|bash|shell)?\n([\s\S]*?)^```/m.exec(readme.slice(at + marker.length));
  if (!block) throw new Error(`no fenced code block after ${marker}`);
  const lines = (block[1] as string).split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length !== 1) throw new Error(`the block after ${marker} must be one command, not ${lines.length} lines`);
  return lines[0] as string;
}
