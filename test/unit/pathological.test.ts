/**
 * Markdown the parser would take quadratic time or deep recursion over is
 * read line by line instead. Where that line lies decides whether a note with
 * a long list or many links is read fully (and previewed as Markdown) or not.
 */
import assert from 'node:assert/strict';
import { isPathological } from '../../server/src/core/parse/pathological';
import { outlineChunk, createMarkdownParser } from '../../server/src/core/parse/chunkOutline';
import { markdownToHtml } from '../../server/src/core/render/markdownToHtml';

describe('Markdown too hard for the parser', () => {
  it('is more than 4,000 opening brackets', () => {
    assert.equal(isPathological(`${'[a] '.repeat(4000)}\n`), false);
    assert.equal(isPathological(`${'[a] '.repeat(4001)}\n`), true);
    assert.equal(isPathological(`${']'.repeat(10000)}\n`), false, 'closing brackets are harmless');
  });

  it('is more than 10,000 emphasis marks, stars and underscores together', () => {
    assert.equal(isPathological('*'.repeat(5000) + '_'.repeat(5000)), false);
    assert.equal(isPathological('*'.repeat(5000) + '_'.repeat(5001)), true);
    assert.equal(isPathological('*'.repeat(10001)), true);
  });

  it('is containers nested more than 64 deep on one line: quotes, list markers, ordered items', () => {
    for (const marker of ['>', '> ', '- ', '* ', '+ ', '1. ', '12) ']) {
      assert.equal(isPathological(`${marker.repeat(64)}x\n`), false, `64 × ${JSON.stringify(marker)}`);
      assert.equal(isPathological(`${marker.repeat(65)}x\n`), true, `65 × ${JSON.stringify(marker)}`);
    }
    assert.equal(isPathological(`${'-'.repeat(200)}\n`), false, 'a line of dashes is a rule, not 200 lists');
    assert.equal(isPathological(`${'1.'.repeat(100)}\n`), false, 'markers need a space after them');
    assert.equal(isPathological(`tekst\n${'> '.repeat(65)}x`), true, 'on any line, the last one too');
    assert.equal(isPathological(`\n${'> '.repeat(65)}x\n`), true, 'after a blank first line');
    assert.equal(isPathological(`${'- '.repeat(64)}-\ntekst\n`), true, 'a marker at the end of a line counts too');
    assert.equal(isPathological(`${'- '.repeat(63)}-\ntekst\n`), false);
    assert.equal(isPathological(`${'>   '.repeat(65)}x\n`), true, 'quotes with three spaces between the markers');
    assert.equal(isPathological(`${'>   '.repeat(64)}x\n`), false);
  });

  it('counts indentation as nesting: two spaces a level, a tab four spaces', () => {
    assert.equal(isPathological(`${' '.repeat(127)}- x\n`), false);
    assert.equal(isPathological(`${' '.repeat(128)}- x\n`), true);
    assert.equal(isPathological(`${'\t'.repeat(31)}- x\n`), false);
    assert.equal(isPathological(`${'\t'.repeat(32)}- x\n`), true);
    assert.equal(isPathological(`${'\t'.repeat(32)}x\n`), false);
    assert.equal(isPathological(`${'\t'.repeat(33)}x\n`), true);
    assert.equal(isPathological(`${' '.repeat(60)}${'> '.repeat(35)}x\n`), true);
    assert.equal(isPathological(`${' '.repeat(60)}${'> '.repeat(34)}x\n`), false);
  });

  it('is read line by line: its headings are still found, and the preview shows its text', () => {
    const text = `## 1. Aanleiding\n\n${'> '.repeat(100)}diep\n\n## 2. Kernpunten ##\n\nTekst ${'['.repeat(5000)}\n`;
    assert.deepEqual(outlineChunk(createMarkdownParser(), text).headings.map((h) => [h.level, h.text, h.contentAfter]), [[2, '1. Aanleiding', true], [2, '2. Kernpunten', true]]);
    const html = markdownToHtml(text, { remoteImageLabel: 'x' });
    assert.ok(html.startsWith('<h2 data-line="0">1. Aanleiding</h2>\n<p>&gt; &gt; '), html.slice(0, 80));
    assert.ok(html.includes('<h2 data-line="4">2. Kernpunten</h2>'));
  });
});
