/**
 * The Word and PDF writers, read back with mammoth and pdf.js: every heading,
 * paragraph, list item, table cell and frontmatter value of a note must be in
 * the document, in order, for every fixture note and for generated notes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { createLanguageService } from '../../server/src/core/languageService';
import type { NotePage } from '../../server/src/core/page/notePage';
import { loadWriters } from '../../server/src/node/exportWriters';
import { EXAMPLES, EXPORT_FIXTURES, ROOT, doc, exportableNotes } from '../support/fixtures';
import { docxHtml, docxText, expectedUnits, missingInOrder, pdfPages, pdfShows, pdfSource } from '../support/exportedText';
import { runs } from '../support/mutations';

const RUNS = runs(12, 200);

describe('the Word and PDF writers', function () {
  this.timeout(120_000);
  const service = createLanguageService();
  const writers = loadWriters();
  const shown = pdfShows(ROOT);
  const pageOf = (name: string, text: string): NotePage => {
    const page = service.page(doc(`file:///${name}`, text), { locale: 'nl', force: true });
    assert.ok(page, `${name} is a note`);
    return page;
  };
  // The PDF writer's modules load before the tests: in a mutation run their tables count as built at load, not as reached by the first test.
  before(async () => {
    await writers.pdf(pageOf('laden.md', readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')));
  });

  for (const { name, text } of exportableNotes()) {
    it(`carries every unit of ${name} into the .docx and the PDF, in order`, async () => {
      const page = pageOf(name, text);
      const { ordered, column } = expectedUnits(page);
      const docx = await docxText(await writers.docx(page));
      assert.deepEqual(missingInOrder(docx, ordered), [], 'the .docx body');
      assert.deepEqual(missingInOrder(docx, column), [], 'the .docx right-hand column');
      const pdf = (await pdfPages(await writers.pdf(page))).join('\n');
      assert.deepEqual(missingInOrder(pdf, ordered, shown), [], 'the PDF body');
      assert.deepEqual(missingInOrder(pdf, column, shown), [], 'the PDF right-hand column');
    });
  }

  it('carries every unit of generated notes into both documents, in order', async () => {
    await fc.assert(fc.asyncProperty(generatedNote(), async (text) => {
      const page = pageOf('generated.md', text);
      const { ordered, column } = expectedUnits(page);
      const docx = await docxText(await writers.docx(page));
      assert.deepEqual(missingInOrder(docx, [...column, ...ordered]), []);
      const pdf = (await pdfPages(await writers.pdf(page))).join('\n');
      assert.deepEqual(missingInOrder(pdf, ordered, shown), []);
      assert.deepEqual(missingInOrder(pdf, column, shown), []);
    }), { numRuns: RUNS });
  });

  describe('the .docx', () => {
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

    it('sets sections in Word\'s heading styles with outline levels: ## is Heading 1, ### Heading 2', async () => {
      const bytes = await writers.docx(pageOf('beslisnota.md', example));
      const files = unzipSync(bytes);
      const document = strFromU8(files['word/document.xml'] as Uint8Array);
      const headingOf = (text: string) => new RegExp(`<w:pStyle w:val="(Heading\\d)"/>(?:(?!</w:p>).)*${text}`).exec(document)?.[1];
      assert.equal(headingOf('1. Aanleiding'), 'Heading1');
      assert.equal(headingOf('4.1. Afstemming'), 'Heading2');
      assert.equal(headingOf('Bevindingen'), 'Heading2');
      const styles = strFromU8(files['word/styles.xml'] as Uint8Array);
      assert.match(styles, /<w:style w:type="paragraph" w:styleId="Heading1">(?:(?!<\/w:style>).)*<w:outlineLvl w:val="0"\/>/s);
      assert.match(styles, /<w:style w:type="paragraph" w:styleId="Heading2">(?:(?!<\/w:style>).)*<w:outlineLvl w:val="1"\/>/s);
      // mammoth, like every converter, knows them as headings.
      const html = await docxHtml(bytes);
      assert.match(html, /<h1>1\. Aanleiding<\/h1>/);
      assert.match(html, /<h2>4\.1\. Afstemming<\/h2>/);
    });

    it('names its styles after their roles and uses the open font', async () => {
      const styles = strFromU8(unzipSync(await writers.docx(pageOf('beslisnota.md', example)))['word/styles.xml'] as Uint8Array);
      for (const name of ['Nota - Geadresseerde', 'Nota - Documentsoort', 'Nota - Onderwerp', 'Nota - Kolom', 'Nota - Lopende kop', 'Nota - Paginanummer']) {
        assert.match(styles, new RegExp(`<w:name w:val="${name}"/>`), name);
      }
      assert.match(styles, /<w:rFonts w:ascii="Fira Sans"/);
      assert.match(styles, /<w:lang w:val="nl-NL"\/>/);
    });

    it('holds the title (the subject) and the language nl-NL in its properties, A4 and a different first page', async () => {
      const files = unzipSync(await writers.docx(pageOf('ocw.md', readFileSync(path.join(EXPORT_FIXTURES, 'ocw-drie-geadresseerden.md'), 'utf8'))));
      const core = strFromU8(files['docProps/core.xml'] as Uint8Array);
      assert.match(core, /<dc:title>Voortgang van het programma Basisvaardigheden &amp; de verdeling van middelen over 2027 &lt;extra&gt;<\/dc:title>/);
      assert.match(core, /<dc:language>nl-NL<\/dc:language>/);
      const document = strFromU8(files['word/document.xml'] as Uint8Array);
      assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
      assert.match(document, /<w:titlePg\/>/);
      assert.match(strFromU8(files['word/fontTable.xml'] as Uint8Array), /<w:font w:name="Fira Sans"><w:altName w:val="Arial"\/>/);
    });

    it('repeats the sender, Datum and Onze referentie from page 2, and numbers the pages', async () => {
      const files = unzipSync(await writers.docx(pageOf('beslisnota.md', example)));
      const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => strFromU8(files[f] as Uint8Array));
      const running = headers.find((h) => h.includes('Onze referentie'));
      assert.ok(running, 'a header with Onze referentie');
      assert.ok(running.includes('7244668') && running.includes('19 maart 2026') && running.includes('Directoraat-Generaal Rechtspleging en Rechtshandhaving'));
      const ribbon = headers.find((h) => h.includes('w:fill="154273"'));
      assert.ok(ribbon, 'the first page\'s header has the lintblauw ribbon');
      const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => strFromU8(files[f] as Uint8Array));
      assert.ok(footers.length >= 1 && footers.every((f) => /Pagina.*PAGE.*van.*NUMPAGES/s.test(f)));
    });

    it('makes real Word lists, nested where the note nests them', async () => {
      const files = unzipSync(await writers.docx(pageOf('ocw.md', readFileSync(path.join(EXPORT_FIXTURES, 'ocw-drie-geadresseerden.md'), 'utf8'))));
      const document = strFromU8(files['word/document.xml'] as Uint8Array);
      const levels = [...document.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/>/g)].map((m) => Number(m[1]));
      assert.ok(levels.includes(0) && levels.includes(1) && levels.includes(2), `list levels 0, 1 and 2 are used: ${levels}`);
      assert.match(strFromU8(files['word/numbering.xml'] as Uint8Array), /<w:numFmt w:val="decimal"\/>/);
    });

    it('marks every page of a forced export CONCEPT', async () => {
      const page = { ...pageOf('beslisnota.md', example), concept: true };
      const files = unzipSync(await writers.docx(page));
      const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => strFromU8(files[f] as Uint8Array));
      assert.equal(headers.length, 2);
      assert.ok(headers.every((h) => h.includes('>CONCEPT<')), 'both the first page\'s header and the others\'');
    });
  });

  describe('the PDF', () => {
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

    it('is tagged, in Dutch, shows its title, and embeds its fonts', async () => {
      const raw = pdfSource(await writers.pdf(pageOf('beslisnota.md', example), { now: new Date(Date.UTC(2026, 2, 19)) }));
      assert.match(raw, /\/StructTreeRoot \d+ 0 R/);
      assert.match(raw, /\/MarkInfo \d+ 0 R/);
      assert.match(raw, /\/Marked true/);
      assert.match(raw, /\/Lang \(nl-NL\)/);
      assert.match(raw, /\/DisplayDocTitle true/);
      assert.match(raw, /\/Title \d+ 0 R/);
      assert.ok(raw.includes('(Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024)'), 'the title');
      assert.match(raw, /<pdfuaid:part>1<\/pdfuaid:part>/);
      const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]);
      assert.ok(fonts.length >= 2, `fonts: ${fonts}`);
      assert.equal((raw.match(/\/FontFile2 \d+ 0 R/g) ?? []).length, new Set(fonts).size, 'every font is embedded');
    });

    it('tags headings, paragraphs, lists and tables, and marks page furniture as artifacts', async () => {
      const raw = pdfSource(await writers.pdf(pageOf('ocw.md', readFileSync(path.join(EXPORT_FIXTURES, 'ocw-drie-geadresseerden.md'), 'utf8'))));
      for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'BlockQuote', 'Link']) {
        assert.match(raw, new RegExp(`/S /${type}\\b`), `structure element ${type}`);
      }
      assert.match(raw, /\/Artifact <<\s*\/Type \/Pagination/);
      assert.match(raw, /\/Artifact <<\s*\/Type \/Layout/);
    });

    it('escapes the subject in its XML metadata, and keeps it as written in the document information', async () => {
      const raw = pdfSource(await writers.pdf(pageOf('ocw.md', readFileSync(path.join(EXPORT_FIXTURES, 'ocw-drie-geadresseerden.md'), 'utf8'))));
      assert.match(raw, /<rdf:li xml:lang="x-default">Voortgang van het programma Basisvaardigheden &amp; de verdeling van middelen over 2027 &lt;extra&gt;<\/rdf:li>/);
      const info = /\/Title (\d+) 0 R/.exec(raw)?.[1];
      assert.ok(info, 'a title in the document information');
      assert.match(raw, new RegExp(`\\n${info} 0 obj\\n\\(Voortgang van het programma Basisvaardigheden & de verdeling van middelen over 2027 <extra>\\)`));
    });

    it('repeats Onze referentie on page 2 and numbers every page; CONCEPT on every page when forced', async () => {
      const long = example.replace('## 5. Informatie', `${'Nog een alinea met tekst om de nota langer te maken dan twee pagina\'s.\n\n'.repeat(40)}## 5. Informatie`);
      const pages = await pdfPages(await writers.pdf({ ...pageOf('lang.md', long), concept: true }), { artifacts: true });
      assert.ok(pages.length >= 3);
      pages.forEach((text, i) => {
        assert.match(text, new RegExp(`Pagina ${i + 1} van ${pages.length}`));
        assert.match(text, /CONCEPT/, `page ${i + 1} of ${pages.length}: ${text.slice(-300)}`);
        if (i > 0) assert.match(text, /Onze referentie\s*7244668/);
      });
    });

    it('is the same byte for byte for the same note and date', async () => {
      const page = pageOf('beslisnota.md', example);
      const now = new Date(Date.UTC(2026, 2, 19, 12));
      assert.deepEqual(await writers.pdf(page, { now }), await writers.pdf(page, { now }));
    });

    it('keeps characters its font lacks as text (ActualText), drawn as a box', async () => {
      const text = example.replace('In bijgevoegde brief', 'In bijgevoegde brief 北京 🎉');
      const raw = pdfSource(await writers.pdf(pageOf('tekens.md', text)));
      // ActualText is UTF-16BE with a byte order mark, written as a literal string.
      const utf16 = (value: string) => `(\u00fe\u00ff${Buffer.from(value, 'utf16le').swap16().toString('latin1')})`;
      assert.ok(raw.includes(`/ActualText ${utf16('北京')}`), 'the CJK characters');
      assert.ok(raw.includes(`/ActualText ${utf16('🎉')}`), 'the emoji');
      assert.match(raw, /\/Span <<\s*\/ActualText/);
    });
  });
});

/** Notes of random shape and text: sections with paragraphs, lists (nested), tables, quotes, emphasis and links. */
function generatedNote(): fc.Arbitrary<string> {
  const word = fc.oneof(
    fc.stringMatching(/^[a-zA-Z]{1,12}$/),
    fc.constantFrom('één', 'ĳzer', 'coördinatie', '€ 12,50', 'co-financiering', '5.1.2e', 'A&B', '<geen tag>', 'café', 'naïef', 'µg', 'Δ', '“aanhaling”', '‘ja’', '–', '2026-03-19'),
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
  const inline = fc.oneof(
    sentence,
    sentence.map((s) => `**${s}**`),
    sentence.map((s) => `*${s}*`),
    sentence.map((s) => `[${s}](https://example.org/${encodeURIComponent(s.slice(0, 5))})`),
  );
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));
  const list = fc.array(fc.tuple(sentence, fc.array(sentence, { maxLength: 3 })), { minLength: 1, maxLength: 5 })
    .map((items) => items.map(([item, subs]) => `- ${item}\n${subs.map((s) => `  - ${s}\n`).join('')}`).join(''));
  const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(sentence, { minLength: 2, maxLength: 20 })).map(([columns, cells]) => {
    const rows = [];
    for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
    const width = Math.max(...rows.map((r) => r.length));
    const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => (row[i] ?? '').replace(/\|/g, '/')).join(' | ')} |`;
    return [line(rows[0] as string[]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  });
  const block = fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: table }, { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) });
  const section = fc.tuple(sentence, fc.array(block, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(sentence, fc.array(block, { maxLength: 2 })), { maxLength: 2 }));
  return fc.tuple(sentence, fc.array(section, { minLength: 1, maxLength: 5 })).map(([subject, sections]) => [
    '---', 'type: beslisnota', `onderwerp: "${subject.replace(/["\\]/g, '')}"`, 'aan:', '  - Minister van Financiën', 'datum: 1 december 2026', 'referentie: "1234567"', '---', '',
    ...sections.map(([title, blocks, subsections], i) => [
      `## ${i + 1}. ${title}`, '', ...blocks.flatMap((b) => [b, '']),
      ...subsections.map(([subtitle, subBlocks], k) => [`### ${i + 1}.${k + 1}. ${subtitle}`, '', ...subBlocks.flatMap((b) => [b, ''])].join('\n')),
    ].join('\n')),
  ].join('\n'));
}
