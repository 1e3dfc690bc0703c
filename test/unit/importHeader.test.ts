/**
 * The head of an imported note (core/import/header.ts): labels and their
 * values, the addresses, the type word and the subject, the sender block and
 * the addressees, read from hand-made blocks of lines as the text, PDF and
 * Word readers give them. A text file and a PDF wrap the lines of a
 * paragraph (`TEXT`); a Word paragraph's lines are the author's own (`WORD`).
 */
import assert from 'node:assert/strict';
import { recogniseHeader, type HeaderOptions, type HeaderResult } from '../../server/src/core/import/header';
import { rowsOf, withoutBullet, type Row } from '../../server/src/core/import/rows';
import type { SourceBlock, SourceLine, Span } from '../../server/src/core/import/source';

/** A line: plain text, or spans with their marks. */
type Line = string | Span[];

const toLine = (line: Line): SourceLine => ({ spans: typeof line === 'string' ? [{ text: line }] : line, indent: 0 });
/** A paragraph of the main text. */
const body = (...lines: Line[]): SourceBlock => ({ kind: 'paragraph', lines: lines.map(toLine), page: 1, column: 'body' });
/** A paragraph of the right-hand column. */
const side = (...lines: Line[]): SourceBlock => ({ kind: 'paragraph', lines: lines.map(toLine), page: 1, column: 'side' });
const bold = (text: string): Span[] => [{ text, bold: true }];

const TEXT: HeaderOptions = { wrapsLines: true };
const WORD: HeaderOptions = { wrapsLines: false };

/** The head read from blocks, as the recogniser gives them (bullets taken off). */
function head(blocks: SourceBlock[], options: HeaderOptions = TEXT): HeaderResult {
  return recogniseHeader(rowsOf({ format: 'txt', blocks, dropped: [] }).map(withoutBullet), options);
}
const texts = (rows: readonly Row[]) => rows.map((row) => row.text);

