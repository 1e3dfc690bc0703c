/**
 * The section rules of a note type (x-nota-sections): which sections are
 * missing and the number each would get, which stand out of order, which are
 * empty, and how sections and subsections are numbered.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Finding } from '../../server/src/core/findings/finding';
import { doc } from '../support/fixtures';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Secties\naan:\n  - Minister van Justitie en Veiligheid\ndatum: 19 maart 2026\nreferentie: "7244668"\n---\n';
/** Lines before the first heading of note(): the frontmatter and a blank line. */
const FIRST_HEADING_LINE = 9;
const A = 'Aanleiding';
const G = 'Geadviseerd besluit';
const K = 'Kernpunten';
const T = 'Toelichting';
const I = 'Informatie die niet openbaar gemaakt kan worden';

/** A note of the given headings, each followed by a line of text (MJenV is named, so only section findings arise). */
function note(headings: readonly string[], text = 'MJenV besluit.'): string {
  return FRONTMATTER + headings.map((heading) => `\n${heading}\n\n${text}\n`).join('');
}

/** The line (0-based) of the n-th heading of note(). */
const headingLine = (n: number) => FIRST_HEADING_LINE + 4 * n;

describe('section rules', () => {
  const service = createLanguageService();
  let count = 0;
  const check = (text: string): Finding[] => service.check(doc(`file:///sections-${count++}.md`, text), { locale: 'nl' }) ?? [];
  const of = (text: string, code: string) => check(text).filter((f) => f.code === code);

  describe('numbering', () => {
    const numbering = (headings: readonly string[]) =>
      of(note(headings), 'section-numbering').map((f) => [f.range.start.line, f.data?.actual, f.data?.expected]);

    it('accepts 1 to n, with or without a dot after the number', () => {
      assert.deepEqual(numbering([`## 1. ${A}`, `## 2 ${G}`, `## 3. ${K}`, `## 4 ${T}`, `## 5. ${I}`]), []);
    });

    it('reports a number that skips or repeats, and goes on counting from the number written', () => {
      assert.deepEqual(numbering([`## 1. ${A}`, `## 3. ${G}`, `## 4. ${K}`, `## 5. ${T}`, `## 6. ${I}`]), [[headingLine(1), '3', '2']]);
      assert.deepEqual(numbering([`## 1. ${A}`, `## 2. ${G}`, `## 2. ${K}`, `## 3. ${T}`, `## 4. ${I}`]), [[headingLine(2), '2', '3']]);
      assert.deepEqual(numbering([`## 2. ${A}`, `## 3. ${G}`, `## 4. ${K}`, `## 5. ${T}`, `## 6. ${I}`]), [[headingLine(0), '2', '1']]);
      assert.deepEqual(numbering([`## 0. ${A}`, `## 1. ${G}`, `## 2. ${K}`, `## 3. ${T}`, `## 4. ${I}`]), [[headingLine(0), '0', '1']]);
    });

    it('reports a section without a number, and one numbered like a subsection; the count goes on from where it should be', () => {
      assert.deepEqual(numbering([`## 1. ${A}`, `## ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`]), [[headingLine(1), null, '2']]);
      assert.deepEqual(numbering([`## 1. ${A}`, `## 2.1 ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`]), [[headingLine(1), '2.1', '2']]);
    });

    it('gives the range of the whole heading, and of the number for the fix', () => {
      const [finding] = of(note([`## 1. ${A}`, `## 7. ${G}`, `## 8. ${K}`, `## 9. ${T}`, `## 10. ${I}`]), 'section-numbering');
      const line = headingLine(1);
      assert.deepEqual(finding?.range, { start: { line, character: 0 }, end: { line, character: `## 7. ${G}`.length } });
      assert.deepEqual(finding?.data?.numberRange, { start: { line, character: 3 }, end: { line, character: 4 } });
      const [unnumbered] = of(note([`## ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`]), 'section-numbering');
      assert.equal(unnumbered?.data?.numberRange, null);
    });

    it('says which number it expected, for a wrong number, a missing one and one of another section', () => {
      const sections = (subs: string[]) => [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, ...subs, `## 5. ${I}`];
      const messages = (headings: string[]) => of(note(headings), 'section-numbering').map((f) => [f.range, f.message]);
      const whole = (n: number, heading: string) => ({ start: { line: headingLine(n), character: 0 }, end: { line: headingLine(n), character: heading.length } });
      assert.deepEqual(messages([`## 1. ${A}`, `## 3. ${G}`, `## 4. ${K}`, `## 5. ${T}`, `## 6. ${I}`]), [[whole(1, `## 3. ${G}`), 'Het nummer 3 klopt niet: verwacht 2.']]);
      assert.deepEqual(messages([`## 1. ${A}`, `## ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`]), [[whole(1, `## ${G}`), `De sectie ‘${G}’ heeft geen nummer: verwacht 2.`]]);
      assert.deepEqual(messages(sections(['### 3.1. Verkeerd'])), [[whole(4, '### 3.1. Verkeerd'), 'Het nummer 3.1 past niet bij sectie 4: verwacht 4.1.']]);
      assert.deepEqual(messages(sections(['### 4.2. Eén'])), [[whole(4, '### 4.2. Eén'), 'Het nummer 4.2 klopt niet: verwacht 4.1.']]);
    });

    it('counts on past 9, for sections and subsections', () => {
      const optional = ['Krachtenveld', 'Juridische aspecten', 'Financiële aspecten', 'Uitvoering', 'Communicatie', 'Fraudetoets', 'Toezeggingen'];
      const headings = [A, G, K, T, ...optional, I].map((title, i) => `## ${i + 1}. ${title}`);
      assert.equal(headings.length, 12);
      assert.deepEqual(numbering(headings), []);
      assert.deepEqual(numbering(headings.map((h) => h.replace('## 11.', '## 12.'))), [[headingLine(10), '12', '11'], [headingLine(11), '12', '13']]);
      const subs = [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, '### 4.1. Eén', '### 4.12. Twaalf', `## 5. ${I}`];
      assert.deepEqual(numbering(subs), [[headingLine(5), '4.12', '4.2']]);
    });

    it('numbers subsections within their section: N.1, N.2, … and N.1.1 one level deeper', () => {
      const sections = (subs: string[]) => [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, ...subs, `## 5. ${I}`];
      assert.deepEqual(numbering(sections(['### 4.1. Eén', '### 4.2 Twee', '#### 4.2.1. Diep', '#### 4.2.2 Dieper', '### 4.3. Drie'])), []);
      assert.deepEqual(numbering(sections(['### 4.1. Eén', '### 4.3. Drie', '### 4.4. Vier'])), [[headingLine(5), '4.3', '4.2']]);
      assert.deepEqual(numbering(sections(['### 4.2. Eén'])), [[headingLine(4), '4.2', '4.1']]);
      // Unnumbered subheadings take no part in the numbering.
      assert.deepEqual(numbering(sections(['### Bevindingen', '### 4.1. Eén', '### Meer', '### 4.2. Twee'])), []);
    });

    it('reports a subsection numbered for another section, or at another depth, with the number it should have', () => {
      const sections = (subs: string[]) => [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, ...subs, `## 5. ${I}`];
      assert.deepEqual(numbering(sections(['### 3.1. Verkeerd'])), [[headingLine(4), '3.1', '4.1']]);
      assert.deepEqual(numbering(sections(['### 4.1.1. Te diep'])), [[headingLine(4), '4.1.1', '4.1']]);
      assert.deepEqual(numbering(sections(['### 4.1. Eén', '#### 4.2. Te ondiep'])), [[headingLine(5), '4.2', '4.1.1']]);
      assert.deepEqual(numbering(sections(['### 4.1. Eén', '#### 4.1.1.1. Te diep'])), [[headingLine(5), '4.1.1.1', '4.1.1']]);
      assert.deepEqual(numbering(sections(['### 41. Geen punt'])), [[headingLine(4), '41', '4.1']]);
      // After a wrongly placed one, counting goes on as if it had its right number.
      assert.deepEqual(numbering(sections(['### 3.1. Verkeerd', '### 4.2. Twee'])), [[headingLine(4), '3.1', '4.1']]);
    });

    it('numbers the subsections of a section by the number the section has, even a wrong one', () => {
      const headings = [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 5. ${T}`, '### 5.1. Eén', '### 4.1. Twee', `## 6. ${I}`];
      assert.deepEqual(numbering(headings), [[headingLine(3), '5', '4'], [headingLine(5), '4.1', '5.2']]);
      const unnumbered = [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## ${T}`, '### 4.1. Eén', `## 5. ${I}`];
      assert.deepEqual(numbering(unnumbered), [[headingLine(3), null, '4']]);
    });
  });

  describe('missing sections', () => {
    const missing = (headings: readonly string[]) =>
      of(note(headings), 'section-missing').map((f) => [f.data?.title, f.data?.number, f.data?.beforeSection, f.data?.insertAt, f.range.start.line]);

    // The finding stands where the section would be inserted: the blank line above the next heading
    // (neither neighbour is marked), or the end of the note.
    it('places a missing section before the next present one, numbered by the sections before it', () => {
      assert.deepEqual(missing([`## 1. ${G}`, `## 2. ${K}`, `## 3. ${T}`, `## 4. ${I}`]), [[A, '1', 0, { line: headingLine(0), character: 0 }, headingLine(0) - 1]]);
      assert.deepEqual(missing([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${T}`, `## 4. ${I}`]), [[K, '3', 2, { line: headingLine(2), character: 0 }, headingLine(2) - 1]]);
    });

    it('numbers adjacent missing sections one after the other, both before the same section', () => {
      assert.deepEqual(missing([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${I}`]), [
        [K, '3', 2, { line: headingLine(2), character: 0 }, headingLine(2) - 1],
        [T, '4', 2, { line: headingLine(2), character: 0 }, headingLine(2) - 1],
      ]);
      assert.deepEqual(missing([`## 1. ${K}`, `## 2. ${T}`, `## 3. ${I}`]), [
        [A, '1', 0, { line: headingLine(0), character: 0 }, headingLine(0) - 1],
        [G, '2', 0, { line: headingLine(0), character: 0 }, headingLine(0) - 1],
      ]);
    });

    it('says where the missing section belongs, by the headings as the note has them, and stands between them', () => {
      const told = (headings: readonly string[]) => of(note(headings), 'section-missing').map((f) => [f.range, f.message]);
      const gap = (n: number) => ({ start: { line: headingLine(n) - 1, character: 0 }, end: { line: headingLine(n) - 1, character: 0 } });
      assert.deepEqual(told([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${T}`, `## 4. ${I}`]), [[gap(2), `De verplichte sectie ‘3. ${K}’ ontbreekt: die hoort tussen ‘2. ${G}’ en ‘3. ${T}’.`]]);
      assert.deepEqual(told([`## ${G}`, `## ${K}`, `## ${T}`, `## ${I}`]).slice(0, 1), [[gap(0), `De verplichte sectie ‘1. ${A}’ ontbreekt: die hoort vóór ‘${G}’.`]]);
      const text = note([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`]);
      const end = text.split('\n').length - 1;
      assert.deepEqual(of(text, 'section-missing').map((f) => [f.range, f.message]), [[
        { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, `De verplichte sectie ‘5. ${I}’ ontbreekt: die hoort na ‘4. ${T}’.`,
      ]]);
      assert.deepEqual(of(FRONTMATTER, 'section-missing').map((f) => f.message)[0], `De verplichte sectie ‘1. ${A}’ ontbreekt.`);
    });

    it('numbers a missing section after those missing before it, wherever they go', () => {
      // Aanleiding goes before Kernpunten, Toelichting before the last section: both count for the last one.
      assert.deepEqual(missing([`## 1. ${G}`, `## 2. ${K}`, `## 3. ${I}`]).map((f) => [f[0], f[1], f[2]]), [[A, '1', 0], [T, '4', 2]]);
      assert.deepEqual(missing([`## 1. ${G}`, `## 2. ${K}`, `## 3. ${T}`]).map((f) => [f[0], f[1], f[2]]), [[A, '1', 0], [I, '5', null]]);
    });

    it('stands at the very end of a note whose last line has no line break', () => {
      const text = note([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`]).replace(/\n$/, '');
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: (lines.at(-1) as string).length };
      assert.deepEqual(of(text, 'section-missing').map((f) => [f.range, f.data?.insertAt]), [[{ start: end, end }, end]]);
    });

    it('places a missing last section at the end, after optional ones', () => {
      const text = note([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, '## 5. Krachtenveld']);
      const end = text.split('\n').length - 1;
      assert.deepEqual(missing([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, '## 5. Krachtenveld']), [[I, '6', null, { line: end, character: 0 }, end]]);
    });

    it('counts a section that is there under another title of its own (an alias) as present, whatever the case and spacing', () => {
      assert.deepEqual(missing([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, '## 5. Informatie die niet openbaar wordt gemaakt']), []);
      assert.deepEqual(missing([`## 1.   aanleiding  `, `## 2. GEADVISEERD   besluit`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`]), []);
    });

    it('without any section: the range is where the sections go: after the title, or after the frontmatter', () => {
      const withTitle = `${FRONTMATTER}\n# Titel van de nota\n`;
      assert.deepEqual(of(withTitle, 'section-missing').map((f) => f.range), new Array(5).fill({ start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }));
      assert.deepEqual(of(FRONTMATTER, 'section-missing').map((f) => [f.range, f.data?.number, f.data?.insertAt]), [1, 2, 3, 4, 5].map((n) => [
        { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, String(n), { line: 8, character: 0 },
      ]));
    });
  });

  describe('order', () => {
    /** Each finding's line, section, and the other section its message names (the one to move it past). */
    const order = (headings: readonly string[]) =>
      of(note(headings), 'section-order').map((f) => [f.range.start.line, f.data?.sectionId, [...f.message.matchAll(/‘([^’]+)’/g)].map((m) => m[1]).filter((t) => t !== f.data?.title)]);

    it('of two swapped sections, reports the one that stands before the section that should precede it', () => {
      assert.deepEqual(order([`## 1. ${A}`, `## 2. ${K}`, `## 3. ${G}`, `## 4. ${T}`, `## 5. ${I}`]), [
        [headingLine(1), 'kernpunten', [G]],
      ]);
    });

    it('reports only the section that was moved, to the front or to the end', () => {
      assert.deepEqual(order([`## 1. ${T}`, `## 2. ${A}`, `## 3. ${G}`, `## 4. ${K}`, `## 5. ${I}`]), [[headingLine(0), 'toelichting', [A]]]);
      assert.deepEqual(order([`## 1. ${G}`, `## 2. ${K}`, `## 3. ${T}`, `## 4. ${I}`, `## 5. ${A}`]), [
        [headingLine(4), 'aanleiding', [G]],
      ]);
    });

    it('of a section that belongs earlier, names the first section it should come before', () => {
      const headings = [`## 1. ${A}`, `## 2. ${K}`, `## 3. ${T}`, `## 4. ${G}`, `## 5. ${I}`];
      assert.deepEqual(order(headings), [[headingLine(3), 'geadviseerd-besluit', [K]]]);
      const [finding] = of(note(headings), 'section-order');
      assert.deepEqual(finding?.range, { start: { line: headingLine(3), character: 0 }, end: { line: headingLine(3), character: `## 4. ${G}`.length } });
      assert.equal(finding?.message, `De sectie ‘${G}’ staat na ‘${K}’, maar hoort daarvoor te komen.`);
    });

    it('of a section that belongs later, names the last section it should follow', () => {
      const headings = [`## 1. ${A}`, `## 2. ${T}`, `## 3. ${G}`, `## 4. ${K}`, `## 5. ${I}`];
      const [finding] = of(note(headings), 'section-order');
      assert.deepEqual(finding?.range, { start: { line: headingLine(1), character: 0 }, end: { line: headingLine(1), character: `## 2. ${T}`.length } });
      assert.equal(finding?.message, `De sectie ‘${T}’ staat voor ‘${G}’, maar hoort daarna te komen.`);
    });

    it('reports nothing when the required sections are in order, optional ones between them or not', () => {
      assert.deepEqual(order([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, '## 5. Krachtenveld', '## 6. Communicatie', `## 7. ${I}`]), []);
      assert.deepEqual(order([`## 1. ${A}`, '## 2. Krachtenveld', `## 3. ${G}`, `## 4. ${K}`, `## 5. ${T}`, `## 6. ${I}`]), []);
    });

    it('takes the first section of a title as that section: a repeated one is an extra', () => {
      assert.deepEqual(order([`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`, `## 6. ${A}`]), []);
    });
  });

  describe('empty sections', () => {
    const empty = (text: string) => of(text, 'section-empty').map((f) => [f.range.start.line, f.data?.sectionId, f.range.end.character]);
    const headings = [`## 1. ${A}`, `## 2. ${G}`, `## 3. ${K}`, `## 4. ${T}`, `## 5. ${I}`];

    it('reports a required section without content, a comment alone being none', () => {
      const text = note(headings).replace('## 3. Kernpunten\n\nMJenV besluit.\n', '## 3. Kernpunten\n\n<!-- nog schrijven -->\n');
      assert.deepEqual(empty(text), [[headingLine(2), 'kernpunten', `## 3. ${K}`.length]]);
      const last = note(headings).replace(/MJenV besluit\.\n$/, '');
      assert.deepEqual(empty(last), [[headingLine(4), 'niet-openbaar', `## 5. ${I}`.length]]);
    });

    it('counts the content of its subsections, but not their headings alone', () => {
      const withSub = note(headings).replace('## 4. Toelichting\n\nMJenV besluit.\n', '## 4. Toelichting\n### 4.1. Afstemming\n\nTekst.\n');
      assert.deepEqual(empty(withSub), []);
      const onlyHeading = note(headings).replace('## 4. Toelichting\n\nMJenV besluit.\n', '## 4. Toelichting\n### 4.1. Afstemming\n');
      assert.deepEqual(empty(onlyHeading), [[headingLine(3), 'toelichting', `## 4. ${T}`.length]]);
    });

    it('does not report an empty optional section, nor a misplaced one twice', () => {
      const optional = note([...headings.slice(0, 4), '## 5. Krachtenveld', `## 6. ${I}`]).replace('## 5. Krachtenveld\n\nMJenV besluit.\n', '## 5. Krachtenveld\n');
      assert.deepEqual(empty(optional), []);
      const misplaced = note([`## 1. ${A}`, `## 2. ${K}`, `## 3. ${G}`, `## 4. ${T}`, `## 5. ${I}`]).replace('## 2. Kernpunten\n\nMJenV besluit.\n', '## 2. Kernpunten\n');
      assert.deepEqual(check(misplaced).filter((f) => f.code.startsWith('section-')).map((f) => f.code), ['section-order']);
    });
  });
});
