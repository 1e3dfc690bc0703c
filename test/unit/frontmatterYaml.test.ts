/**
 * The frontmatter block as the Markdown parser finds it, and its YAML as
 * read: the values a note's checks see, the spans findings are placed on,
 * and the problems reported for text that is no mapping.
 */
import assert from 'node:assert/strict';
import { readFrontmatterBlock } from '../../server/src/core/parse/frontmatterBlock';
import { createMarkdownParser, outlineChunk } from '../../server/src/core/parse/chunkOutline';
import { MAX_FRONTMATTER_CHARS, parseFrontmatterYaml } from '../../server/src/core/parse/frontmatterYaml';

/** The library alone, as for any frontmatter the plain reader refuses (a comment is enough). */
const library = (source: string, offset = 4) => parseFrontmatterYaml(source, offset, false);

describe('the frontmatter block, as the Markdown parser finds it', () => {
  const parser = createMarkdownParser();
  const cases: [name: string, text: string, block: { start: number; end: number; value: string } | null][] = [
    ['LF', '---\ntype: beslisnota\n---\n# Titel\n', { start: 0, end: 24, value: 'type: beslisnota' }],
    ['CRLF', '---\r\ntype: beslisnota\r\n---\r\n', { start: 0, end: 26, value: 'type: beslisnota' }],
    ['a lone CR', '---\rx\r---', { start: 0, end: 9, value: 'x' }],
    ['a blank last line before a lone-CR fence', '---\rx\r\r---\r', { start: 0, end: 10, value: 'x\r' }],
    ['a blank CRLF line', '---\na\r\n\r\n---\n', { start: 0, end: 12, value: 'a\r\n' }],
    ['spaces and tabs after the fences', '---  \ntype: x\n---\t\n', { start: 0, end: 18, value: 'type: x' }],
    ['empty', '---\n---\n', { start: 0, end: 7, value: '' }],
    ['empty, CRLF', '---\r\n---', { start: 0, end: 8, value: '' }],
    ['one blank line', '---\n\n---\n', { start: 0, end: 8, value: '' }],
    ['a fence after the first line', '# Titel\n---\nx\n---\n', null],
    ['text before the fence', 'x\n---\n---\n', null],
    ['only an opening fence', '---', null],
    ['an opening fence and its line break', '---\n', null],
    ['never closed', '---\ntype: x\n', null],
  ];

  for (const [name, text, block] of cases) {
    it(`${name}: ${block ? JSON.stringify(block.value) : 'none'}`, () => {
      assert.deepEqual(readFrontmatterBlock(text), block);
      // What the Markdown parser reads the same text as (the block read by lines stands in for it).
      assert.deepEqual(outlineChunk(parser, text).frontmatter, block ?? undefined);
    });
  }
});

describe('the frontmatter YAML, as YAML 1.2 reads it', () => {
  it('nothing, or only comments, is an empty mapping', () => {
    for (const source of ['', '\n', '# alleen een opmerking\n']) {
      const read = parseFrontmatterYaml(source, 4);
      assert.deepEqual([read.value, read.issue], [{}, undefined], JSON.stringify(source));
    }
  });

  it('text that is no mapping is one issue on the whole value', () => {
    assert.deepEqual(library('- een\n- twee\n').issue, { kind: 'not-mapping', detail: '', span: { start: 4, end: 17 } });
    assert.deepEqual(library('alleen tekst\n').issue, { kind: 'not-mapping', detail: '', span: { start: 4, end: 16 } });
  });

  it('an alias has the span of the alias, and its anchor\'s value', () => {
    const read = library('a: &x MJenV\nb: *x\n');
    assert.deepEqual(read.value, { a: 'MJenV', b: 'MJenV' });
    assert.deepEqual(read.valueSpans.get('/b'), { start: 19, end: 21 });
    assert.deepEqual(read.keySpans.get('/b'), { start: 16, end: 17 });
  });

  it('a value may stand 50 times (its anchor and 49 aliases), not 51: an alias bomb is refused early', () => {
    const aliases = (count: number) => `aan: &m MJenV\ncc:\n${'  - *m\n'.repeat(count)}`;
    const fifty = library(aliases(49));
    assert.equal(fifty.issue, undefined);
    assert.equal((fifty.value?.cc as unknown[]).length, 49);
    assert.deepEqual(library(aliases(50)).issue, {
      kind: 'syntax', detail: 'Excessive alias count indicates a resource exhaustion attack', span: { start: 4, end: 4 + aliases(50).length },
    });
  });

  it('a number the author tagged and quoted stays that number, with no plain source to read it back as text', () => {
    const read = library('referentie: !!int "0244668"\n');
    assert.deepEqual(read.value, { referentie: 244668 });
    assert.deepEqual([...read.plainScalars], []);
    assert.deepEqual([...library('referentie: 0244668\n').plainScalars], [['/referentie', '0244668']]);
  });

  it('a frontmatter of at most 100,000 characters is read; one more is refused with one issue at its start', () => {
    const ofLength = (length: number) => `onderwerp: ${'x'.repeat(length - 12)}\n`;
    assert.equal(ofLength(MAX_FRONTMATTER_CHARS).length, 100_000);
    const largest = parseFrontmatterYaml(ofLength(MAX_FRONTMATTER_CHARS), 4);
    assert.deepEqual([largest.issue, (largest.value?.onderwerp as string).length], [undefined, 99_988]);
    assert.deepEqual(parseFrontmatterYaml(ofLength(MAX_FRONTMATTER_CHARS + 1), 4).issue, {
      kind: 'syntax', detail: 'the frontmatter is too large (100001 characters; at most 100000)', span: { start: 4, end: 4 },
    });
  });

  it('a syntax error says what the library says, in one line, from the bracket or quote never closed', () => {
    assert.deepEqual(library('onderwerp: [niet gesloten\naan: x\n').issue, {
      kind: 'syntax', detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]', span: { start: 15, end: 31 },
    });
    // At the very start of the frontmatter.
    assert.deepEqual(library('[MJenV\n').issue, { kind: 'syntax', detail: 'Flow sequence must end with a ]', span: { start: 4, end: 12 } });
    // Where the next line opens a bracket too, the error is on the first.
    assert.deepEqual(library('a: [x\n[b\n').issue?.span, { start: 7, end: 11 });
  });

  it('finds a duplicate key in a mapping inside a list, and after a key without a value', () => {
    assert.deepEqual(library('aan:\n  - titel: Minister\n    titel: Staatssecretaris\n').issue, {
      kind: 'syntax', detail: 'the key ‘titel’ appears twice; map keys must be unique', span: { start: 33, end: 38 },
    });
    assert.deepEqual(library('afzender:\n  a: 1\n  a: 2\nkenmerken:\n  ? geheim\n').issue?.span, { start: 23, end: 24 });
  });
});