describe('Import: the head of a note', () => {
  describe('labels and their values', () => {
    it('reads a whole head: addressee, type word, subject, sender, address, Datum, Onze referentie, Bijlage(n)', () => {
      const result = head([
        body('Minister van Justitie en Veiligheid'),
        body('nota'),
        body('Besluit over de fietsenstalling'),
        side(bold('Ministerie van Justitie en Veiligheid'), 'Directoraat-Generaal Straffen en', 'Beschermen'),
        side('Turfmarkt 147', '2511 DP Den Haag'),
        side('Datum', '19 maart 2026', 'Onze referentie', '4412345', 'Bijlage(n)', '2'),
      ]);
      assert.deepEqual(result.fields, {
        typeWord: { word: 'nota', type: null },
        onderwerp: 'Besluit over de fietsenstalling',
        aan: ['Minister van Justitie en Veiligheid'],
        datum: '19 maart 2026',
        referentie: '4412345',
        bijlagen: 2,
        afzender: {
          organisatie: 'Ministerie van Justitie en Veiligheid',
          onderdeel: ['Directoraat-Generaal Straffen en Beschermen'],
          bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag',
        },
      });
      assert.deepEqual([...result.used].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      assert.deepEqual(result.unplaced, []);
      assert.deepEqual(result.duplicates, []);
      // The right-hand column's lines and values, to know a running header by; not the addressee, type word or subject.
      assert.deepEqual([...result.echoes].sort(), [
        '19 maart 2026',
        '2',
        '2511 dp den haag',
        '4412345',
        'beschermen',
        'bijlage(n)',
        'datum',
        'directoraat-generaal straffen en',
        'directoraat-generaal straffen en beschermen',
        'ministerie van justitie en veiligheid',
        'onze referentie',
        'turfmarkt 147',
        'turfmarkt 147, 2511 dp den haag',
      ]);
      assert.deepEqual(result.echoValues, ['ministerie van justitie en veiligheid', 'directoraat-generaal straffen en beschermen', 'turfmarkt 147, 2511 dp den haag']);
    });

    it('a value on the label\'s line counts, and the value is known again alone', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), side('Datum: 19 maart 2026', 'Kenmerk 2026-0042')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', datum: '19 maart 2026', referentie: '2026-0042', afzender: {} });
      assert.deepEqual([...result.echoes].sort(), ['19 maart 2026', '2026-0042', 'datum: 19 maart 2026', 'kenmerk 2026-0042']);
      assert.deepEqual(result.echoValues, []);
    });

    it('a date in a loose form is written in full, with the form the source wrote', () => {
      const result = head([body('Datum', '19-03-2026')]);
      assert.deepEqual(result.fields, { datum: '19 maart 2026', datumWritten: '19-03-2026', afzender: {} });
    });

    it('Aan, Kopie aan and Onderwerp take the lines up to a blank line; Datum takes one line', () => {
      const result = head([
        body('nota'),
        body('Aan', 'Minister van Financiën', 'Staatssecretaris van Financiën'),
        body('Kopie aan', 'Directie Begrotingszaken', 'Inspectie der Rijksfinanciën'),
        body('Onderwerp', 'Voorjaarsnota', 'en de suppletoire begroting'),
        body('Datum', '19 maart 2026', 'Ter informatie'),
        body('Slotregel van de kop'),
      ]);
      assert.deepEqual(result.fields, {
        typeWord: { word: 'nota', type: null },
        aan: ['Minister van Financiën', 'Staatssecretaris van Financiën'],
        kopieAan: ['Directie Begrotingszaken', 'Inspectie der Rijksfinanciën'],
        onderwerp: 'Voorjaarsnota en de suppletoire begroting',
        datum: '19 maart 2026',
        afzender: {},
      });
      assert.deepEqual(texts(result.unplaced), ['Ter informatie', 'Slotregel van de kop']);
    });

    it('a list value stops at the next label or the type word, even within its paragraph', () => {
      const result = head([body('Aan', 'Minister van Financiën', 'Datum', '19 maart 2026'), body('Kopie aan', 'Directie Begrotingszaken', 'nota', 'Voorjaarsnota')]);
      assert.deepEqual(result.fields, {
        aan: ['Minister van Financiën'],
        datum: '19 maart 2026',
        kopieAan: ['Directie Begrotingszaken'],
        typeWord: { word: 'nota', type: null },
        onderwerp: 'Voorjaarsnota',
        afzender: {},
      });
      assert.deepEqual(result.unplaced, []);
    });

    it('a label that comes again is left for the text: the first value holds', () => {
      const result = head([
        body('Aan', 'Minister van Financiën'),
        body('Kopie aan', 'Directie Begrotingszaken'),
        body('Onderwerp', 'Voorjaarsnota'),
        body('Datum', '19 maart 2026'),
        body('Onze referentie', '4412345'),
        body('Bijlage(n)', '2'),
        body('Aan', 'Minister van Defensie'),
        body('Kopie aan', 'Directie Financiën'),
        body('Onderwerp', 'Najaarsnota'),
        body('Datum', '20 maart 2026'),
        body('Onze referentie', '4412346'),
        body('Bijlage(n)', '3'),
      ]);
      assert.deepEqual(result.fields, {
        aan: ['Minister van Financiën'],
        kopieAan: ['Directie Begrotingszaken'],
        onderwerp: 'Voorjaarsnota',
        datum: '19 maart 2026',
        referentie: '4412345',
        bijlagen: 2,
        afzender: {},
      });
      assert.deepEqual(texts(result.unplaced), ['Aan', 'Minister van Defensie', 'Kopie aan', 'Directie Financiën', 'Onderwerp', 'Najaarsnota', 'Datum', '20 maart 2026', 'Onze referentie', '4412346', 'Bijlage(n)', '3']);
    });

    it('a label whose value does not look like one is left with its line: no date, a reference without a digit or with words, a long attachment text', () => {
      const longAttachments = 'Overzicht van de kosten per regio in 2026'; // 41 characters
      assert.equal(longAttachments.length, 41);
      const result = head([
        body('nota'),
        body('Voorjaarsnota'),
        body('Datum', 'volgt nog'),
        body('Onze referentie', 'volgt'),
        body('Kenmerk', 'zie bijlage 3'),
        body('Bijlage(n)', longAttachments),
      ]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Datum', 'volgt nog', 'Onze referentie', 'volgt', 'Kenmerk', 'zie bijlage 3', 'Bijlage(n)', longAttachments]);
    });

    it('a reference may hold one space; an attachment text of 40 characters is kept as written', () => {
      const attachments = 'Overzicht van de kosten per regio in 202';
      assert.equal(attachments.length, 40);
      const result = head([body('Onze referentie', 'JenV 4412345'), body('Bijlage(n)', attachments)]);
      assert.deepEqual(result.fields, { referentie: 'JenV 4412345', bijlagen: attachments, afzender: {} });
    });
  });

  describe('addresses', () => {
    it('a street or Postbus line with the postcode line under it is the visiting or postal address', () => {
      const result = head([side('Turfmarkt 147', '2511 DP Den Haag', 'Postbus 20301', '2500 EH Den Haag')]);
      assert.deepEqual(result.fields.afzender, { bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag', postadres: 'Postbus 20301, 2500 EH Den Haag' });
      assert.deepEqual(result.unplaced, []);
    });

    it('an address on one line', () => {
      const result = head([side('Turfmarkt 147, 2511 DP Den Haag', 'Postbus 20301 2500 EH Den Haag')]);
      assert.deepEqual(result.fields.afzender, { bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag', postadres: 'Postbus 20301, 2500 EH Den Haag' });
    });

    it('a Postadres or Bezoekadres label says which address follows, whatever its first line', () => {
      const result = head([side('Postadres', 'Turfmarkt 147', '2511 DP Den Haag'), side('Bezoekadres', 'Postbus 20301', '2500 EH Den Haag')]);
      assert.deepEqual(result.fields.afzender, { postadres: 'Turfmarkt 147, 2511 DP Den Haag', bezoekadres: 'Postbus 20301, 2500 EH Den Haag' });
      assert.deepEqual(result.unplaced, []);
      assert.ok(result.echoes.has('postadres') && result.echoes.has('bezoekadres'));
    });

    it('an address label on the address\'s own line is no part of the address', () => {
      const result = head([side('Bezoekadres Turfmarkt 147, 2511 DP Den Haag', 'Postadres Postbus 20301', '2500 EH Den Haag')]);
      assert.deepEqual(result.fields.afzender, { bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag', postadres: 'Postbus 20301, 2500 EH Den Haag' });
      assert.deepEqual(result.unplaced, []);
      assert.deepEqual(head([side('Postadres Turfmarkt 147', '2511 DP Den Haag')]).fields.afzender, { postadres: 'Turfmarkt 147, 2511 DP Den Haag' });
    });

    it('a postcode line first, or under a label\'s value, is no address', () => {
      assert.deepEqual(head([body('2511 DP Den Haag')]).fields.afzender, {});
      const result = head([body('nota'), body('Voorjaarsnota'), body('Onze referentie', '4412345'), body('2511 DP Den Haag')]);
      assert.deepEqual(result.fields.afzender, {});
      assert.deepEqual(texts(result.unplaced), ['2511 DP Den Haag']);
    });

    it('a line with another label is never the street of an address', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Datum', '19 maart 2026'), body('Datum 20 maart 2026', '2511 DP Den Haag')]);
      assert.deepEqual(result.fields.afzender, {});
      assert.deepEqual(texts(result.unplaced), ['Datum 20 maart 2026', '2511 DP Den Haag']);
    });

    it('a second visiting address is left for the text', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Turfmarkt 147, 2511 DP Den Haag'), body('Schedeldoekshaven 100, 2511 EZ Den Haag')]);
      assert.equal(result.fields.afzender.bezoekadres, 'Turfmarkt 147, 2511 DP Den Haag');
      assert.deepEqual(texts(result.unplaced), ['Schedeldoekshaven 100, 2511 EZ Den Haag']);
    });

    it('a postcode line under a line without a number is no address', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Den Haag Centrum', '2511 DP Den Haag')]);
      assert.deepEqual(result.fields.afzender, {});
      assert.deepEqual(texts(result.unplaced), ['Den Haag Centrum', '2511 DP Den Haag']);
    });

    it('a subject that names an address, or runs over two lines with a number, is no address', () => {
      const labelled = head([body('Onderwerp', 'Verhuizing naar Turfmarkt 147, 2511 DP Den Haag')]);
      assert.deepEqual(labelled.fields, { onderwerp: 'Verhuizing naar Turfmarkt 147, 2511 DP Den Haag', afzender: {} });
      const wrapped = head([body('nota'), body('Begroting 2026 en', 'de gevolgen voor de regio')]);
      assert.deepEqual(wrapped.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Begroting 2026 en de gevolgen voor de regio', afzender: {} });
    });
  });

  describe('the type word and the subject', () => {
    it('the type word names the note type', () => {
      assert.deepEqual(head([body('Beslisnota')]).fields.typeWord, { word: 'Beslisnota', type: 'beslisnota' });
    });

    it('the subject follows the type word; addressees right after the word are not part of it', () => {
      const result = head([body('nota'), body('Minister van Financiën', 'Voorjaarsnota 2026')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota 2026', aan: ['Minister van Financiën'], afzender: {} });
    });

    it('a paragraph of addressees after the type word is passed for the next one', () => {
      const result = head([body('nota'), body('Minister van Financiën'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', aan: ['Minister van Financiën'], afzender: {} });
    });

    it('the right-hand column after the type word is not the subject', () => {
      const result = head([body('nota'), side('Directie Wetgeving'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', afzender: { organisatie: 'Directie Wetgeving' } });
    });

    it('a subject given by its label holds: the text after the type word is left', () => {
      const result = head([body('Onderwerp: Voorjaarsnota'), body('nota'), body('Een andere regel')]);
      assert.deepEqual(result.fields, { onderwerp: 'Voorjaarsnota', typeWord: { word: 'nota', type: null }, afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Een andere regel']);
    });

    it('without a type word the subject is the last free text', () => {
      const result = head([body('Minister van Financiën'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields, { onderwerp: 'Voorjaarsnota', aan: ['Minister van Financiën'], afzender: {} });
    });

    it('without a type word, a subject may name a minister on a line of its own', () => {
      const result = head([body('Minister van Defensie'), body('Bezoek van de', 'minister van Financiën aan Groningen')]);
      assert.deepEqual(result.fields, { onderwerp: 'Bezoek van de minister van Financiën aan Groningen', aan: ['Minister van Defensie'], afzender: {} });
    });

    it('without a type word, the first line, addressees alone, or text with a bold line are no subject', () => {
      const first = head([body('Directie Wetgeving'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(first.fields, { datum: '19 maart 2026', afzender: { organisatie: 'Directie Wetgeving' } });
      const addressees = head([body('Datum', '19 maart 2026'), body('Minister van Financiën')]);
      assert.deepEqual(addressees.fields, { datum: '19 maart 2026', aan: ['Minister van Financiën'], afzender: {} });
      const withBold = head([body('Minister van Financiën'), body(bold('Ministerie van Financiën'), 'Directie Begrotingszaken'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(withBold.fields, { aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: { organisatie: 'Ministerie van Financiën', onderdeel: ['Directie Begrotingszaken'] } });
    });

    it('without a type word, a label line left over (a second Datum) is no subject: the text before it is', () => {
      const result = head([body('Minister van Financiën'), body('Voorjaarsnota'), body('Datum', '19 maart 2026'), body('Datum 20 maart 2026')]);
      assert.deepEqual(result.fields, { onderwerp: 'Voorjaarsnota', aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Datum 20 maart 2026']);
      // In one Word paragraph's lines too.
      const joined = head([body('Datum', '19 maart 2026'), body('Minister van Financiën'), body(''), body('Voorjaarsnota', 'Datum 20 maart 2026')], WORD);
      assert.deepEqual(joined.fields, { onderwerp: 'Voorjaarsnota', aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: {} });
      assert.deepEqual(texts(joined.unplaced), ['Datum 20 maart 2026']);
      // With nothing before it but an addressee, there is no subject at all.
      const alone = head([body('Minister van Financiën'), body('Datum', '19 maart 2026'), body('Datum 20 maart 2026')]);
      assert.deepEqual(alone.fields, { aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: {} });
      assert.deepEqual(texts(alone.unplaced), ['Datum 20 maart 2026']);
    });

    it('a document title that repeats the subject is a duplicate, not text', () => {
      const result = head([body('Voorjaarsnota  2026'), body('Kabinet van de Koning'), body('nota'), body('voorjaarsnota 2026')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'voorjaarsnota 2026', aan: ['Kabinet van de Koning'], afzender: {} });
      assert.deepEqual(texts(result.duplicates), ['Voorjaarsnota 2026']);
      assert.ok(result.used.has(0));
      assert.deepEqual([...result.echoes], []);
      assert.deepEqual(result.unplaced, []);
    });

    it('in the right-hand column alone there is no subject and no addressee', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Minister van Financiën')], { wrapsLines: true, columnOnly: true });
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Voorjaarsnota', 'Minister van Financiën']);
    });

    it('empty lines and tables are no text of the head', () => {
      const result = head([body('nota'), body('Voorjaarsnota', '   '), { kind: 'table', rows: [[[{ text: 'cel' }]]], page: 1 }, body('  ')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', afzender: {} });
      assert.deepEqual(result.unplaced, []);
    });
  });

  describe('the sender', () => {
    it('the lines of the right-hand column are the sender, wherever they stand', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), side('Datum', '19 maart 2026'), side('Directie Wetgeving', 'Afdeling Strafrecht')]);
      assert.deepEqual(result.fields.afzender, { organisatie: 'Directie Wetgeving', onderdeel: ['Afdeling Strafrecht'] });
    });

    it('a Word frame before the text: the next paragraph is not part of it', () => {
      const result = head([side('Directie Wetgeving'), body('Voorjaarsnota')], WORD);
      assert.deepEqual(result.fields, { onderwerp: 'Voorjaarsnota', afzender: { organisatie: 'Directie Wetgeving' } });
    });

    it('the lines right above the labels are the sender, from the bold organisation on', () => {
      const result = head([body('Minister van Financiën'), body('Alleen voor intern gebruik', bold('Ministerie van Financiën'), 'Directie Begrotingszaken'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(result.fields, { aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: { organisatie: 'Ministerie van Financiën', onderdeel: ['Directie Begrotingszaken'] } });
      assert.deepEqual(texts(result.unplaced), ['Alleen voor intern gebruik']);
    });

    it('an addressee among the sender\'s lines is no unit', () => {
      const result = head([body(bold('Ministerie van Justitie en Veiligheid'), 'Directie Wetgeving', 'Minister voor Rechtsbescherming'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(result.fields, { datum: '19 maart 2026', aan: ['Minister voor Rechtsbescherming'], afzender: { organisatie: 'Ministerie van Justitie en Veiligheid', onderdeel: ['Directie Wetgeving'] } });
    });

    it('lines above the labels without a bold one are the sender, an addressee among them left to the addressees', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Minister van Financiën', 'Directie Begrotingszaken'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(result.fields, {
        typeWord: { word: 'nota', type: null },
        onderwerp: 'Voorjaarsnota',
        datum: '19 maart 2026',
        aan: ['Minister van Financiën'],
        afzender: { organisatie: 'Directie Begrotingszaken' },
      });
      assert.deepEqual(result.unplaced, []);
    });

    it('a Word paragraph that opens with the organisation in bold: the rest of the line is the first unit', () => {
      const result = head(
        [
          body('Minister van Financiën'),
          body('Alleen voor intern gebruik'),
          body([{ text: 'Ministerie van Justitie en Veiligheid', bold: true }, { text: ' Directie Wetgeving' }]),
          body('Afdeling Strafrecht'),
          body('Datum', '19 maart 2026'),
        ],
        WORD,
      );
      assert.deepEqual(result.fields, {
        aan: ['Minister van Financiën'],
        datum: '19 maart 2026',
        afzender: { organisatie: 'Ministerie van Justitie en Veiligheid', onderdeel: ['Directie Wetgeving', 'Afdeling Strafrecht'] },
      });
      assert.deepEqual(texts(result.unplaced), ['Alleen voor intern gebruik']);
    });

    it('bold lines before the line that opens in bold are the organisation too', () => {
      const result = head(
        [
          body('Minister van Financiën'),
          body(bold('Ministerie van Justitie en Veiligheid'), [{ text: 'Directoraat-Generaal Straffen en Beschermen', bold: true }, { text: ' Directie Justitiële Jeugdinrichtingen' }], 'Afdeling Beleid'),
          body('Datum', '19 maart 2026'),
        ],
        WORD,
      );
      assert.deepEqual(result.fields.afzender, {
        organisatie: 'Ministerie van Justitie en Veiligheid Directoraat-Generaal Straffen en Beschermen',
        onderdeel: ['Directie Justitiële Jeugdinrichtingen', 'Afdeling Beleid'],
      });
    });

    it('white space before the text does not count for its marks: a bold tab does not make the line bold, a plain one does not hide the bold', () => {
      const plain = head([body('Minister van Financiën'), body([{ text: '\t', bold: true }, { text: 'Directie Begrotingszaken' }]), body('Afdeling Begrotingsbeleid'), body('Datum', '19 maart 2026')], WORD);
      assert.deepEqual(plain.fields.afzender, { organisatie: 'Directie Begrotingszaken', onderdeel: ['Afdeling Begrotingsbeleid'] });
      // Word splits a line into runs freely: the unit may be more than one.
      const opensBold = head([body('Minister van Financiën'), body([{ text: '\t' }, { text: 'Ministerie van Financiën', bold: true }, { text: ' Directie ' }, { text: 'Begrotingszaken' }]), body('Datum', '19 maart 2026')], WORD);
      assert.deepEqual(opensBold.fields.afzender, { organisatie: 'Ministerie van Financiën', onderdeel: ['Directie Begrotingszaken'] });
    });

    it('a sender that opens in bold is found above later labels too, when the lines above the first labels have none', () => {
      const result = head([
        body('nota'),
        body('Voorjaarsnota'),
        body('Directie Wetgeving'),
        body('Datum', '19 maart 2026'),
        body([{ text: 'Ministerie van Justitie en Veiligheid', bold: true }, { text: ' Directie Strafrecht' }]),
        body('Onze referentie', '4412345'),
      ]);
      assert.deepEqual(result.fields.afzender, { organisatie: 'Ministerie van Justitie en Veiligheid', onderdeel: ['Directie Strafrecht'] });
      assert.deepEqual(texts(result.unplaced), ['Directie Wetgeving']);
    });

    it('an organisation in bold over two lines of a Word paragraph is one organisation', () => {
      const result = head([body('Minister van Financiën'), body(bold('Ministerie van Justitie'), bold('en Veiligheid')), body('Datum', '19 maart 2026')], WORD);
      assert.deepEqual(result.fields.afzender, { organisatie: 'Ministerie van Justitie en Veiligheid' });
    });

    it('a PDF that sets each line of the sender apart: the lines up to the bold organisation are the sender', () => {
      const result = head([
        body('nota'),
        body('Voorjaarsnota'),
        body(bold('Ministerie van Financiën'), 'Directoraat-Generaal Rijksbegroting'),
        body('Directie Begrotingszaken'),
        body('Afdeling Begrotingsbeleid'),
        body('Datum', '19 maart 2026'),
      ]);
      assert.deepEqual(result.fields.afzender, { organisatie: 'Ministerie van Financiën', onderdeel: ['Directoraat-Generaal Rijksbegroting', 'Directie Begrotingszaken', 'Afdeling Begrotingsbeleid'] });
      assert.deepEqual(result.unplaced, []);
    });

    it('without a bold organisation above, only the lines right above the labels are the sender', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Directie Begrotingszaken'), body('Afdeling Begrotingsbeleid'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(result.fields.afzender, { organisatie: 'Afdeling Begrotingsbeleid' });
      assert.deepEqual(texts(result.unplaced), ['Directie Begrotingszaken']);
    });

    it('the sender block does not reach over a line that was taken, nor over addressees', () => {
      const overType = head([body(bold('Kabinet van de Koning')), body('nota'), body('Voorjaarsnota'), body('Directie Begrotingszaken'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(overType.fields.afzender, { organisatie: 'Directie Begrotingszaken' });
      assert.deepEqual(overType.fields.aan, ['Kabinet van de Koning']);
      const overAddressees = head([
        body('nota'),
        body('Voorjaarsnota'),
        body(bold('Ministerie van Financiën')),
        body('Minister van Financiën', 'Ter kennisname aan de minister.'),
        body('Directie Begrotingszaken'),
        body('Datum', '19 maart 2026'),
      ]);
      assert.deepEqual(overAddressees.fields.afzender, { organisatie: 'Directie Begrotingszaken' });
    });

    it('the bold organisation is looked for up to eight lines above the labels', () => {
      const units = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((letter) => `Afdeling ${letter}`);
      const tooFar = head([body('nota'), body('Voorjaarsnota'), body(bold('Ministerie van Financiën')), ...units.map((unit) => body(unit)), body('Datum', '19 maart 2026')]);
      assert.deepEqual(tooFar.fields.afzender, { organisatie: 'Afdeling H' });
      const near = head([body('nota'), body('Voorjaarsnota'), body(bold('Ministerie van Financiën')), ...units.slice(1).map((unit) => body(unit)), body('Datum', '19 maart 2026')]);
      assert.deepEqual(near.fields.afzender, { organisatie: 'Ministerie van Financiën', onderdeel: units.slice(1) });
    });

    it('the subject right above the labels is not the sender', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Datum', '19 maart 2026')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', datum: '19 maart 2026', afzender: {} });
    });

    it('lines above the type word are addressees, not the sender', () => {
      const result = head([body('Directie Wetgeving'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields, { aan: ['Directie Wetgeving'], typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', afzender: {} });
    });
  });

  describe('a label that is not taken', () => {
    it('a second Datum right above an address is left unplaced, not taken with the address', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Datum', '19 maart 2026'), body('Datum 20 maart 2026', 'Turfmarkt 147, 2511 DP Den Haag')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', datum: '19 maart 2026', afzender: { bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag' } });
      assert.deepEqual(texts(result.unplaced), ['Datum 20 maart 2026']);
    });

    it('a second Datum right above the labels is no sender', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Datum', '19 maart 2026'), body('Datum 20 maart 2026'), body('Onze referentie', '7244668')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', datum: '19 maart 2026', referentie: '7244668', afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Datum 20 maart 2026']);
    });
  });

  describe('the addressees', () => {
    it('a title wrapped after a joining word is one addressee', () => {
      const result = head([body('Minister van Justitie en', 'Veiligheid'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields.aan, ['Minister van Justitie en Veiligheid']);
      const two = head([body('Minister van Financiën en', 'Minister van Defensie'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(two.fields.aan, ['Minister van Financiën en Minister van Defensie']);
    });

    it('titles written in lower case are addressees of their own, not a wrapped line', () => {
      const result = head([body('de minister van Financiën', 'de minister van Defensie'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(result.fields.aan, ['de minister van Financiën', 'de minister van Defensie']);
      const wrapped = head([body('de minister van Financiën en', 'de minister van Defensie'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(wrapped.fields.aan, ['de minister van Financiën en de minister van Defensie']);
    });

    it('a short line under a title goes on it; a line of four words or one that ends a sentence does not', () => {
      assert.deepEqual(head([body('Staatssecretaris van Financiën', 'Fiscaliteit en Belastingdienst'), body('nota'), body('Voorjaarsnota')]).fields.aan, ['Staatssecretaris van Financiën Fiscaliteit en Belastingdienst']);
      assert.deepEqual(head([body('Directeur-generaal van Rechtspleging', 'Mw. J. Jansen'), body('nota'), body('Voorjaarsnota')]).fields.aan, ['Directeur-generaal van Rechtspleging Mw. J. Jansen']);
      const sentence = head([body('Minister van Financiën', 'Ter kennisname.'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(sentence.fields.aan, ['Minister van Financiën']);
      assert.deepEqual(texts(sentence.unplaced), ['Ter kennisname.']);
      const fourWords = head([body('Minister van Financiën', 'Graag uw akkoord hiervoor'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(fourWords.fields.aan, ['Minister van Financiën']);
      assert.deepEqual(texts(fourWords.unplaced), ['Graag uw akkoord hiervoor']);
    });

    it('each line of a bulleted list is an addressee; an unbulleted line after it is not', () => {
      const listed = head([body('- Minister van Financiën', '- Voorzitter van de Tweede Kamer'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(listed.fields.aan, ['Minister van Financiën', 'Voorzitter van de Tweede Kamer']);
      const after = head([body('- Minister van Financiën', 'Graag uw besluit over dit voorstel'), body('nota'), body('Voorjaarsnota')]);
      assert.deepEqual(after.fields.aan, ['Minister van Financiën']);
    });

    it('the addressees end at a label', () => {
      const result = head([body('Minister van Financiën'), body('Datum', '19 maart 2026'), body('Minister van Defensie')]);
      assert.deepEqual(result.fields, { aan: ['Minister van Financiën'], datum: '19 maart 2026', afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Minister van Defensie']);
    });

    it('Word\'s lines are the author\'s own: addressees stay apart, even after a comma', () => {
      const result = head([body('Minister van Justitie en Veiligheid,'), body('Minister van Financiën'), body('nota'), body('Voorjaarsnota')], WORD);
      assert.deepEqual(result.fields.aan, ['Minister van Justitie en Veiligheid,', 'Minister van Financiën']);
    });

    it('an addressee given by the Aan label holds: another one later is left', () => {
      const result = head([body('Aan', 'Minister van Financiën'), body('nota'), body('Voorjaarsnota'), body('Staatssecretaris van Financiën')]);
      assert.deepEqual(result.fields.aan, ['Minister van Financiën']);
      assert.deepEqual(texts(result.unplaced), ['Staatssecretaris van Financiën']);
    });

    it('text after the subject is no addressee', () => {
      const result = head([body('nota'), body('Voorjaarsnota'), body('Slotregel van de kop')]);
      assert.deepEqual(result.fields, { typeWord: { word: 'nota', type: null }, onderwerp: 'Voorjaarsnota', afzender: {} });
      assert.deepEqual(texts(result.unplaced), ['Slotregel van de kop']);
    });
  });
});
