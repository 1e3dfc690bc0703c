/**
 * The outline of one chunk, as the checker sees a note: its headings (level,
 * text, exact span), whether content follows each, and the frontmatter. Text
 * too hard for the Markdown parser is read line by line, and must still give
 * the headings and sections an author wrote.
 */
import assert from 'node:assert/strict';
import { createMarkdownParser, outlineByLines, outlineChunk, type MarkdownParser } from '../../server/src/core/parse/chunkOutline';

const parse = createMarkdownParser();
/** A line that makes the text pathological (more than 64 nested quotes), and is content itself. */
const DEEP = `${'> '.repeat(65)}diep`;
const spans = (text: string, read = outlineByLines) => read(text).headings.map((h) => [h.level, h.text, text.slice(h.start, h.end), h.contentAfter]);

describe('the outline of a chunk', () => {
  it('holds the frontmatter with its exact span and value', () => {
    const text = '---\ntype: beslisnota\n---\n## 1. Aanleiding\n';
    assert.deepEqual(outlineChunk(parse, text), {
      headings: [{ level: 2, text: '1. Aanleiding', start: 25, end: 41, contentAfter: false }],
      contentBefore: false,
      frontmatter: { start: 0, end: 24, value: 'type: beslisnota' },
    });
  });

  it('gives a heading its plain text, trimmed of spaces that entities make', () => {
    assert.deepEqual(spans('## 1. *Aanleiding*&#32;&nbsp;\n', (t) => outlineChunk(parse, t)), [[2, '1. Aanleiding', '## 1. *Aanleiding*&#32;&nbsp;', false]]);
  });

  it('counts spans from the start of the text when it opens with a byte order mark', () => {
    assert.deepEqual(spans('\ufeff## 1. A\n\ntekst\n', (t) => outlineChunk(parse, t)), [[2, '1. A', '## 1. A', true]]);
  });

  it('counts text before the first heading as content before it', () => {
    assert.equal(outlineChunk(parse, 'Inleiding.\n\n## 1. A\n').contentBefore, true);
    assert.equal(outlineChunk(parse, '## 1. A\n\ntekst\n').contentBefore, false);
  });

  it('does not count comments (closed or left open) and link definitions as content, but other HTML', () => {
    const contentAfter = (body: string) => outlineChunk(parse, `## 1. A\n\n${body}\n`).headings[0]?.contentAfter;
    assert.equal(contentAfter('<!-- schrijf hier -->  '), false);
    assert.equal(contentAfter('<!-- schrijf hier\n\nnooit gesloten'), false);
    assert.equal(contentAfter('[bron]: https://example.invalid'), false);
    assert.equal(contentAfter('<div>tekst</div>'), true);
    assert.equal(contentAfter('<!-- c --><b>tekst</b>'), true);
  });
});

describe('the outline of text too hard for the parser', () => {
  it('never hands that text to the parser, and still finds its headings', () => {
    const given: string[] = [];
    const recording: MarkdownParser = (t) => {
      given.push(t);
      return parse(t);
    };
    const text = `## 1. Aanleiding\n\n${DEEP}\n\n## 2. Kernpunten\n`;
    assert.deepEqual(spans(text, (t) => outlineChunk(recording, t)), [[2, '1. Aanleiding', '## 1. Aanleiding', true], [2, '2. Kernpunten', '## 2. Kernpunten', false]]);
    assert.deepEqual(given, []);
  });

  it('reads the frontmatter and starts after it', () => {
    const text = `---\n# yaml comment\ntype: x\n---\n## 1. A\n${DEEP}\n`;
    assert.deepEqual(outlineByLines(text), {
      headings: [{ level: 2, text: '1. A', start: 31, end: 38, contentAfter: true }],
      contentBefore: false,
      frontmatter: { start: 0, end: 30, value: '# yaml comment\ntype: x' },
    });
  });

  it('gives each heading its exact span, with LF, CRLF and lone CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['# Titel', '', DEEP, '## 1. A', '### 1.1 B'].join(eol);
      assert.deepEqual(spans(text), [[1, 'Titel', '# Titel', true], [2, '1. A', '## 1. A', false], [3, '1.1 B', '### 1.1 B', false]], JSON.stringify(eol));
    }
  });

  it('reads heading text as CommonMark does: closing hashes after a space go, others stay', () => {
    const text = '## A ##  \n## B #\n###\tC\n##  D\n## Taal C#\n#\n##\n## E\u2028F\n##b\n####### g\ntekst # h\n';
    assert.deepEqual(spans(text), [
      [2, 'A', '## A ##  ', false],
      [2, 'B', '## B #', false],
      [3, 'C', '###\tC', false],
      [2, 'D', '##  D', false],
      [2, 'Taal C#', '## Taal C#', false],
      [1, '', '#', false],
      [2, '', '##', false],
      [2, 'E\u2028F', '## E\u2028F', true],
    ]);
  });

  it('counts text as content, but not blank lines or lines holding only a comment', () => {
    const after = (body: string) => outlineByLines(`## 1. A\n${body}\n`).headings[0]?.contentAfter;
    assert.equal(after(' \t\n\n'), false);
    assert.equal(after('<!-- schrijf hier -->'), false);
    assert.equal(after('  <!---->  '), false);
    assert.equal(after('\u00a0'), true, 'a no-break space is text');
    assert.equal(after('tekst <!-- c -->'), true);
    assert.equal(after('<!-- c --> tekst'), true);
    assert.equal(outlineByLines('\n\n## 1. A\n').contentBefore, false);
    assert.equal(outlineByLines('tekst\n## 1. A\n').contentBefore, true);
  });

  it('finds no heading in fenced code, up to a fence that closes it', () => {
    const text = [
      '## 1. A', '```', 'code ```', '## no', '~~~', '## no', '``` js', '## no', '``', '## no', '```', '## 2. B',
      '~~~~', '## no', '~~~', '## no', '~~~~~ ', '## 3. C',
      '   ~~~', '## no', '~~~', '## 4. D', 'tekst ```', '## 5. E', '`x`', '## 6. F', '~x', '## 7. G', '    ```', '## 8. H',
    ].join('\n');
    const found = spans(text).map((h) => [h[1], h[3]]);
    assert.deepEqual(found, [['1. A', true], ['2. B', true], ['3. C', true], ['4. D', true], ['5. E', true], ['6. F', true], ['7. G', true], ['8. H', false]]);
  });

  it('runs an unclosed fence to the end', () => {
    assert.deepEqual(spans('## 1. A\n~~~\n## no\n'), [[2, '1. A', '## 1. A', true]]);
  });
});
