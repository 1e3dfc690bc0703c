/**
 * Properties of how a note names its addressees, over random dashes, white
 * space and letter case: whatever the spelling, a note gets exactly the
 * findings note-format.md gives, on exactly the ranges of the entries in `aan`.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/core/languageService';
import { doc, summarizeRanges } from '../support/fixtures';
import { noteWith } from '../support/addresseeNotes';
import { runs } from '../support/mutations';

/** State secretaries with two portfolios each, as in parliament papers, with their short forms. */
const MINISTRIES = [
  { base: 'Staatssecretaris van Financiën', short: 'SFin', portfolios: ['Fiscaliteit, Belastingdienst en Douane', 'Herstel en Toeslagen'] },
  { base: 'Staatssecretaris van Volksgezondheid, Welzijn en Sport', short: 'SVWS', portfolios: ['Jeugd, Preventie en Sport', 'Langdurige Zorg'] },
  { base: 'Staatssecretaris van Justitie en Veiligheid', short: 'SJenV', portfolios: ['Justitiële Jeugd, Slachtofferzorg en Gevangeniswezen', 'Migratie'] },
];

const dash = fc.constantFrom('–', '—', '-');
/** White space around a dash in running text: spaces, a tab, a no-break space; before an en or em dash also a line break. */
const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u00a0');
const flips = fc.array(fc.boolean(), { minLength: 80, maxLength: 80 });

