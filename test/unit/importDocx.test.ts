/**
 * Import of Word files: generated notes written as house-style .docx files
 * (the right-hand column in a frame, a layout table or the first-page
 * header; numbers typed or Word's automatic numbering) come back as they
 * were. Nota's Word reader is held to mammoth, the library made for reading
 * .docx, on the same files: the same paragraphs with the same text, heading
 * levels, list levels, bold and italic.
 */
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import mammoth from 'mammoth';
import { createLanguageService } from '../../server/src/core/languageService';
import { readDocx } from '../../server/src/core/import/docx/readDocx';
import { recogniseNote } from '../../server/src/core/import/recognise';
import { noteMarkdown } from '../../server/src/core/import/noteMarkdown';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import type { SourceBlock, SourceParagraph } from '../../server/src/core/import/source';
import { runs } from '../support/mutations';
import { buildDocx, noteDocx, type ColumnPlacement, type ParagraphSpec } from '../support/docxBuilder';
import { noteSpec, specMarkdown } from '../support/noteSpecs';
import { nodeEnvironment } from '../../server/src/import/engine';
import { zip } from '../support/zipWriter';

const inflate = nodeEnvironment('').inflateRaw;
const sectionTitles = sectionTitlesOf(createLanguageService().noteTypes.all());

function importDocx(bytes: Uint8Array) {
  const note = recogniseNote(readDocx(bytes, inflate), { sectionTitles });
  return { note, markdown: noteMarkdown(note) };
}

const placement = fc.constantFrom<ColumnPlacement>('frame', 'table', 'first-header');

interface SeenParagraph {
  text: string;
  heading?: number;
  listLevel?: number;
  bold: string[];
  italic: string[];
}

/** mammoth's reading of the body: its paragraphs (those in tables too), in order. */
async function mammothParagraphs(bytes: Uint8Array): Promise<SeenParagraph[]> {
  let document: unknown;
  await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: (d: unknown) => ((document = d), d) } as never);
  const found: SeenParagraph[] = [];
  const visit = (element: { type: string; children?: unknown[]; styleName?: string; numbering?: { level: string } | null }) => {
    if (element.type === 'paragraph') {
      const runs = (element.children ?? []) as { type: string; isBold?: boolean; isItalic?: boolean; styleName?: string; children?: { type: string; value?: string }[] }[];
      const textOf = (run: (typeof runs)[number]) => (run.children ?? []).map((c) => (c.type === 'text' ? c.value : c.type === 'break' ? '\n' : '')).join('');
      const text = runs.map(textOf).join('');
      if (!text.trim()) return;
      const heading = /^heading (\d)$/i.exec(element.styleName ?? '')?.[1];
      found.push({
        text,
        ...(heading ? { heading: Number(heading) } : {}),
        ...(element.numbering && !heading ? { listLevel: Number(element.numbering.level) } : {}),
        bold: runs.filter((r) => r.isBold || r.styleName === 'Strong').map(textOf).filter((t) => t.trim()),
        italic: runs.filter((r) => r.isItalic).map(textOf).filter((t) => t.trim()),
      });
      return;
    }
    for (const child of (element.children ?? []) as (typeof element)[]) visit(child);
  };
  visit(document as Parameters<typeof visit>[0]);
  return found;
}

/** Nota's reading of the same body. */
function notaParagraphs(blocks: readonly SourceBlock[]): SeenParagraph[] {
  return blocks
    .filter((b): b is SourceParagraph => b.kind === 'paragraph')
    .map((p) => ({
      text: p.lines.map((l) => l.spans.map((s) => s.text).join('')).join('\n'),
      ...(p.headingLevel !== undefined ? { heading: p.headingLevel } : {}),
      ...(p.list ? { listLevel: p.list.level } : {}),
      bold: p.lines.flatMap((l) => l.spans.filter((s) => s.bold).map((s) => s.text)).filter((t) => t.trim()),
      italic: p.lines.flatMap((l) => l.spans.filter((s) => s.italic).map((s) => s.text)).filter((t) => t.trim()),
    }));
}

