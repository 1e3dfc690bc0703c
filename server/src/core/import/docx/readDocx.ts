/**
 * A Word file (.docx) read into source blocks: the main document found
 * through the package relationships, its styles and numbering, footnotes
 * and endnotes (kept, at the end, so no text is lost), and its headers and
 * footers (page furniture, dropped and reported; a first-page header that
 * holds the right-hand column is read as that column).
 *
 * Every XML part of the package is refused if it declares a DTD or an
 * entity, whether or not it is read: a Word file never does. Relationships
 * to external targets are never followed.
 */
import { ImportError } from '../importError';
import { matchLabel } from '../patterns';
import type { DroppedText, SourceBlock, SourceDocument, SourceParagraph } from '../source';
import { blockText } from '../source';
import { DocxNumbering } from './numbering';
import { blocksOf, type PartContext } from './paragraphs';
import { DocxStyles } from './styles';
import { child, childElements, parseXml, rootElement, XmlError, type XmlElement } from './xml';
import { ZipArchive, type InflateRaw } from './zip';
import { decodeBytes } from '../../text/decodeBytes';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const DECLARATION = /<!DOCTYPE|<!ENTITY/i;

interface Relationship {
  id?: string;
  type?: string;
  target: string;
}

export function readDocx(bytes: Uint8Array, inflateRaw: InflateRaw): SourceDocument {
  const zip = new ZipArchive(bytes, inflateRaw);
  const texts = new Map<string, string>();
  for (const name of zip.names()) {
    if (!/\.(?:xml|rels)$/i.test(name)) continue;
    const text = decodePart(zip.read(name) as Uint8Array);
    if (DECLARATION.test(text)) throw new ImportError('xml-declaration', { part: name });
    texts.set(name, text);
  }
  const part = (name: string | undefined): XmlElement | undefined => {
    const text = name === undefined ? undefined : texts.get(name);
    if (text === undefined || name === undefined) return undefined;
    try {
      return rootElement(parseXml(text));
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: parseXml throws nothing else; the check keeps a programming error from passing for damaged XML
      if (error instanceof XmlError) throw new ImportError('xml-invalid', { part: name, detail: error.message });
      throw error;
    }
  };

  const mainName = relationshipsOf(part('_rels/.rels'), '').find((r) => r.type === `${RELATIONSHIP}officeDocument`)?.target ?? 'word/document.xml';
  const main = part(mainName);
  const body = child(main, 'w:body');
  if (!body) throw new ImportError('docx-not-word', {});
  const related = relationshipsOf(part(relationshipsPath(mainName)), directoryOf(mainName));
  const target = (type: string) => related.find((r) => r.type === `${RELATIONSHIP}${type}`)?.target;
  const byId = new Map(related.map((r) => [r.id, r.target]));

  const notes: SourceBlock[] = [];
  // Notes are numbered by reference, not by block: a note may hold several paragraphs.
  let noteCount = 0;
  const noteParts = { footnote: notesById(part(target('footnotes'))), endnote: notesById(part(target('endnotes'))) };
  const context: PartContext = {
    styles: new DocxStyles(part(target('styles'))),
    numbering: new DocxNumbering(part(target('numbering'))),
    noteReference(kind, id) {
      noteCount += 1;
      const marker = `[${noteCount}]`;
      const note = noteParts[kind].get(id);
      // A reference inside a note (even to itself) adds nothing.
      const noteBlocks = note ? blocksOf(note, { ...context, noteReference: () => '' }) : [];
      const first = noteBlocks[0];
      if (first?.kind === 'paragraph' && first.lines[0]) first.lines[0] = { ...first.lines[0], spans: [{ text: `${marker} ` }, ...first.lines[0].spans] };
      // A note that is missing, empty or opens with a table still gets its marker.
      else noteBlocks.unshift({ kind: 'paragraph', lines: [{ spans: [{ text: marker }], indent: 0 }], page: 0 } as SourceParagraph);
      notes.push(...noteBlocks);
      return marker;
    },
  };
  const blocks: SourceBlock[] = blocksOf(body, context);
  const dropped: DroppedText[] = [];
  const column: SourceBlock[] = [];
  for (const reference of headerFooterReferences(body)) {
    const content = part(byId.get(reference.id));
    if (!content) continue;
    const partBlocks = blocksOf(content, { ...context, noteReference: () => '' });
    // Lines of paragraphs and rows of tables (a header often lays out its text in one).
    const lines = partBlocks.flatMap((b) => blockText(b).split('\n')).map((t) => t.trim()).filter(Boolean);
    // A first-page header with Datum or Onze referentie is where this document keeps its right-hand column.
    if (reference.kind === 'header' && reference.type === 'first' && lines.some((l) => matchLabel(l)?.field === 'datum' || matchLabel(l)?.field === 'referentie')) {
      column.push(...partBlocks.map((b) => ({ ...b, column: 'side' as const })));
    } else {
      dropped.push(...lines.map((text) => ({ kind: 'header-footer' as const, text, page: 0 })));
    }
  }
  return { format: 'docx', blocks: [...column, ...blocks, ...notes], dropped };
}

