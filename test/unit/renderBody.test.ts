/**
 * The body of the previewed note: the same HTML whether rendered whole or
 * chunk by chunk, missing sections marked where they belong, raw HTML kept
 * where it is safe, remote images not loaded, and Markdown too deep for the
 * pipeline read line by line without losing a word.
 */
import assert from 'node:assert/strict';
import { BodyRenderer } from '../../server/src/core/render/bodyRenderer';
import { markdownToHtml, type MissingSection } from '../../server/src/core/render/markdownToHtml';
import { splitIntoChunks } from '../../server/src/core/parse/chunks';

const options = { remoteImageLabel: 'Extern' };
const body = (text: string, missing: MissingSection[] = []) => new BodyRenderer().render(text, { ...options, missing, missingLabel: () => 'ontbreekt' });
/** A paragraph long enough that the next heading starts a chunk of its own. */
const LONG = 'Een zin die de sectie lang maakt. '.repeat(600);
/** Nested deeper than the pipeline reads: the body falls back to plain paragraphs. */
const DEEP = `${'> '.repeat(100)}diep`;
const deepHtml = `<p>${'&gt; '.repeat(100)}diep</p>`;

describe('the body of the previewed note', () => {
  it('is the same HTML rendered chunk by chunk as rendered whole, with every reference resolved in every chunk', () => {
    const text = `## 1. A\n\nZie [de wet][w] en [het besluit][b].\n\n${LONG}\n\n## 2. B\n\nOok [de wet][w].\n\n[w]: https://example.org/wet\n[b]: https://example.org/besluit\n`;
    assert.ok(splitIntoChunks(text).length > 1, 'the note is rendered in several chunks');
    const html = body(text);
    assert.equal(html, markdownToHtml(text, options));
    assert.match(html, /<p>Zie <a href="https:\/\/example.org\/wet">de wet<\/a> en <a href="https:\/\/example.org\/besluit">het besluit<\/a>\.<\/p>/);
    assert.match(html, /<p>Ook <a href="https:\/\/example.org\/wet">de wet<\/a>\.<\/p>/);
  });

  it('leaves out a long frontmatter after a byte order mark, comment lines included', () => {
    const text = `\ufeff---\ntype: beslisnota\ntoelichting: ${'x'.repeat(17000)}\n# een opmerking\nb: 1\n---\n## 1. A\n`;
    assert.equal(body(text).trim(), '<h2 data-line="6">1. A</h2>');
  });

  it('puts the marker of a missing first section before the note\'s first heading', () => {
    assert.equal(body('## 2. B\n\nx\n', [{ title: 'A', number: '1', beforeLine: 0 }]), [
      '<section class="nota-missing" data-missing="A"><h2>1. A</h2><p>ontbreekt</p></section>',
      '<h2 data-line="0">2. B</h2>', '<p>x</p>',
    ].join('\n'));
  });

  it('keeps the inline HTML the sanitiser allows', () => {
    assert.equal(markdownToHtml('10<sup>3</sup> en <kbd>Ctrl</kbd>\n', options), '<p>10<sup>3</sup> en <kbd>Ctrl</kbd></p>');
  });

  it('tells a remote image by its scheme: a colon later in a local path is not one, a remote image without alt text gets the label alone', () => {
    assert.equal(
      markdownToHtml('![a](./kaart:1.png) ![b](//x.org/https:b.png) <img src="https://x.org/c.png">', options),
      '<p><img src="./kaart:1.png" alt="a"> <a class="nota-remote-image" title="//x.org/https:b.png">Extern: b</a> <a href="https://x.org/c.png" class="nota-remote-image" title="https://x.org/c.png">Extern</a></p>',
    );
  });

  describe('Markdown too deep for the pipeline', () => {
    it('keeps the text before a rule when the note has no frontmatter', () => {
      assert.equal(markdownToHtml(`Inleiding\n\n---\n\n${DEEP}\n`, options), `<p>Inleiding</p>\n<p>---</p>\n${deepHtml}`);
      assert.equal(markdownToHtml(`Tekst ---\n\n${DEEP}\n\n---\n`, options), `<p>Tekst ---</p>\n${deepHtml}\n<p>---</p>`);
      assert.equal(markdownToHtml(`----\n\n${DEEP}\n\n---\n`, options), `<p>----</p>\n${deepHtml}\n<p>---</p>`);
    });

    it('leaves out a frontmatter whose fences end in spaces or tabs, and reads an unclosed one as text', () => {
      assert.equal(markdownToHtml(`--- \na: 1\n---\t\n${DEEP}\n`, options), deepHtml);
      assert.equal(markdownToHtml(`---\na: 1\n${DEEP}\n`, options), `<p>---<br>a: 1<br>${'&gt; '.repeat(100)}diep</p>`);
    });

    it('reads a heading only at the start of a line, its text without the spaces around it', () => {
      assert.equal(markdownToHtml(`#   Titel\n\nPunt # 3 van de lijst\n\n${DEEP}\n`, options), `<h1 data-line="0">Titel</h1>\n<p>Punt # 3 van de lijst</p>\n${deepHtml}`);
    });

    it('ends a paragraph at a line of only spaces', () => {
      assert.equal(markdownToHtml(`Een\n   \nTwee\n\n${DEEP}\n`, options), `<p>Een</p>\n<p>Twee</p>\n${deepHtml}`);
    });
  });
});
