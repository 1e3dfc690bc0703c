/**
 * What stands around the body of an exported Word file: the right-hand
 * column of page 1 in a frame beside the text, the lintblauw ribbon with its
 * outlined placeholder, the running header of later pages, the page numbers
 * and the CONCEPT mark, each where the printed note has it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { child, childElements, childValue, type XmlElement } from '../../server/src/core/import/docx/xml';
import { EXAMPLES, doc } from '../support/fixtures';
import { docxParts } from '../support/docxParts';

/** Twentieths of a point, from points or millimetres. */
const tw = (points: number) => String(Math.round(points * 20));
const mm = (millimetres: number) => (millimetres * 72) / 25.4;
const A4 = { width: 595.28, height: 841.89 };

/** A paragraph as [style, text (fields as {PAGE}), frame x/y/w/h/rule/wrap, fill]. */
function describeParagraph(paragraph: XmlElement): string[] {
  const properties = child(paragraph, 'w:pPr');
  const frame = child(properties, 'w:framePr')?.attributes;
  const text = childElements(paragraph).filter((e) => e.name === 'w:r').map((run) => childElements(run).map((e) => (e.name === 'w:t' ? e.children.join('') : e.name === 'w:instrText' ? `{${e.children.join('')}}` : '')).join('')).join('');
  const anchored = frame && frame['w:hAnchor'] === 'page' && frame['w:vAnchor'] === 'page' ? '' : ' (not on the page)';
  return [
    childValue(properties, 'w:pStyle') ?? '',
    text,
    frame ? `${frame['w:x']},${frame['w:y']},${frame['w:w']},${frame['w:h'] ?? '-'},${frame['w:hRule']},${frame['w:wrap']}${anchored}` : '',
    child(properties, 'w:shd')?.attributes['w:fill'] ?? '',
  ];
}

const paragraphsOf = (part: XmlElement) => childElements(part).filter((e) => e.name === 'w:p').map(describeParagraph);

