import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitIntoChunks } from '../../server/src/core/parse/chunks';
import { createMarkdownParser, outlineChunk } from '../../server/src/core/parse/chunkOutline';
import { NoteParser } from '../../server/src/core/parse/parseNote';
import { EXAMPLES, loadFixtures } from '../support/fixtures';

/** The outline of the whole text parsed in one piece: what chunked parsing must reproduce. */
function wholeOutline(text: string) {
  const outline = outlineChunk(createMarkdownParser(), text);
  return outline.headings.map((h) => ({ level: h.level, text: h.text, start: h.start, end: h.end, contentAfter: h.contentAfter }));
}

function chunkedOutline(text: string) {
  // Chunks of any size (0): every boundary is exercised, not only those past the minimum.
  return new NoteParser(undefined, 0).parse(text).headings.map((h) => ({ level: h.level, text: h.text, start: h.span.start, end: h.span.end, contentAfter: h.contentAfter }));
}

const tricky: Record<string, string> = {
  'heading inside fenced code': '## 1. A\n\n```md\n## not a heading\n```\n\n## 2. B\n\ntext\n',
  'heading inside tilde fence with longer close': '## 1. A\n\n~~~\n## no\n~~~~\n\n## 2. B\n',
  'unclosed fence runs to the end': '## 1. A\n\n```\n## no\n## still no\n',
  'heading inside an html block': '## 1. A\n\n<div>\n## inside html\n</div>\n\n## 2. B\n',
  'heading inside a script block': '## 1. A\n\n<script>\n\n## inside script\n</script>\n## 2. B\n',
  'heading inside a comment': '## 1. A\n\n<!--\n## commented\n-->\n## 2. B\n',
  'heading after a list and a quote': '## 1. A\n\n- item\n  lazy\n> quote\n## 2. B\n- x\n',
  'indented heading-like line': '## 1. A\n\n    ## code\n\n## 2. B\n',
  'frontmatter with a comment line': '---\n# yaml comment\ntype: beslisnota\n---\n## 1. A\n',
  'setext headings': 'Titel\n=====\n\nSectie\n------\n\n## 1. A\n',
  'crlf line endings': '## 1. A\r\n\r\n```\r\n## no\r\n```\r\n## 2. B\r\n',
  'empty headings and closing hashes': '##\n## 1. A ##\n#\n',
};

describe('chunked parsing', () => {
  for (const [name, text] of Object.entries(tricky)) {
    it(`gives the same outline as a whole parse: ${name}`, () => {
      assert.deepEqual(chunkedOutline(text), wholeOutline(text));
    });
  }

  it('gives the same outline as a whole parse on every fixture and the example', () => {
    const texts = [...loadFixtures().map((f) => f.text), readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')];
    for (const text of texts) assert.deepEqual(chunkedOutline(text), wholeOutline(text));
  });

  it('merges small chunks so that many tiny sections do not mean as many parser calls', () => {
    const text = Array.from({ length: 400 }, (_, i) => `### 1.${i} Sub\n\nTekst.\n`).join('\n');
    const chunks = splitIntoChunks(text);
    assert.ok(chunks.length < 20, `${chunks.length} chunks`);
    assert.ok(chunks.every((c) => text.slice(c.start, c.start + 4) === '### '));
    assert.deepEqual(new NoteParser().parse(text).headings.map((h) => h.span), new NoteParser(undefined, 0).parse(text).headings.map((h) => h.span));
  });

  it('splits at top-level headings only', () => {
    const text = '---\ntype: x\n---\n\nintro\n## 1. A\ntext\n```\n## no\n```\n### 1.1 Sub\n## 2. B\n';
    const starts = splitIntoChunks(text, 0, 0).map((c) => text.slice(c.start, c.start + 9));
    assert.deepEqual(starts, ['---\ntype:', '## 1. A\nt', '### 1.1 S', '## 2. B\n']);
  });

  it('re-parses only the chunks whose text changed', () => {
    let parsed = 0;
    const base = createMarkdownParser();
    const parser = new NoteParser((text) => {
      parsed++;
      return base(text);
    }, 0);
    const text = '## 1. A\n\naaa\n\n## 2. B\n\nbbb\n\n## 3. C\n\nccc\n';
    parser.parse(text);
    assert.equal(parsed, 3);
    parser.parse(text.replace('bbb', 'bXbb'));
    assert.equal(parsed, 4, 'one changed chunk, one parse');
  });
});
