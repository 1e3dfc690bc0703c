/** Reading the fixture notes and their expected findings (`line:col code`, 1-based, one per line). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../server/src/core/findings/finding';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'notes');
export const EXAMPLES = path.join(ROOT, 'examples');

export interface Fixture {
  name: string;
  file: string;
  text: string;
  expected: string[];
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md') && existsSync(path.join(FIXTURES, name.replace(/\.md$/, '.expected'))))
    .sort()
    .map((name) => {
      const file = path.join(FIXTURES, name);
      const expected = readFileSync(file.replace(/\.md$/, '.expected'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      return { name: name.replace(/\.md$/, ''), file, text: readFileSync(file, 'utf8'), expected: expected.sort() };
    });
}

export function summarize(findings: readonly Pick<Finding, 'code' | 'range'>[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`).sort();
}

export function doc(uri: string, text: string, version = 1) {
  return { uri, version, getText: () => text };
}