describe('import of Word files', () => {
  it('generated notes as house-style .docx come back as they were (column in a frame, a table or the first-page header; typed or automatic numbers)', () => {
    const service = createLanguageService();
    fc.assert(
      fc.property(noteSpec, placement, fc.boolean(), (spec, where, autoNumber) => {
        const { markdown, note } = importDocx(noteDocx(spec, { placement: where, autoNumber }));
        assert.equal(markdown, specMarkdown(spec));
        // The running header and the footer are page furniture: dropped, and reported.
        assert.ok(note.report.dropped.some((d) => d.kind === 'header-footer' && d.text === 'Pagina 2 van 3'));
        const findings = service.check({ uri: `file:///docx-${Math.random()}.md`, version: 1, getText: () => markdown }, { locale: 'nl', force: true }) ?? [];
        assert.deepEqual(findings.map((f) => f.code), []);
      }),
      { numRuns: runs(60, 1000) },
    );
  });

  it('reads the same paragraphs, heading levels, list levels, bold and italic as mammoth', async () => {
    const samples = fc.sample(fc.tuple(noteSpec, fc.constantFrom<ColumnPlacement>('frame', 'table'), fc.boolean()), { numRuns: runs(25, 300) });
    for (const [spec, where, autoNumber] of samples) {
      const bytes = noteDocx(spec, { placement: where, autoNumber });
      // mammoth reports direct formatting only; a heading's bold comes from its style, which Nota reads too.
      const direct = (list: SeenParagraph[]) => list.map((p) => (p.heading ? { ...p, bold: [] } : p));
      const ours = direct(notaParagraphs(readDocx(bytes, inflate).blocks));
      const theirs = direct(await mammothParagraphs(bytes));
      for (let i = 0; i < Math.max(ours.length, theirs.length); i++) assert.deepEqual(ours[i], theirs[i], `paragraph ${i}`);
    }
  });

  it('keeps inserted text, field results, hyperlinks and text boxes; leaves out deleted text and field codes', () => {
    const document = `<w:p><w:r><w:t>Voor </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>ingevoegd </w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>verwijderd </w:delText></w:r></w:del><w:hyperlink r:id="x"><w:r><w:t>link</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 19-3-2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r></w:p><w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>In een tekstvak</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    const bytes = buildDocx({ body: [], rawText: '' });
    const patched = readDocx(patchDocument(bytes, document), inflate);
    assert.deepEqual(notaParagraphs(patched.blocks).map((p) => p.text), ['Voor ingevoegd link 19-3-2026', 'In een tekstvak']);
  });

  it('reads heading styles, automatic heading numbers, nested Word lists, bold from a character style, tables and footnotes', () => {
    const heading = (text: string, style: string): ParagraphSpec => ({ style, runs: [{ text }] });
    const bytes = buildDocx({
      headingNumbering: true,
      body: [
        heading('Aanleiding', 'Heading1'),
        { runs: [{ text: 'Zie de noot' }, { text: '', footnote: 1 }, { text: '.' }] },
        heading('Toelichting', 'Heading1'),
        heading('Afstemming', 'Heading2'),
        { style: 'ListParagraph', runs: [{ text: 'Eerste' }], list: { numId: 1, level: 0 } },
        { style: 'ListParagraph', runs: [{ text: 'Genest' }], list: { numId: 1, level: 1 } },
        { style: 'ListParagraph', runs: [{ text: 'Stap een' }], list: { numId: 2, level: 0 } },
        { style: 'ListParagraph', runs: [{ text: 'Stap twee' }], list: { numId: 2, level: 0 } },
        { runs: [{ text: 'Dit is ' }, { text: 'vet', bold: true }, { text: ' en ' }, { text: 'schuin', italic: true }, { text: '.' }] },
        { table: [[[{ runs: [{ text: 'Jaar' }] }], [{ runs: [{ text: 'Bedrag' }] }]], [[{ runs: [{ text: '2026' }] }], [{ runs: [{ text: '€ 2 mln' }] }]]] },
      ],
      footnotes: [[{ runs: [{ text: 'Kamerstuk 28 362, nr. 56.' }] }]],
    });
    const { markdown, note } = importDocx(bytes);
    assert.match(markdown, /^## 1\. Aanleiding\n\nZie de noot\\\[1]\.\n\n## 2\. Toelichting\n\n### 2\.1\. Afstemming\n\n- Eerste\n {2}- Genest\n\n1\. Stap een\n2\. Stap twee\n\nDit is \*\*vet\*\* en \*schuin\*\.\n\n\| Jaar +\| Bedrag +\|\n\| -+ \| -+ \|\n\| 2026 +\| € 2 mln +\|\n\n\\\[1] Kamerstuk 28 362, nr\. 56\.\n$/m);
    assert.equal(note.report.tables, 1);
  });
});

/** Replaces the body of a built document with raw paragraph XML. */
function patchDocument(bytes: Uint8Array, paragraphs: string): Uint8Array {
  const entries = unzipAll(bytes);
  const document = entries.get('word/document.xml') as string;
  entries.set('word/document.xml', document.replace(/<w:body>[\s\S]*<w:sectPr>/, `<w:body>${paragraphs}<w:sectPr>`));
  return rezip(entries);
}


function unzipAll(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const method = view.getUint16(at + 8, true);
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = Buffer.from(bytes.subarray(at + 30, at + 30 + nameLength)).toString('utf8');
    const data = bytes.subarray(at + 30 + nameLength, at + 30 + nameLength + compressed);
    entries.set(name, Buffer.from(method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 30 + nameLength + compressed;
  }
  return entries;
}

function rezip(entries: Map<string, string>): Uint8Array {
  return zip([...entries].map(([name, data]) => ({ name, data })));
}
