/**
 * Whether an imported note equals its original where the import promises
 * it: the same frontmatter values (a date in either accepted form, a
 * reference as text, an empty list as no list), the same headings (level and
 * text), and the same words in the body, in order.
 */
import assert from 'node:assert/strict';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatIsoDate, parseLooseDate, parseNoteDate } from '../../server/src/core/domain/dutchDate';
import { createLanguageService } from '../../server/src/core/languageService';
import { wordsOf } from './noteSpecs';

const parser = unified().use(remarkParse).use(remarkFrontmatter);
const service = createLanguageService();

interface NoteParts {
  frontmatter: unknown;
  headings: string[];
  words: string[];
}

export interface SameNoteOptions {
  /** Only these frontmatter fields are compared: those the source shows (an exported page leaves out fields it has no place for). */
  fields?: readonly string[];
  /**
   * A character the PDF's font lacks is drawn as a box (▯) and comes back as
   * one: a box in the imported note stands for any one character.
   */
  boxes?: boolean;
}

function partsOf(markdown: string, fields?: readonly string[]): NoteParts {
  const tree = parser.parse(markdown) as Root;
  // The frontmatter as Nota reads it (an unquoted 0244668 is the reference "0244668", not a number).
  const uri = `file:///same-note-${Math.random()}.md`;
  const raw = service.context({ uri, version: 1, getText: () => markdown }, { locale: 'nl' })?.model.frontmatter ?? {};
  service.close(uri);
  const shown = fields ? Object.fromEntries(Object.entries(raw).filter(([key]) => fields.includes(key))) : raw;
  const frontmatter = normalise(shown);
  const body = tree.children.filter((node) => node.type !== 'yaml');
  const headings = body.filter((node): node is Heading => node.type === 'heading').map((h) => `${h.depth} ${toString(h).replace(/\s+/g, ' ').trim()}`);
  const words = wordsOf(body.map((node) => toString(node)).join(' '));
  return { frontmatter, headings, words };
}

/** Values as the note means them: dates as calendar dates, references and numbers as text where YAML may have typed them. */
function normalise(value: unknown, key = ''): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalise(v, k)]));
  }
  if (key === 'datum' && typeof value === 'string') {
    // The import writes a looser form ("19-03-2026") in Dutch long form, and says so.
    const date = parseNoteDate(value) ?? parseLooseDate(value);
    return date ? formatIsoDate(date) : value;
  }
  if (key === 'referentie') return String(value);
  return value;
}

export function sameNote(imported: string, original: string, what: string, options: SameNoteOptions = {}): void {
  const got = partsOf(imported, options.fields);
  const want = partsOf(original, options.fields);
  const same = options.boxes ? sameWithBoxes : (a: unknown, b: unknown, message: string) => assert.deepEqual(a, b, message);
  same(got.frontmatter, want.frontmatter, `${what}: frontmatter values\n${imported}`);
  same(got.headings, want.headings, `${what}: headings\n${imported}`);
  same(got.words, want.words, `${what}: body words\n${imported}`);
}

/** Whether Nota reads any frontmatter values in the note (none when it has no frontmatter, or one that does not parse). */
export function hasFrontmatterValues(markdown: string): boolean {
  return Object.keys(partsOf(markdown).frontmatter as object).length > 0;
}

/**
 * A note whose frontmatter Nota cannot read has no values to give back: the
 * import names a type (every note has one), and the words of the note, what
 * the page showed as its subject and then the body, come back in order.
 */
export function sameWords(imported: string, original: string, what: string, options: SameNoteOptions = {}): void {
  const got = partsOf(imported);
  const { type, onderwerp, ...rest } = got.frontmatter as Record<string, unknown>;
  assert.ok(type === 'beslisnota' || type === 'informatienota', `${what}: a type\n${imported}`);
  assert.deepEqual(rest, {}, `${what}: no other frontmatter values\n${imported}`);
  const words = [...wordsOf(typeof onderwerp === 'string' ? onderwerp : ''), ...got.words];
  (options.boxes ? sameWithBoxes : assert.deepEqual)(words, partsOf(original).words, `${what}: words\n${imported}`);
}

function sameWithBoxes(got: unknown, want: unknown, message: string): void {
  const gotText = JSON.stringify(got, null, 1);
  const wantText = JSON.stringify(want, null, 1);
  if (!gotText.includes('\u25af')) return assert.deepEqual(got, want, message);
  const pattern = new RegExp(`^${[...gotText].map((ch) => (ch === '\u25af' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'su');
  if (!pattern.test(wantText)) assert.deepEqual(got, want, message);
}
