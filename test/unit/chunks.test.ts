import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitIntoChunks } from '../../server/src/core/parse/chunks';
import { createMarkdownParser, outlineChunk } from '../../server/src/core/parse/chunkOutline';
import { NoteParser } from '../../server/src/core/parse/parseNote';
import { outlinePlainSection } from '../../server/src/core/parse/plainSection';
import fc from 'fast-check';
import { runs } from '../support/mutations';
import { EXAMPLES, loadFixtures } from '../support/fixtures';

/** The outline of the whole text parsed in one piece: what chunked parsing must reproduce. */
function wholeOutline(text: string) {
  const outline = outlineChunk(createMarkdownParser(), text);
  return outline.headings.map((h) => ({ level: h.level, text: h.text, start: h.start, end: h.end, contentAfter: h.contentAfter }));
}

function chunkedOutline(text: string, readPlainSections = true) {
  // Chunks of any size (0): every boundary is exercised, not only those past the minimum.
  return new NoteParser(undefined, 0, readPlainSections).parse(text).headings.map((h) => ({ level: h.level, text: h.text, start: h.span.start, end: h.span.end, contentAfter: h.contentAfter }));
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
  'a closing tag cannot interrupt a paragraph, so the fence after it is real': 'tekst\n</pre>\n```md\n\n## no\n\n## still no\n',
  'a fence inside an html block does not end it': '<div>\n```\n## a\n```\n## b\n\n## c\n',
  'a comment after a tag line': 'tekst\n<span>\n<!--\n\n## no\n-->\n## yes\n',
  'an indented fence in a list item ends with the item': '- a\n\n  ```\n  code\n## x\n```\n## y\n\n## z\n',
  'a fence line inside an html block is text, the next one opens a fence': '<div>\n~~~~\n\n## a\n\ntext\n~~~~\n## b\n',
  'an html block after a list item': '-\t--\n<div>\ntype: x\n~~~~\naan:\n\nonderwerp\n~~~~\naan:\n\n## 2. A\n\n## 3. B\n',
  'a no-break space does not end an html block': '<div>\n\u00a0\n## a\n\n## b\n',
  'a link in a heading defined in another section': '## 1. [ref] A\n\ntekst\n\n## 2. B\n\n[ref]: https://example.invalid\n',
  'a link in a setext heading defined in another section': '## 1. A\n\nTitel [ref]\n---\n\n## 2. B\n\n> [ref]: https://example.invalid\n',
  'a link in a level-1 heading defined in another section': '# [ref] A\n\ntekst\n\n## 2. B\n\n[ref]: https://example.invalid\n',
  'a link in a setext heading whose short underline ends in a space': '## 1. A\n\nTitel [ref]\n== \n\n## 2. B\n\n[ref]: https://example.invalid\n',
  'a heading of only closing hashes': '## ###\n\ntekst\n## 1. A #\n',
  'a byte order mark, and a second one': '\ufeff\ufeff---\ntype: x\n---\n## 1. A\n\ntekst\n## 2. B\n',
};

