/**
 * What a line of a house-style note is by its text alone (core/import/patterns.ts):
 * a label of the right-hand column with or without its value, the
 * document-type word, an addressee, a numbered heading, a list marker, a page
 * number line.
 */
import assert from 'node:assert/strict';
import {
  holdsHead,
  isPageNumberLine,
  looksLikeAddressee,
  matchLabel,
  matchListMarker,
  matchNumberedHeading,
  matchTypeWord,
  plausibleHeadingTitle,
} from '../../server/src/core/import/patterns';

/** Every title counts as one of the note type's sections. */
const everyTitleKnown = () => true;

describe('import patterns', () => {
  describe('labels of the right-hand column', () => {
    it('a label alone has an empty value; spaces around the line do not count', () => {
      assert.deepEqual(matchLabel('  Datum  '), { field: 'datum', label: 'Datum', value: '' });
      assert.deepEqual(matchLabel('Onze referentie'), { field: 'referentie', label: 'Onze referentie', value: '' });
      assert.deepEqual(matchLabel('Bijlage(n)'), { field: 'bijlagen', label: 'Bijlage(n)', value: '' });
    });

    it('a label must open the line', () => {
      assert.equal(matchLabel('Nieuwe datum'), null);
    });

    it('a date on the label line is its value, with or without a colon before it', () => {
      assert.deepEqual(matchLabel('Datum 19 maart 2026'), { field: 'datum', label: 'Datum', value: '19 maart 2026' });
      assert.deepEqual(matchLabel('Datum: 19 maart 2026'), { field: 'datum', label: 'Datum', value: '19 maart 2026' });
      assert.deepEqual(matchLabel('Datum : 19 maart 2026'), { field: 'datum', label: 'Datum', value: '19 maart 2026' });
      assert.deepEqual(matchLabel('Datum 19 - 03 - 2026'), { field: 'datum', label: 'Datum', value: '19 - 03 - 2026' });
    });

    it('words around a date make the Datum line a sentence, not a label', () => {
      assert.equal(matchLabel('Datum op 19 maart 2026'), null);
      assert.equal(matchLabel('Datum 19 maart 2026 is de dag'), null);
    });

    it('a reference on the label line is one word of letters, digits and . / _ - with a digit in it', () => {
      assert.deepEqual(matchLabel('Onze referentie 2026-0000123456'), { field: 'referentie', label: 'Onze referentie', value: '2026-0000123456' });
      assert.deepEqual(matchLabel('Kenmerk JenV-2026'), { field: 'referentie', label: 'Kenmerk', value: 'JenV-2026' });
      assert.equal(matchLabel('Kenmerk van de zaak'), null);
      assert.equal(matchLabel('Onze referentie #7244668'), null);
      assert.equal(matchLabel('Onze referentie 7244668 bijgevoegd'), null);
    });

    it('the attachments on the label line are a number, geen or a dash', () => {
      assert.deepEqual(matchLabel('Bijlagen 12'), { field: 'bijlagen', label: 'Bijlagen', value: '12' });
      assert.deepEqual(matchLabel('Bijlage(n): geen'), { field: 'bijlagen', label: 'Bijlage(n)', value: 'geen' });
      assert.equal(matchLabel('Bijlagen zie punt 3'), null);
      assert.equal(matchLabel('Bijlage 1 is de brief'), null);
    });

    it('Aan with an official after it is the addressee; Aan opening a sentence is no label', () => {
      assert.deepEqual(matchLabel('Aan: de minister van Financiën'), { field: 'aan', label: 'Aan', value: 'de minister van Financiën' });
      assert.equal(matchLabel('Aan de hand van het advies'), null);
    });

    it('Kopie aan takes any value: a copy goes to people as well as officials', () => {
      assert.deepEqual(matchLabel('Kopie aan: Directie Wetgeving'), { field: 'kopie-aan', label: 'Kopie aan', value: 'Directie Wetgeving' });
    });

    it('the subject on the label line is taken as written', () => {
      assert.deepEqual(matchLabel('Onderwerp Besluit over de inzet van X'), { field: 'onderwerp', label: 'Onderwerp', value: 'Besluit over de inzet van X' });
    });
  });

  describe('the document-type word', () => {
    it('names the note type for beslisnota and informatienota, none for nota', () => {
      assert.deepEqual(matchTypeWord(' Nota '), { word: 'Nota', type: null });
      assert.deepEqual(matchTypeWord('Beslisnota'), { word: 'Beslisnota', type: 'beslisnota' });
      assert.deepEqual(matchTypeWord('INFORMATIENOTA'), { word: 'INFORMATIENOTA', type: 'informatienota' });
    });

    it('is the whole line', () => {
      assert.equal(matchTypeWord('Geen nota'), null);
      assert.equal(matchTypeWord('Nota bene'), null);
    });
  });

  describe('a table that holds the head', () => {
    it('holds the head with a Datum or Onze referentie label or a postcode line', () => {
      assert.equal(holdsHead(['Kosten', 'Datum']), true);
      assert.equal(holdsHead(['Onze referentie']), true);
      assert.equal(holdsHead(['Kenmerk 7244668']), true);
      assert.equal(holdsHead([' 2511 DP Den Haag']), true);
    });

    it('does not hold the head with other labels or text', () => {
      assert.equal(holdsHead(['Onderwerp', 'Aan', 'Bijlagen', 'Kosten in euro']), false);
    });
  });

  describe('addressees', () => {
    it('a short form of M or S and a ministry is an addressee, up to eight letters', () => {
      assert.equal(looksLikeAddressee('MJenV'), true);
      assert.equal(looksLikeAddressee('MJenVenK'), true);
      assert.equal(looksLikeAddressee('MJenVenKo'), false);
      assert.equal(looksLikeAddressee('MJenVeiligheid'), false);
      assert.equal(looksLikeAddressee('DMJenV'), false);
      assert.equal(looksLikeAddressee('MBZK 2'), false);
    });

    it('a portfolio holder or official, alone or of a ministry, with or without Aan and de before it', () => {
      assert.equal(looksLikeAddressee(' Minister van Financiën'), true);
      assert.equal(looksLikeAddressee('Aan de minister van Financiën'), true);
      assert.equal(looksLikeAddressee('de plaatsvervangend secretaris-generaal'), true);
      assert.equal(looksLikeAddressee('Secretaris-generaal'), true);
      assert.equal(looksLikeAddressee('Minister-president'), true);
      assert.equal(looksLikeAddressee('de SG'), true);
      assert.equal(looksLikeAddressee('Staatssecretaris voor Koninkrijksrelaties'), true);
    });

    it('spacing between the words does not count', () => {
      assert.equal(looksLikeAddressee('Aan  de  plaatsvervangend  secretaris-generaal  van  Financiën'), true);
    });

    it('an official named inside a sentence is no addressee line', () => {
      assert.equal(looksLikeAddressee('Brief aan de minister'), false);
      assert.equal(looksLikeAddressee('Minister gaat akkoord'), false);
    });
  });

  describe('numbered headings', () => {
    it('gives the number as written, its parts and the title', () => {
      assert.deepEqual(matchNumberedHeading(' 1. Aanleiding'), { number: '1.', parts: [1], title: 'Aanleiding' });
      assert.deepEqual(matchNumberedHeading('4.1 Afstemming'), { number: '4.1', parts: [4, 1], title: 'Afstemming' });
      assert.deepEqual(matchNumberedHeading('4.12. Afstemming'), { number: '4.12.', parts: [4, 12], title: 'Afstemming' });
      assert.deepEqual(matchNumberedHeading('1.  Aanleiding'), { number: '1.', parts: [1], title: 'Aanleiding' });
    });

    it('the number must open the line', () => {
      assert.equal(matchNumberedHeading('Bijlage 2 Overzicht'), null);
    });

    it('a title in lower case is a heading only when it is a known section title', () => {
      const text = '7. informatie die niet openbaar wordt gemaakt';
      assert.equal(matchNumberedHeading(text), null);
      assert.deepEqual(matchNumberedHeading(text, everyTitleKnown), { number: '7.', parts: [7], title: 'informatie die niet openbaar wordt gemaakt' });
      assert.deepEqual(matchNumberedHeading("7. kosten, baten en risico's", everyTitleKnown), { number: '7.', parts: [7], title: "kosten, baten en risico's" });
    });

    it('a known title that ends like a lead-in is no heading', () => {
      assert.equal(matchNumberedHeading('7. informatie die niet openbaar wordt gemaakt:', everyTitleKnown), null);
    });
  });

  describe('plausible heading titles', () => {
    it('at most 90 characters', () => {
      assert.equal(plausibleHeadingTitle(`A${'a'.repeat(89)}`), true);
      assert.equal(plausibleHeadingTitle(`A${'a'.repeat(90)}`), false);
    });

    it('at most twelve words, however they are spaced', () => {
      const twelve = 'Een twee drie vier vijf zes zeven acht negen tien elf twaalf';
      assert.equal(plausibleHeadingTitle(twelve), true);
      assert.equal(plausibleHeadingTitle(twelve.replace('Een twee', 'Een  twee')), true);
      assert.equal(plausibleHeadingTitle(`${twelve} dertien`), false);
    });

    it('punctuation inside is fine; at the end it makes a sentence or lead-in', () => {
      assert.equal(plausibleHeadingTitle("Kosten, baten en risico's"), true);
      assert.equal(plausibleHeadingTitle('Kosten en baten:'), false);
      assert.equal(plausibleHeadingTitle('Kosten en baten.'), false);
    });

    it('starts with a capital, a digit, a quote or a bracket', () => {
      assert.equal(plausibleHeadingTitle('2026 in cijfers'), true);
      assert.equal(plausibleHeadingTitle('(Nieuwe) regels'), true);
      assert.equal(plausibleHeadingTitle('aanleiding'), false);
    });
  });

  describe('list markers', () => {
    it('a bullet with a space after it, indented or not', () => {
      assert.deepEqual(matchListMarker('  - eerste punt'), { marker: '-', ordered: false, rest: 'eerste punt' });
      assert.deepEqual(matchListMarker('o tweede punt'), { marker: 'o', ordered: false, rest: 'tweede punt' });
      assert.deepEqual(matchListMarker('* derde punt'), { marker: '*', ordered: false, rest: 'derde punt' });
    });

    it('a bullet glued to a capital is a bullet, but o and * glued to a word are text', () => {
      assert.deepEqual(matchListMarker('•Aanleiding'), { marker: '•', ordered: false, rest: 'Aanleiding' });
      assert.equal(matchListMarker('*Let op*'), null);
      assert.equal(matchListMarker('oNS'), null);
    });

    it('a numbered item keeps its number and marker', () => {
      assert.deepEqual(matchListMarker('12. twaalfde punt'), { marker: '12.', ordered: true, number: 12, rest: 'twaalfde punt' });
      assert.deepEqual(matchListMarker('3) derde punt'), { marker: '3)', ordered: true, number: 3, rest: 'derde punt' });
    });

    it('a lettered item is unordered and keeps its letter in the text', () => {
      assert.deepEqual(matchListMarker('a. Eerste punt'), { marker: 'a.', ordered: false, rest: 'a. Eerste punt' });
      assert.deepEqual(matchListMarker('(b)  tweede punt'), { marker: '(b)', ordered: false, rest: '(b) tweede punt' });
    });
  });

  describe('page number lines', () => {
    it('Pagina, blad or page with a number, and of how many', () => {
      for (const text of ['Pagina 2', ' Pagina 12 van 30 ', 'pagina 2/3', 'Pagina 2 van 13', 'Page 2 of 3', 'Blad  2']) {
        assert.equal(isPageNumberLine(text), true, text);
      }
    });

    it('a number of how many, or a number between dashes', () => {
      for (const text of ['2 van 3', '12 van 13', '2/3', '- 2 -', '-2-', '– 12 –']) {
        assert.equal(isPageNumberLine(text), true, text);
      }
    });

    it('text around a page number makes it a sentence', () => {
      for (const text of ['Zie pagina 2', 'Pagina 2 is leeg', 'Stand van 2025', '- 2 - 3']) {
        assert.equal(isPageNumberLine(text), false, text);
      }
    });
  });
});