/** The text with each letter's case flipped where `flip` says so. */
function recase(text: string, flip: readonly boolean[]): string {
  return [...text].map((c, i) => (flip[i % flip.length] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join('');
}

function titleIn(base: string, portfolio: string, spelling: { dash: string; before: string; after: string; flip: readonly boolean[] }): string {
  const before = spelling.dash === '-' ? spelling.before.replace(/\n/g, ' ') : spelling.before;
  return recase(`${base}${before}${spelling.dash}${spelling.after}${portfolio}`, spelling.flip);
}

const spelling = fc.record({ dash, before: fc.oneof(gap, fc.constant('\n')), after: gap, flip: flips });
const aanSpelling = fc.record({ dash, before: fc.constant(' '), after: fc.constant(' '), flip: flips });

/** The range an addressee's finding has: its whole entry in `aan` (entries start on line 5, column 5). */
function entryRange(index: number, value: string): string {
  return `${5 + index}:5-${5 + index}:${5 + value.length}`;
}

describe('properties of naming the addressees (fast-check)', function () {
  this.timeout(0);
  const service = createLanguageService();
  let counter = 0;
  const check = (text: string, locale: 'nl' | 'en' = 'nl') => {
    const uri = `file:///naming-${counter++}.md`;
    const findings = service.check(doc(uri, text), { locale }) ?? [];
    service.close(uri);
    return findings;
  };

  it('a title with a portfolio, in `aan` and in the text in any dash and case, names its addressee', () => {
    fc.assert(fc.property(fc.constantFrom(...MINISTRIES), fc.nat(1), aanSpelling, spelling, (ministry, p, inAan, inText) => {
      const portfolio = ministry.portfolios[p] as string;
      const aan = titleIn(ministry.base, portfolio, inAan);
      const other = ministry.portfolios[1 - p] as string;
      // The other state secretary of the ministry is addressed too and named by the full title as well.
      const text = `De ${titleIn(ministry.base, portfolio, inText)} en de ${titleIn(ministry.base, other, inText)} stemmen in.`;
      assert.deepEqual(summarizeRanges(check(noteWith([aan, `${ministry.base} – ${other}`], text))), [], `${aan}\n${text}`);
    }), { numRuns: runs(300, 15_000) });
  });

  it('two state secretaries of one ministry: only the full title names one; the base title, the short form and "u" name neither', () => {
    const names = fc.subarray(['full0', 'full1', 'base', 'short', 'u'] as const);
    fc.assert(fc.property(fc.constantFrom(...MINISTRIES), names, aanSpelling, aanSpelling, spelling, fc.constantFrom<'nl' | 'en'>('nl', 'en'), (ministry, used, first, second, inText, locale) => {
      const aan = [titleIn(ministry.base, ministry.portfolios[0] as string, first), titleIn(ministry.base, ministry.portfolios[1] as string, second)];
      const parts = used.map((name) => {
        switch (name) {
          case 'full0': return `de ${titleIn(ministry.base, ministry.portfolios[0] as string, inText)}`;
          case 'full1': return `de ${titleIn(ministry.base, ministry.portfolios[1] as string, inText)}`;
          case 'base': return `de ${recase(ministry.base, inText.flip)}`;
          case 'short': return ministry.short;
          case 'u': return recase('u', inText.flip);
        }
      });
      const findings = check(noteWith(aan, `Geadviseerd wordt: ${parts.join(', ')}; akkoord.`), locale);
      const expected = aan.flatMap((value, i) => (used.includes(i === 0 ? 'full0' : 'full1') ? [] : [`${entryRange(i, value)} portfolio-holder-missing`]));
      assert.deepEqual(summarizeRanges(findings), expected.sort(), parts.join(', '));
      for (const finding of findings) {
        assert.match(finding.message, locale === 'nl' ? /de portefeuille is nodig om hen te onderscheiden/ : /the portfolio is needed to tell them apart/);
        assert.equal(/‘u’ is (niet genoeg|not enough)/.test(finding.message), used.includes('u'), finding.message);
      }
    }), { numRuns: runs(300, 15_000) });
  });

  it('with one addressee, "u" in any case, anywhere in the advised decision, names them; with more it names none', () => {
    const words = fc.array(fc.constantFrom('wordt', 'geadviseerd', 'om', 'in', 'te', 'stemmen', 'met', 'de', 'brief', 'uit', 'nu', 'uw', 'U-bocht', 'Utrecht', 'duur', 'akkoord.'), { maxLength: 12 });
    const addressee = fc.constantFrom('Minister van Justitie en Veiligheid', 'SJenV', 'Staatssecretaris van Financiën – Herstel en Toeslagen', 'Minister-President');
    fc.assert(fc.property(words, words, fc.constantFrom('u', 'U'), fc.boolean(), fc.uniqueArray(addressee, { minLength: 1, maxLength: 3 }), (before, after, you, speaks, aan) => {
      // Without "u" (and without "uw", the possessive, which also speaks to the addressee), nothing names anyone.
      const filler = (list: string[]) => list.filter((w) => speaks || w !== 'uw');
      const text = [...filler(before), ...(speaks ? [you] : []), ...filler(after)].join(' ') || 'Geen tekst.';
      const findings = summarizeRanges(check(noteWith(aan, text)));
      const expected = aan.length === 1 && speaks ? [] : aan.map((value, i) => `${entryRange(i, value)} portfolio-holder-missing`);
      assert.deepEqual(findings, expected.sort(), `${aan.join(' | ')}: ${text}`);
    }), { numRuns: runs(300, 15_000) });
  });

  it('an unknown base title with a portfolio is unknown in any dash and case, where it is addressed and where it is named', () => {
    fc.assert(fc.property(aanSpelling, spelling, fc.boolean(), (inAan, inText, named) => {
      const value = titleIn('Staatssecretaris van Toverkunst', 'Spreuken en Bezweringen', inAan);
      const title = titleIn('staatssecretaris van Toverkunst', 'Spreuken en Bezweringen', inText);
      const text = named ? `De ${title} stemt in.` : 'U stemt in.';
      const expected = [`${entryRange(0, value)} portfolio-holder-unknown`];
      if (named) {
        const lines = title.split('\n');
        const endLine = 16 + lines.length - 1;
        const endColumn = (lines.length === 1 ? 3 : 0) + (lines.at(-1) as string).length + 1;
        // In running text an unknown title needs a capital to be told from prose ("Toverkunst"); it then runs on
        // over the portfolio `aan` gives. Without one, the text can still name the addressee as written (any case and
        // spacing, but the same dash).
        if (/^[A-Z]/.test(title.split(/\s+/)[2] ?? '')) expected.push(`16:4-${endLine}:${endColumn} portfolio-holder-unknown`);
        else if (inText.dash !== inAan.dash) expected.push(`${entryRange(0, value)} portfolio-holder-missing`);
      }
      assert.deepEqual(summarizeRanges(check(noteWith([value], text))), expected.sort(), `${value}\n${text}`);
    }), { numRuns: runs(300, 15_000) });
  });
});
