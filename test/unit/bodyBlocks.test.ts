import assert from 'node:assert/strict';
import { bodyBlocks, blocksByLines } from '../../server/src/core/page/bodyBlocks';
import type { Block, Inline } from '../../server/src/core/page/notePage';

/**
 * The body of small notes exactly as the preview, Word and PDF receive it:
 * every block, every piece of text with its marks and link.
 */
const labels = { image: 'afbeelding' };
const read = (markdown: string) => bodyBlocks(markdown, labels);
const text = (value: string, extra: Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'> = {}): Inline => ({ kind: 'text', text: value, ...extra });
const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const breakLine: Inline = { kind: 'break' };

describe('the body of a note as page blocks', () => {
  describe('text and its marks', () => {
    it('keeps hard line breaks, code, italics (both spellings), bold and strikethrough, nested marks combined', () => {
      assert.deepEqual(read('a  \nb\\\nc `x = 1` *schuin* _ook_ **_beide_** ~~weg~~\n'), [paragraph(
        text('a'), breakLine, text('b'), breakLine, text('c '), text('x = 1', { code: true }), text(' '),
        text('schuin', { italic: true }), text(' '), text('ook', { italic: true }), text(' '),
        text('beide', { bold: true, italic: true }), text(' '), text('weg', { strike: true }),
      )]);
    });

    it('turns a line break tag into a line break, in any spelling, and drops other inline tags', () => {
      assert.deepEqual(read('x<abr>y<BR />z<br/>w<br>v <span title="<br>">s</span>\n'), [paragraph(
        text('x'), text('y'), breakLine, text('z'), breakLine, text('w'), breakLine, text('v '), text('s'),
      )]);
    });

    it('leaves out a paragraph with nothing to read: only tags, a line break or white space', () => {
      assert.deepEqual(read('<span></span><br>\n\n&#32;\n\n<div></div>\n\nTekst.\n'), [paragraph(text('Tekst.'))]);
    });

    it('keeps the lines of an HTML block as lines, without its tags', () => {
      assert.deepEqual(read('<div>\nEen &amp; <b>twee</b>\n<br>\ndrie\n</div>\n'), [paragraph(text('Een & twee'), breakLine, text('drie'))]);
    });
  });

  describe('links', () => {
    it('links to http, https and e-mail addresses, without the spaces around them; nothing else', () => {
      assert.deepEqual(read('[a](< https://a.nl >) [b](http://b.nl) [c](MAILTO:c@d.nl) [d](javascript:x//http://e.nl) [e](ftp://f.nl)\n'), [paragraph(
        text('a', { link: 'https://a.nl' }), text(' '), text('b', { link: 'http://b.nl' }), text(' '), text('c', { link: 'MAILTO:c@d.nl' }),
        text(' '), text('d'), text(' '), text('e'),
      )]);
    });

    it('follows a reference to the first definition of its label, in any case, wherever the definition stands', () => {
      const note = 'Zie [de nota][Nota], [het besluit] en [de brief][b].\n\n[nota]: https://eerste.nl\n[NOTA]: https://tweede.nl\n[het besluit]: javascript:alert(1)\n\n> [b]: https://brief.nl\n';
      assert.deepEqual(read(note), [
        paragraph(text('Zie '), text('de nota', { link: 'https://eerste.nl' }), text(', '), text('het besluit'), text(' en '), text('de brief', { link: 'https://brief.nl' }), text('.')),
      ]);
    });

    it('leaves out a quote that holds nothing to show, and keeps one with text', () => {
      assert.deepEqual(read('> [b]: https://brief.nl\n\n>\n\nTekst\n\n> Citaat\n'), [
        paragraph(text('Tekst')),
        { kind: 'quote', blocks: [paragraph(text('Citaat'))] },
      ]);
    });

    it('finds a definition given in a list item or a footnote', () => {
      assert.deepEqual(read('- [Kamerbrief][k]\n\n  [k]: https://k.nl\n'), [
        { kind: 'list', ordered: false, start: 1, items: [{ checked: null, blocks: [paragraph(text('Kamerbrief', { link: 'https://k.nl' }))] }] },
      ]);
      assert.deepEqual(read('Tekst[^1] en [bron].\n\n[^1]: Zie [bron].\n\n    [bron]: https://bron.nl\n'), [
        paragraph(text('Tekst'), text('[1]'), text(' en '), text('bron', { link: 'https://bron.nl' }), text('.')),
        paragraph(text('[1] '), text('Zie '), text('bron', { link: 'https://bron.nl' }), text('.')),
      ]);
    });

    it('shows an image by reference as its description, else its label as written', () => {
      assert.deepEqual(read('![][Grafiek] ![De cijfers][grafiek] ![Grafiek]\n\n[grafiek]: plaatje.png\n'), [paragraph(
        text('[afbeelding: Grafiek]'), text(' '), text('[afbeelding: De cijfers]'), text(' '), text('[afbeelding: Grafiek]'),
      )]);
    });
  });

  describe('footnotes', () => {
    it('follow the text in the order they are written, each labelled as written; a note that is no paragraph gets its label alone', () => {
      const note = 'Eerste[^B] en tweede[^a].\n\n[^a]: Noot a.\n    Tweede regel.\n\n    Tweede alinea.\n\n[^B]:\n    ```\n    code\n    ```\n\nSlot[^leeg].\n\n[^leeg]:\n';
      assert.deepEqual(read(note), [
        paragraph(text('Eerste'), text('[B]'), text(' en tweede'), text('[a]'), text('.')),
        paragraph(text('Slot'), text('[leeg]'), text('.')),
        paragraph(text('[a] '), text('Noot a.\nTweede regel.')),
        paragraph(text('Tweede alinea.')),
        paragraph(text('[B] ')),
        { kind: 'code', text: 'code' },
        paragraph(text('[leeg] ')),
      ]);
    });

    it('keeps a footnote written inside a list item or a quote, after the text', () => {
      assert.deepEqual(read('- punt[^n]\n\n  [^n]: In de lijst.\n\n> citaat[^q]\n>\n> [^q]: In het citaat.\n'), [
        { kind: 'list', ordered: false, start: 1, items: [{ checked: null, blocks: [paragraph(text('punt'), text('[n]'))] }] },
        { kind: 'quote', blocks: [paragraph(text('citaat'), text('[q]'))] },
        paragraph(text('[n] '), text('In de lijst.')),
        paragraph(text('[q] '), text('In het citaat.')),
      ]);
    });
  });

  describe('line by line, for Markdown the parser cannot take', () => {
    it('reads headings (with or without closing hashes), and paragraphs of the lines between blank lines', () => {
      const note = 'Begin\nvervolg\n\n##  Kop  ##\n   ###### Zes ###\nTekst # geen kop\n \t \nLaatste #\n#Geen kop\n####### Zeven\n';
      assert.deepEqual(blocksByLines(note), [
        paragraph(text('Begin'), breakLine, text('vervolg')),
        { kind: 'heading', level: 2, content: [text('Kop')] },
        { kind: 'heading', level: 6, content: [text('Zes')] },
        paragraph(text('Tekst # geen kop')),
        paragraph(text('Laatste #'), breakLine, text('#Geen kop'), breakLine, text('####### Zeven')),
      ]);
    });

    it('leaves out the front matter, closed by --- or ..., with or without a byte order mark and trailing blanks', () => {
      for (const note of ['---\ntype: beslisnota\n---\nTekst\n', '\uFEFF--- \t\ntype: beslisnota\n... \nTekst\n', '---\n---\nTekst\n']) {
        assert.deepEqual(blocksByLines(note), [paragraph(text('Tekst'))], note);
      }
    });

    it('keeps every line of what only looks like front matter, or is never closed', () => {
      assert.deepEqual(blocksByLines('---x\ntype: a\n---\nTekst\n'), [paragraph(text('---x'), breakLine, text('type: a'), breakLine, text('---'), breakLine, text('Tekst'))]);
      assert.deepEqual(blocksByLines('Zie ---\na\n---\nb\n'), [paragraph(text('Zie ---'), breakLine, text('a'), breakLine, text('---'), breakLine, text('b'))]);
      assert.deepEqual(blocksByLines('---\ntype: a\n---x\na ---\nTekst\n'), [paragraph(text('---'), breakLine, text('type: a'), breakLine, text('---x'), breakLine, text('a ---'), breakLine, text('Tekst'))]);
      assert.deepEqual(blocksByLines(''), []);
    });

    it('is what a note too deeply nested for the parser becomes, front matter left out', () => {
      const deep = `---\ntype: beslisnota\n---\n${'> '.repeat(200)}diep\n\n# Kop\n`;
      assert.deepEqual(read(deep), [paragraph(text(`${'> '.repeat(200)}diep`)), { kind: 'heading', level: 1, content: [text('Kop')] }]);
    });
  });
});
