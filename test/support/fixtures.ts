/**
 * Reading the fixture notes and their expected findings, one per line,
 * 1-based: `line:col code` (where the finding starts), or
 * `line:col-line:col code` (where it starts and ends).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../server/src/core/findings/finding';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'notes');
export const EXAMPLES = path.join(ROOT, 'examples');
export const EXPORT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'export');

/** Every note the export and the round trip carry: the example, the export fixtures and the fixture notes. */
export function exportableNotes(): { name: string; text: string }[] {
  const read = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md').sort().map((n) => ({ name: n, text: readFileSync(path.join(dir, n), 'utf8') }));
  return [{ name: 'beslisnota.md', text: readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8') }, ...read(EXPORT_FIXTURES), ...read(FIXTURES)];
}

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

/** Findings with where each starts and ends: `5:5-5:40 portfolio-holder-missing`. */
export function summarizeRanges(findings: readonly Pick<Finding, 'code' | 'range'>[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code}`).sort();
}

const RANGED = /^\d+:\d+-\d+:\d+ /;

/** The findings summarised as the expected lines are written: with ends when they have them (all or none). */
export function summarizeAs(expected: readonly string[], findings: readonly Pick<Finding, 'code' | 'range'>[]): string[] {
  const ranged = expected.filter((line) => RANGED.test(line)).length;
  if (ranged && ranged !== expected.length) throw new Error(`expected lines mix ranges and starts: ${expected.join(' | ')}`);
  return ranged ? summarizeRanges(findings) : summarize(findings);
}

export function doc(uri: string, text: string, version = 1) {
  return { uri, version, getText: () => text };
}

/** The text with the example's reference ("7244668") replaced, so notes checked together do not share it. */
export function withReference(text: string, reference: string): string {
  if (!text.includes('referentie: "7244668"')) throw new Error('the note no longer has the reference "7244668" to replace');
  return text.replace('referentie: "7244668"', `referentie: "${reference}"`);
}
