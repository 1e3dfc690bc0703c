/**
 * Spans of imported text as Markdown phrasing (core/import/phrasing.ts):
 * wrapped lines joined as the text reads, bold as strong and italic as
 * emphasis with the white space at their edges outside the marks, and
 * list markers and blank edges taken off a line's spans.
 */
import assert from 'node:assert/strict';
import type { PhrasingContent } from 'mdast';
import { dropPrefix, linesToPhrasing, spaceBetween, spansToPhrasing, trimSpans } from '../../server/src/core/import/phrasing';
import type { SourceLine, Span } from '../../server/src/core/import/source';

/** A line of spans; a string is a span without marks. */
const line = (...spans: (string | Span)[]): SourceLine => ({ spans: spans.map((s) => (typeof s === 'string' ? { text: s } : s)), indent: 0 });
const b = (text: string): Span => ({ text, bold: true });
const i = (text: string): Span => ({ text, italic: true });

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const BREAK: PhrasingContent = { type: 'break' };

describe('Import phrasing', () => {
  describe('lines of a paragraph', () => {
    it('wrapped lines are joined with one space', () => {
      assert.deepEqual(linesToPhrasing([line('Dit is de eerste'), line('en de tweede regel.')], false), [text('Dit is de eerste en de tweede regel.')]);
    });

    it('empty lines add nothing, at the start, in between or at the end', () => {
      const lines = [line(''), line('Een'), line('   '), line('Twee'), line('')];
      assert.deepEqual(linesToPhrasing(lines, false), [text('Een Twee')]);
      assert.deepEqual(linesToPhrasing(lines, true), [text('Een'), BREAK, text('Twee')]);
    });

    it('kept line breaks are hard breaks', () => {
      assert.deepEqual(linesToPhrasing([line('Postbus 20011'), line('2500 EA Den Haag')], true), [text('Postbus 20011'), BREAK, text('2500 EA Den Haag')]);
    });

    it('a word hyphenated at the end of a line keeps its hyphen and gets no space', () => {
      assert.deepEqual(linesToPhrasing([line('de zorg-'), line('verlening gaat door')], false), [text('de zorg-verlening gaat door')]);
    });

    it('a hyphen in a run of its own still joins the word', () => {
      assert.deepEqual(linesToPhrasing([line('de zorg', '-'), line('verlening')], false), [text('de zorg-verlening')]);
    });

    it('a soft hyphen at the end of a line is dropped and the word joined', () => {
      assert.deepEqual(linesToPhrasing([line('de zorg\u00ad'), line('verlening')], false), [text('de zorgverlening')]);
      assert.deepEqual(linesToPhrasing([line('de ', i('zorg\u00ad')), line(i('verlening'))], false), [text('de '), emphasis('zorgverlening')]);
    });

    it('bold text wrapped over two lines stays one strong, the space inside it', () => {
      const lines = [line('Dit is ', b('heel belangrijk')), line(b('en dringend'), ' om te doen.')];
      assert.deepEqual(linesToPhrasing(lines, false), [text('Dit is '), strong('heel belangrijk en dringend'), text(' om te doen.')]);
    });
  });

  describe('the space between two runs', () => {
    it('is bold between bold runs and italic between italic runs', () => {
      assert.deepEqual(spaceBetween(b('vet'), b('vet')), { text: ' ', bold: true });
      assert.deepEqual(spaceBetween(i('schuin'), i('schuin')), { text: ' ', italic: true });
      assert.deepEqual(spaceBetween({ text: 'beide', bold: true, italic: true }, { text: 'beide', bold: true, italic: true }), { text: ' ', bold: true, italic: true });
    });

    it('has no mark that only one side has', () => {
      assert.deepEqual(spaceBetween(b('vet'), { text: 'gewoon' }), { text: ' ' });
      assert.deepEqual(spaceBetween({ text: 'gewoon' }, b('vet')), { text: ' ' });
      assert.deepEqual(spaceBetween(i('schuin'), { text: 'gewoon' }), { text: ' ' });
      assert.deepEqual(spaceBetween({ text: 'gewoon' }, i('schuin')), { text: ' ' });
    });

    it('is plain after a break or with a side missing', () => {
      assert.deepEqual(spaceBetween(undefined, b('vet')), { text: ' ' });
      assert.deepEqual(spaceBetween('break', b('vet')), { text: ' ' });
      assert.deepEqual(spaceBetween(b('vet'), undefined), { text: ' ' });
      assert.deepEqual(spaceBetween(i('schuin'), undefined), { text: ' ' });
    });
  });

  describe('marks', () => {
    it('white space at the edges of a mark goes outside it', () => {
      assert.deepEqual(spansToPhrasing([{ text: 'Zie ' }, b('  vet  '), { text: 'hier' }]), [text('Zie   '), strong('vet'), text('  hier')]);
      assert.deepEqual(spansToPhrasing([{ text: 'Zie' }, i(' schuin'), { text: '.' }]), [text('Zie '), emphasis('schuin'), text('.')]);
      assert.deepEqual(spansToPhrasing([b('vet '), { text: 'tekst' }]), [strong('vet'), text(' tekst')]);
      assert.deepEqual(spansToPhrasing([{ text: 'tekst ' }, b('vet')]), [text('tekst '), strong('vet')]);
    });

    it('a marked run of white space only is plain text, one with its neighbours', () => {
      assert.deepEqual(spansToPhrasing([{ text: 'een' }, b(' '), { text: 'twee' }]), [text('een twee')]);
    });

    it('spans with the same marks are one run; bold and italic is strong around emphasis', () => {
      assert.deepEqual(spansToPhrasing([b('heel '), b('belangrijk'), { text: 'beide', bold: true, italic: true }]), [
        strong('heel belangrijk'),
        { type: 'strong', children: [emphasis('beide')] },
      ]);
    });

    it('a break stands between the runs around it', () => {
      assert.deepEqual(spansToPhrasing([b('vet'), 'break', b('vet'), { text: 'gewoon' }]), [strong('vet'), BREAK, strong('vet'), text('gewoon')]);
    });

    it('empty spans give nothing', () => {
      assert.deepEqual(spansToPhrasing([{ text: '' }, b(''), 'break', { text: '' }]), [BREAK]);
    });
  });

  describe('trimming and cutting spans', () => {
    it('blank spans at the edges go, and the white space at the edges of the rest', () => {
      assert.deepEqual(trimSpans([{ text: '  ' }, b(' Vet '), { text: 'en gewoon ' }, i(' ')]), [b('Vet '), { text: 'en gewoon' }]);
    });

    it('a line of blank spans has none left', () => {
      assert.deepEqual(trimSpans([{ text: ' ' }, b('\t')]), []);
    });

    it('a list marker is cut off the spans, also where it ends with a span', () => {
      assert.deepEqual(dropPrefix([{ text: '1. ' }, b('Vet'), { text: ' en gewoon' }], 3), [b('Vet'), { text: ' en gewoon' }]);
    });

    it('a list marker spread over spans is cut off all of them', () => {
      assert.deepEqual(dropPrefix([{ text: '1' }, { text: '. Eerste punt' }], 3), [{ text: 'Eerste punt' }]);
      assert.deepEqual(dropPrefix([{ text: '- Vet' }, b(' punt')], 2), [{ text: 'Vet' }, b(' punt')]);
    });
  });
});