function decodePart(bytes: Uint8Array): string {
  // Stryker disable next-line LogicalOperator,ConditionalExpression: 0xFE and 0xFF never occur in UTF-8, so only a part that is no UTF-8 could tell either half of the test apart from the whole
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeBytes(bytes.subarray(2), 'utf-16le');
  // Stryker disable next-line LogicalOperator,ConditionalExpression: as above
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeBytes(bytes.subarray(2), 'utf-16be');
  return decodeBytes(bytes, 'utf-8');
}

function relationshipsOf(root: XmlElement | undefined, base: string): Relationship[] {
  // Stryker disable next-line StringLiteral,ArrayDeclaration: the stand-in for a missing part holds no element, whatever its name or text
  return childElements(root ?? { name: '', attributes: {}, children: [] })
    .filter((e) => e.name === 'Relationship' && e.attributes.TargetMode !== 'External' && e.attributes.Target)
    .map((e) => ({ id: e.attributes.Id, type: e.attributes.Type, target: resolveTarget(base, e.attributes.Target as string) }));
}

/** A relationship target as a name in the package: relative to the source part's folder, or absolute from the root. */
function resolveTarget(base: string, target: string): string {
  // Empty parts (a leading slash, an empty base, a double slash) name nothing.
  const parts = (target.startsWith('/') ? target : `${base}/${target}`).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

/** "word/document.xml" → "word"; "document.xml" → "". */
function directoryOf(name: string): string {
  return name.split('/').slice(0, -1).join('/');
}

/** "word/document.xml" → "word/_rels/document.xml.rels". */
function relationshipsPath(name: string): string {
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

/** The notes of a footnotes or endnotes part (which holds nothing else) by their w:id. */
function notesById(root: XmlElement | undefined): Map<string | undefined, XmlElement> {
  // Stryker disable next-line StringLiteral,ArrayDeclaration: the stand-in for a missing part holds no element, whatever its name or text
  return new Map(childElements(root ?? { name: '', attributes: {}, children: [] }).map((e) => [e.attributes['w:id'], e]));
}

/** Header and footer references of every section (sectPr in the body and in paragraph properties). */
function headerFooterReferences(body: XmlElement): { kind: 'header' | 'footer'; type?: string; id: string }[] {
  const found: { kind: 'header' | 'footer'; type?: string; id: string }[] = [];
  const seen = new Set<string>();
  const visit = (element: XmlElement) => {
    for (const node of childElements(element)) {
      if (node.name === 'w:headerReference' || node.name === 'w:footerReference') {
        const id = node.attributes['r:id'];
        if (id !== undefined && !seen.has(id)) {
          seen.add(id);
          // No w:type is the default header or footer.
          found.push({ kind: node.name === 'w:headerReference' ? 'header' : 'footer', type: node.attributes['w:type'], id });
        }
      } else if (node.name === 'w:sectPr' || node.name === 'w:p' || node.name === 'w:pPr') visit(node);
    }
  };
  visit(body);
  return found;
}
