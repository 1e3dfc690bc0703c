/**
 * Whether an imported note equals its original where the import promises
 * it: the same frontmatter values (a date in either accepted form, a
 * reference as text), the same headings (level and text), and the same
 * words in the body, in order.
 */
import assert from 'node:assert/strict';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatIsoDate, parseNoteDate } from '../../server/src/core/domain/dutchDate';
import { createLanguageService } from '../../server/src/core/languageService';
import { wordsOf } from './noteSpecs';

const parser = unified().use(remarkParse).use(remarkFrontmatter);
const service = createLanguageService();

interface NoteParts {
  frontmatter: unknown;
  headings: string[];
  words: string[];
}

function partsOf(markdown: string): NoteParts {
  const tree = parser.parse(markdown) as Root;
  // The frontmatter as Nota reads it (an unquoted 0244668 is the reference "0244668", not a number).
  const uri = `file:///same-note-${Math.random()}.md`;
  const raw = service.context({ uri, version: 1, getText: () => markdown }, { locale: 'nl' })?.model.frontmatter ?? {};
  service.close(uri);
  const frontmatter = normalise(raw);
  const body = tree.children.filter((node) => node.type !== 'yaml');
  const headings = body.filter((node): node is Heading => node.type === 'heading').map((h) => `${h.depth} ${toString(h).replace(/\s+/g, ' ').trim()}`);
  const words = wordsOf(body.map((node) => toString(node)).join(' '));
  return { frontmatter, headings, words };
}

/** Values as the note means them: dates as calendar dates, references and numbers as text where YAML may have typed them. */
function normalise(value: unknown, key = ''): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  if (key === 'datum' && typeof value === 'string') {
    const date = parseNoteDate(value);
    return date ? formatIsoDate(date) : value;
  }
  if (key === 'referentie') return String(value);
  return value;
}

export function sameNote(imported: string, original: string, what: string): void {
  const got = partsOf(imported);
  const want = partsOf(original);
  assert.deepEqual(got.frontmatter, want.frontmatter, `${what}: frontmatter values\n${imported}`);
  assert.deepEqual(got.headings, want.headings, `${what}: headings\n${imported}`);
  assert.deepEqual(got.words, want.words, `${what}: body words\n${imported}`);
}
