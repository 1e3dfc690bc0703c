/**
 * Reading a note: where its frontmatter block, its YAML and its body start
 * (with and without a byte order mark), each heading's number and title, and
 * which sections go to the Markdown parser (in runs of a minimum size) and
 * which are read from their lines.
 */
import assert from 'node:assert/strict';
import { createMarkdownParser, type MarkdownParser } from '../../server/src/core/parse/chunkOutline';
import { NoteParser, parseNote } from '../../server/src/core/parse/parseNote';

/** A parser that notes every text it is given. */
function counting(): { parse: MarkdownParser; seen: string[] } {
  const base = createMarkdownParser();
  const seen: string[] = [];
  return { parse: (text) => (seen.push(text), base(text)), seen };
}

describe('reading a note', () => {
  describe('the frontmatter', () => {
    it('spans the block, its fences and its keys; the body starts after the closing fence', () => {
      const note = parseNote('---\ntype: beslisnota\n---\n\n## 1. A\n');
      assert.equal(note.frontmatter.status, 'ok');
      assert.deepEqual([note.frontmatter.block, note.frontmatter.openLine, note.frontmatter.closeLine], [{ start: 0, end: 24 }, { start: 0, end: 3 }, { start: 21, end: 24 }]);
      assert.deepEqual(note.frontmatter.yaml?.keySpans.get('/type'), { start: 4, end: 8 });
      assert.equal(note.bodyStart, 24);
    });

    it('after a byte order mark, counts every offset from the note start, whether the lines or the parser read the section', () => {
      // A comment as the first block sends the section to the parser.
      for (const body of ['\ntekst\n', '\n<!-- schrijf hier -->\n']) {
        const note = parseNote(`\ufeff---\ntype: beslisnota\n---\n${body}`);
        assert.equal(note.frontmatter.status, 'ok', body);
        assert.deepEqual([note.frontmatter.block, note.frontmatter.openLine, note.frontmatter.closeLine], [{ start: 1, end: 25 }, { start: 1, end: 4 }, { start: 22, end: 25 }], body);
        assert.deepEqual(note.frontmatter.yaml?.valueSpans.get('/type'), { start: 11, end: 21 }, body);
        assert.equal(note.bodyStart, 25, body);
      }
    });

    it('reads the YAML from the line after the opening fence, with CRLF line ends too', () => {
      const note = parseNote('---\r\ntype: beslisnota\r\n---\r\n');
      assert.deepEqual(note.frontmatter.yaml?.value, { type: 'beslisnota' });
      assert.deepEqual(note.frontmatter.yaml?.keySpans.get('/type'), { start: 5, end: 9 });
    });

    it('the same YAML read again at another offset (a byte order mark added) gets its own spans', () => {
      const parser = new NoteParser();
      assert.deepEqual(parser.parse('---\ntype: beslisnota\n---\n').frontmatter.yaml?.keySpans.get('/type'), { start: 4, end: 8 });
      assert.deepEqual(parser.parse('\ufeff---\ntype: beslisnota\n---\n').frontmatter.yaml?.keySpans.get('/type'), { start: 5, end: 9 });
      assert.deepEqual(parser.parse('---\ntype: beslisnota\n---\n').frontmatter.yaml?.keySpans.get('/type'), { start: 4, end: 8 });
    });

    it('an edited frontmatter is read again, its YAML at the same offset', () => {
      const parser = new NoteParser();
      assert.deepEqual(parser.parse('---\ntype: beslisnota\n---\n').frontmatter.yaml?.value, { type: 'beslisnota' });
      assert.deepEqual(parser.parse('---\ntype: informatienota\n---\n').frontmatter.yaml?.value, { type: 'informatienota' });
    });

    it('is unclosed when the first line is a fence (after a byte order mark too) and no fence closes it', () => {
      assert.deepEqual(parseNote('---\ntype: beslisnota\n\ntekst\n').frontmatter, { status: 'unclosed', openLine: { start: 0, end: 3 } });
      assert.deepEqual(parseNote('\ufeff--- \t\ntype: beslisnota\n').frontmatter, { status: 'unclosed', openLine: { start: 1, end: 6 } });
    });

    it('is missing when the first line is anything but a fence', () => {
      for (const first of ['tekst ---', '----', '--- x', ' ---', '# Titel']) {
        assert.deepEqual(parseNote(`${first}\ntype: beslisnota\n`).frontmatter, { status: 'missing' }, first);
      }
    });

    it('leaves the body at the start of the note without it, after a byte order mark', () => {
      assert.equal(parseNote('## 1. A\n').bodyStart, 0);
      assert.equal(parseNote('\ufeff## 1. A\n').bodyStart, 1);
      assert.equal(parseNote('\ufeffTekst.\n').bodyStart, 1);
    });
  });

  describe('a heading', () => {
    const heading = (text: string) => {
      const [first] = parseNote(text).headings;
      return { number: first?.number, title: first?.title, numberSpan: first?.numberSpan };
    };

    it('has its number, its title and where the number stands', () => {
      assert.deepEqual(heading('## 4.1 Kernpunten\n'), { number: '4.1', title: 'Kernpunten', numberSpan: { start: 3, end: 6 } });
      assert.deepEqual(heading('tekst\n\n  ## 12. Toelichting ##\n'), { number: '12', title: 'Toelichting', numberSpan: { start: 12, end: 14 } });
      assert.deepEqual(heading('## Aanleiding\n'), { number: null, title: 'Aanleiding', numberSpan: null });
    });

    it('a title after a no-break space (as Word writes it) is read without that space', () => {
      assert.deepEqual(heading('## 2.\u00a0Geadviseerd besluit\n'), { number: '2', title: 'Geadviseerd besluit', numberSpan: { start: 3, end: 4 } });
    });

    it('finds the number however far the hashes stand from it', () => {
      const spaces = ' '.repeat(250);
      assert.deepEqual(heading(`##${spaces}3. Kernpunten\n`), { number: '3', title: 'Kernpunten', numberSpan: { start: 252, end: 253 } });
    });

    it('has no number span where markup splits the number: a fix must not rewrite half of it', () => {
      assert.deepEqual(heading('## 1*2*. Aanleiding\n'), { number: '12', title: 'Aanleiding', numberSpan: null });
    });
  });

  describe('which text the parser reads', () => {
    const A = '## 1. *Aanleiding*\n\ntekst\n\n';
    const B = '## 2. *Kernpunten*\n\ntekst\n\n';
    const C = '## 3. Toelichting\n\ntekst\n\n';

    it('gathers sections with markup into one run until it has the minimum size, and finds every heading', () => {
      const { parse, seen } = counting();
      const note = new NoteParser(parse, 1000).parse(A + B + C + A);
      assert.deepEqual(seen, [A + B, A]);
      assert.deepEqual(note.headings.map((h) => [h.text, h.span.start]), [['1. Aanleiding', 0], ['2. Kernpunten', A.length], ['3. Toelichting', (A + B).length], ['1. Aanleiding', (A + B + C).length]]);
    });

    it('parses a run as soon as it reaches the minimum size, counted from where the run starts', () => {
      const { parse, seen } = counting();
      new NoteParser(parse, A.length).parse(C + A + B + C);
      assert.deepEqual(seen, [A, B]);
      const merged = counting();
      new NoteParser(merged.parse, A.length + 1).parse(C + A + B + C);
      assert.deepEqual(merged.seen, [A + B]);
    });

    it('a note with a `[` in a heading but no link definition is still read section by section', () => {
      const { parse, seen } = counting();
      const heading = '## 1. [Concept] Aanleiding\n\ntekst\n\n';
      assert.deepEqual(new NoteParser(parse, 0).parse(`${heading}${C}`).headings.map((h) => h.text), ['1. [Concept] Aanleiding', '3. Toelichting']);
      assert.deepEqual(seen, [heading]);
    });

    it('a note with link definitions and references only in its body (lists, a hyphen at a line end) is read from its lines', () => {
      const { parse, seen } = counting();
      const text = '## 1. Aanleiding\n\nDe beleids-\nen uitvoeringsorganisaties, zie ticket # 12 in [Wet].\n\n- punt een\n\n## 2. Kernpunten\n\nTekst.\n\n[Wet]: https://wetten.overheid.nl/\n';
      assert.equal(new NoteParser(parse, 0).parse(text).headings.length, 2);
      assert.deepEqual(seen, []);
    });

    it('`]:` without any `[` is no link definition: a note with frontmatter is still read from its lines', () => {
      const { parse, seen } = counting();
      const text = '---\ntype: beslisnota\n---\n\n## 1. Aanleiding\n\nZie de Wet]: https://wetten.overheid.nl/\n';
      assert.equal(new NoteParser(parse, 0).parse(text).headings.length, 1);
      assert.deepEqual(seen, []);
    });
  });
});