describe('the page furniture of an exported Word file', function () {
  this.timeout(60_000);
  const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
  const exported = async (concept: boolean, text = example) => {
    const page = createLanguageService().page(doc('file:///meubilair.md', text), { locale: 'nl', force: true, concept });
    assert.ok(page && page.concept === concept);
    const { body, parts } = await docxParts(page);
    return { document: body, headers: parts(/^word\/header\d+\.xml$/), footers: parts(/^word\/footer\d+\.xml$/) };
  };
  const column = `${tw(mm(150))},${tw(mm(45))},${tw(A4.width - mm(160))},-,auto,around`;
  const conceptMark = ['NotaConcept', 'CONCEPT', `${tw(mm(24))},${tw(mm(12))},${tw(mm(60))},-,auto,around`, ''];
  const closing = ['NotaLint', '', '', ''];

  it('sets the right-hand column of page 1 in a frame beside the text: sender, address, then each label above its value', async () => {
    const { document } = await exported(false);
    const all = paragraphsOf(document);
    const framed = all.slice(0, all.findIndex((p) => p[2] === ''));
    assert.deepEqual(framed.map((p) => p.slice(0, 2)), [
      ['NotaKolomAfzender', 'Directoraat-Generaal Rechtspleging en Rechtshandhaving'],
      ['NotaKolom', 'Directie Rechtshandhaving en Criminaliteitsbestrijding'],
      ['NotaKolom', 'Cybercrime en zeden'],
      ['NotaKolom', ''],
      ['NotaKolom', 'Turfmarkt 147'],
      ['NotaKolom', '2511 DP Den Haag'],
      ['NotaKolom', ''],
      ['NotaKolom', 'Postbus 20301'],
      ['NotaKolom', '2500 EH Den Haag'],
      ['NotaKolomLabel', 'Datum'],
      ['NotaKolom', '19 maart 2026'],
      ['NotaKolomLabel', 'Onze referentie'],
      ['NotaKolom', '7244668'],
      ['NotaKolomLabel', 'Bijlage(n)'],
      ['NotaKolom', '2'],
    ]);
    assert.ok(framed.every((p) => p[2] === column), JSON.stringify(framed.map((p) => p[2])));
    // Without a postal address, one empty line between the sender and the address, and none after it.
    const withoutPost = paragraphsOf((await exported(false, example.replace(/^ {2}postadres: .*\n/m, ''))).document);
    assert.deepEqual(withoutPost.slice(3, 8).map((p) => p.slice(0, 2)), [['NotaKolom', ''], ['NotaKolom', 'Turfmarkt 147'], ['NotaKolom', '2511 DP Den Haag'], ['NotaKolomLabel', 'Datum'], ['NotaKolom', '19 maart 2026']]);
  });

  it('draws the ribbon at the top centre of page 1 with the placeholder outlined in white, and marks a draft CONCEPT', async () => {
    const ribbonLeft = (A4.width - mm(16)) / 2;
    const placeholderLeft = ribbonLeft + mm(3.5);
    const placeholderTop = mm(34 - 4 - 14);
    const ribbon = [
      ['NotaLint', '', `${tw(ribbonLeft)},0,${tw(mm(16))},${tw(mm(34))},exact,none`, '154273'],
      ['NotaLint', '', `${tw(placeholderLeft)},${tw(placeholderTop)},${tw(mm(9))},${tw(mm(14))},exact,none`, 'FFFFFF'],
      ['NotaLint', '', `${tw(placeholderLeft + 1)},${tw(placeholderTop + 1)},${tw(mm(9) - 2)},${tw(mm(14) - 2)},exact,none`, '154273'],
    ];
    const draft = await exported(true);
    const first = draft.headers.map(paragraphsOf).find((ps) => ps.some((p) => p[3] === '154273'));
    assert.deepEqual(first, [...ribbon, conceptMark, closing]);
    const final = await exported(false);
    assert.deepEqual(final.headers.map(paragraphsOf).find((ps) => ps.some((p) => p[3] === '154273')), [...ribbon, closing]);
    // Each shaded frame is exactly as high as its line, so no text could stand in it.
    const shaded = draft.headers.flatMap((h) => childElements(h)).filter((p) => child(child(p, 'w:pPr'), 'w:shd'));
    assert.deepEqual(shaded.map((p) => { const s = child(child(p, 'w:pPr'), 'w:shd')?.attributes; return [s?.['w:val'], s?.['w:color']]; }), [['clear', 'auto'], ['clear', 'auto'], ['clear', 'auto']], 'a plain fill');
    assert.deepEqual(shaded.map((p) => { const s = child(child(p, 'w:pPr'), 'w:spacing')?.attributes; return [s?.['w:before'], s?.['w:after'], s?.['w:line'], s?.['w:lineRule']]; }), [
      ['0', '0', tw(mm(34)), 'exact'], ['0', '0', tw(mm(14)), 'exact'], ['0', '0', tw(mm(14) - 2), 'exact'],
    ]);
  });

  it('repeats the sender, Datum and Onze referentie from page 2 in the column\'s place, and numbers every page at its foot', async () => {
    const draft = await exported(true);
    const running = draft.headers.map(paragraphsOf).find((ps) => ps.some((p) => p[1] === 'Onze referentie'));
    assert.deepEqual(running, [
      ['NotaKolomAfzender', 'Directoraat-Generaal Rechtspleging en Rechtshandhaving', column, ''],
      ['NotaLopendeKop', 'Directie Rechtshandhaving en Criminaliteitsbestrijding', column, ''],
      ['NotaLopendeKop', 'Cybercrime en zeden', column, ''],
      ['NotaKolomLabel', 'Datum', column, ''],
      ['NotaKolom', '19 maart 2026', column, ''],
      ['NotaKolomLabel', 'Onze referentie', column, ''],
      ['NotaKolom', '7244668', column, ''],
      conceptMark,
      closing,
    ]);
    const pageNumber = ['NotaPaginanummer', 'Pagina {PAGE} van {NUMPAGES}', `${tw(mm(150))},${tw(A4.height - mm(17))},${tw(A4.width - mm(160))},-,auto,around`, ''];
    assert.deepEqual(draft.footers.map(paragraphsOf), [[pageNumber, closing], [pageNumber, closing]]);
  });
});