describe('chunked parsing', () => {
  for (const [name, text] of Object.entries(tricky)) {
    it(`gives the same outline as a whole parse: ${name}`, () => {
      assert.deepEqual(chunkedOutline(text), wholeOutline(text));
      assert.deepEqual(chunkedOutline(text, false), wholeOutline(text));
    });
  }

  it('gives the same outline as a whole parse on every fixture and the example', () => {
    const texts = [...loadFixtures().map((f) => f.text), readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')];
    for (const text of texts) {
      assert.deepEqual(chunkedOutline(text), wholeOutline(text));
      assert.deepEqual(chunkedOutline(text, false), wholeOutline(text));
    }
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
    }, 0, false);
    const text = '## 1. A\n\naaa\n\n## 2. B\n\nbbb\n\n## 3. C\n\nccc\n';
    parser.parse(text);
    assert.equal(parsed, 3);
    parser.parse(text.replace('bbb', 'bXbb'));
    assert.equal(parsed, 4, 'one changed chunk, one parse');
  });

  it('reads plain sections from their lines: the example needs no parser call, a note with markup only where it is', () => {
    const seen: string[] = [];
    const base = createMarkdownParser();
    const counting = new NoteParser((text) => {
      seen.push(text);
      return base(text);
    }, 0);
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
    assert.equal(counting.parse(example).headings.length, 7);
    assert.deepEqual(seen, []);
    const withMarkup = example.replace('## 3. Kernpunten', '## 3. *Kernpunten*');
    assert.equal(counting.parse(withMarkup).headings[2]?.text, '3. Kernpunten');
    assert.equal(seen.length, 1);
    assert.match(seen.join(), /^## 3\. \*Kernpunten\*\n[^#]*$/);
  });

  it('sends a section to the parser when its lines leave doubt', () => {
    const doubtful = {
      'markup in the heading': '## 1. *Aanleiding*\n\ntekst\n',
      'an escape in the heading': '## 1\\. Aanleiding\n\ntekst\n',
      'an entity in the heading': '## R&amp;D\n\ntekst\n',
      'a setext underline': '## 1. A\n\nTitel\n=====\n',
      'a dash line': '## 1. A\n\ntekst\n---\n',
      'an indented heading': '## 1. A\n\n   ## B\n',
      'a comment first': '## 1. A\n\n<!-- schrijf hier -->\n',
      'a definition first': '## 1. A\n\n[x]: https://example.invalid\n',
      'a byte order mark first (the parser drops it)': '\ufeff## 1. A\n\ntekst\n',
      'a comment indented three spaces': '## 1. A\n\n   <!-- schrijf hier -->\n',
      'a comment indented one space': '## 1. A\n\n <!-- schrijf hier -->\n',
      'a comment indented three spaces at the very start': '   <!-- schrijf hier -->\n\ntekst\n',
      'a comment after a line of spaces': '## 1. A\n  \n  <!-- schrijf hier -->\n',
      'a comment after a line of spaces, CR line ends': '## 1. A\r  \r  <!-- schrijf hier -->\r',
    };
    for (const [name, text] of Object.entries(doubtful)) assert.equal(outlinePlainSection(text), null, name);
    assert.deepEqual(outlinePlainSection('## 1. A ##  \n\n    <!-- code -->\n'), {
      headings: [{ level: 2, text: '1. A', start: 0, end: 12, contentAfter: true }],
      contentBefore: false,
    });
    // Four columns in is code, which is content: four spaces, or a tab after fewer.
    for (const indent of ['    ', '\t', ' \t', '   \t']) {
      const text = `## 1. A\n\n${indent}<!-- code -->\n`;
      assert.deepEqual(outlinePlainSection(text), { headings: [{ level: 2, text: '1. A', start: 0, end: 7, contentAfter: true }], contentBefore: false }, JSON.stringify(indent));
      assert.deepEqual(outlinePlainSection(text), outlineChunk(createMarkdownParser(), text), JSON.stringify(indent));
    }
    assert.deepEqual(outlinePlainSection('## ###\n\ntekst\n'), { headings: [{ level: 2, text: '', start: 0, end: 6, contentAfter: true }], contentBefore: false });
    assert.deepEqual(outlinePlainSection('Tekst voor de eerste kop.\n'), { headings: [], contentBefore: true }, 'text before the first heading, without frontmatter');
    assert.deepEqual(outlinePlainSection('    <!-- code -->\n'), { headings: [], contentBefore: true }, 'code at the very start');
  });

  it('property: where the lines settle a section, they give what remark-parse gives', () => {
    const parse = createMarkdownParser();
    const pieces = ['## ', '### ', '#', ' ', '\t', 'tekst', '1. ', '4.1', '##', '\n', '\r\n', '\r', '-', '=', '*', '_', '<', '>', '[', ']', '(', ')', '!', '&', '`', '~', '\\', '\u00a0', '\u2028', '\0', '\f', '\ufeff', 'é', '😀', ':'];
    const lines = ['\n', '- punt\n', '> citaat\n', '<!-- c -->\n', '<!--\n', '-->\n', '<div>\n', '[a]: /b\n', '    code\n', '\t<x>\n', '```\n', '~~~\n', '***\n', '---\n', '===\n', 'Titel\n', '  ## ingesprongen\n', '#######\n', ' \t \n', '1) lijst\n', '-\n'];
    const piece = fc.constantFrom(...pieces);
    const line = fc.oneof(fc.constantFrom(...lines), fc.array(piece, { maxLength: 8 }).map((p) => `${p.join('')}\n`));
    const heading = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.array(piece, { maxLength: 6 }), fc.constantFrom('', ' #', ' ##  ', '#', ' \t'))
      .map(([level, words, close]) => `${'#'.repeat(level)} ${words.join('').replace(/[\r\n]/g, '')}${close}`);
    const section = fc
      .tuple(heading, fc.constantFrom('\n', '\r\n', '\r', ''), fc.array(line, { maxLength: 8 }))
      .map(([h, end, body]) => `${h}${end}${end ? body.join('') : ''}`);
    // The start of a note: perhaps frontmatter, then whatever comes before the first heading.
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const fence = fc.constantFrom('---', '--- ', '---\t', '----', '--- x', ' ---', '', '\ufeff---');
    const start = fc
      .tuple(fence, eol, fc.array(fc.oneof(line, fc.constantFrom('a: 1\n', 'b:\n  - c\n')), { maxLength: 5 }), fence, eol, fc.array(line, { maxLength: 6 }))
      .map(([open, end1, yaml, close, end2, body]) => `${open}${end1}${yaml.join('')}${close}${end2}${body.join('')}`);
    let settled = 0;
    const numRuns = runs(4000, 100_000);
    fc.assert(fc.property(fc.oneof(section, start), (text) => {
      const plain = outlinePlainSection(text);
      if (!plain) return;
      settled++;
      assert.deepEqual(plain, outlineChunk(parse, text), JSON.stringify(text));
    }), { numRuns });
    // The property must have been tried on plenty of settled sections (more than 15%), not only on
    // doubtful ones (a share that says something only over many cases, not over the few of a mutation run).
    if (numRuns >= 1000) assert.ok(settled > numRuns * 0.15, `only ${settled} of ${numRuns} sections settled by their lines`);
  });

  describe('where a note is split (named cases beside the random edits)', () => {
    /** The first line of each chunk of `text` cut with no minimum size. */
    const starts = (text: string) => splitIntoChunks(text, 0, 0).map((c) => /^[^\r\n]*/.exec(text.slice(c.start))?.[0]);
    const cases: [name: string, text: string, chunks: string[]][] = [
      ['after a fence closes, at the next heading', '## a\n```\n## no\n```\n## b\n', ['## a', '## b']],
      ['a fence closes only with its own character, at least as long', '## a\n~~~~\n## no\n~~~\n## no\n````\n## no\n~~~~~ \n## b\n', ['## a', '## b']],
      ['a backtick fence closes with a longer one', '## a\n```\n## no\n`````\n## b\n', ['## a', '## b']],
      ['a fence with a backtick in its info string is inline code, no fence', '## a\n``` x`y\n## b\n', ['## a', '## b']],
      ['a tilde fence may have a backtick in its info string', '## a\n~~~ x`y\n## no\n~~~\n## b\n', ['## a', '## b']],
      ['an HTML block ends at a blank line (spaces and tabs only)', '## a\n<div>\n## no\n \t\n## b\n', ['## a', '## b']],
      ['a no-break space does not end an HTML block', '## a\n<table>\n\u00a0\n## no\n\n## b\n', ['## a', '## b']],
      ['a closing block tag opens a block too', '## a\n</section>\n## no\n\n## b\n', ['## a', '## b']],
      ['raw HTML runs to its closing tag, blank lines and all', '## a\n<pre>\n\n## no\n</pre>\n## b\n', ['## a', '## b']],
      ['raw HTML closed on its own line is done at once', '## a\n<style>p {}</style>\n## b\n', ['## a', '## b']],
      ['textarea and script are raw too, in any case', '## a\n<TEXTAREA>\n## no\n</textarea>\n## b\n<Script>\n\n## no\n</SCRIPT>\n## c\n', ['## a', '## b', '## c']],
      ['a comment runs to -->', '## a\n<!--\n\n## no\n-->\n## b\n<!-- kort -->\n## c\n', ['## a', '## b', '## c']],
      ['a processing instruction runs to ?>', '## a\n<?php\n## no\n?>\n## b\n<?x ?>\n## c\n', ['## a', '## b', '## c']],
      ['CDATA runs to ]]>', '## a\n<![CDATA[\n## no\n]]>\n## b\n<![CDATA[ x ]]>\n## c\n', ['## a', '## b', '## c']],
      ['a declaration runs to >', '## a\n<!DOCTYPE\n## no\n>\n## b\n<!DOCTYPE html>\n## c\n', ['## a', '## b', '## c']],
      ['a fence closes only with a line of its marker alone', '## a\n```\ncode ```\n```js\n## no\n```\n## b\n', ['## a', '## b']],
      ['a declaration opens a block only at the start of a line', '## a\n<div><!x>\n## no\n\n## b\n', ['## a', '## b']],
      ['doubt lasts to the end, whatever blocks follow', '## a\n\n<span>\n<!-- x -->\n## no\n\n## b\n', ['## a']],
      ['an indented fence or HTML line, or another tag, ends all splitting', '## a\n   ```\n```\n## no\n', ['## a']],
      ['an indented HTML line ends all splitting', '## a\n  <div>\n\n## no\n', ['## a']],
      ['a line with another tag ends all splitting', '## a\n<span>\n\n## no\n\n## nor\n', ['## a']],
      ['a heading needs a space, a tab or the end of the line after its hashes', '## a\n##b\n#######c\n#\n##\tb\n', ['## a', '#', '##\tb']],
      ['deeper headings split too', '# t\n###### a\n### b\n', ['# t', '###### a', '### b']],
      ['no split inside the frontmatter', '---\n## no\n---\n## b\n', ['---', '## b']],
      ['a fence after the first line is no frontmatter', 'x\n---\n## a\n---\n## b\n', ['x', '## a', '## b']],
      ['an unclosed frontmatter is one chunk', '---\n## no\n\n## nor\n', ['---']],
      ['CRLF and CR line ends', '## a\r\n```\r\n## no\r\n```\r\n## b\r## c\r', ['## a', '## b', '## c']],
    ];
    for (const [name, text, chunks] of cases) {
      it(name, () => {
        assert.deepEqual(starts(text), chunks);
        assert.deepEqual(chunkedOutline(text), wholeOutline(text));
      });
    }

    it('starts at the offset it is given, and splits no chunk smaller than the minimum', () => {
      const text = '\ufeff## a\nxx\n## b\nyy\n## c\n';
      assert.deepEqual(splitIntoChunks(text, 1, 0), [{ start: 1, end: 9 }, { start: 9, end: 17 }, { start: 17, end: 22 }]);
      assert.deepEqual(splitIntoChunks(text, 1, 16), [{ start: 1, end: 17 }, { start: 17, end: 22 }]);
      assert.deepEqual(splitIntoChunks(text, 1, 17), [{ start: 1, end: 22 }]);
      assert.deepEqual(splitIntoChunks('', 0, 0), [{ start: 0, end: 0 }]);
      assert.deepEqual(splitIntoChunks('## a\n'), [{ start: 0, end: 5 }]);
    });
  });
});
