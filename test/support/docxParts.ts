/**
 * Reading an exported Word file's parts back as XML, for the tests that hold
 * the Word writer to the house style: a note exported and its parts parsed,
 * Word's on/off switches, and a paragraph's text with its marks written
 * inline (**bold**, _italic_, ~struck~, `code`, <link>, ⏎ for a line break).
 */
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { createLanguageService } from '../../server/src/core/languageService';
import { child, childElements, childValue, parseXml, rootElement, type XmlElement } from '../../server/src/core/import/docx/xml';
import type { NotePage } from '../../server/src/core/page/notePage';
import type { DocxOptions } from '../../server/src/export/docx/writeDocx';
import { loadWriters } from '../../server/src/node/exportWriters';
import { doc } from './fixtures';

export interface DocxParts {
  /** A part by its name in the package, parsed. */
  part(name: string): XmlElement;
  /** A part's text as written. */
  text(name: string): string;
  /** The parts whose names match, in name order. */
  parts(pattern: RegExp): XmlElement[];
  /** The document's body (w:body). */
  body: XmlElement;
  names: string[];
}

/** The page a note describes, forced (a note with findings is exported as well). */
export function pageOf(text: string, options: { concept?: boolean } = {}): NotePage {
  const page = createLanguageService().page(doc('file:///proef.md', text), { locale: 'nl', force: true, ...options });
  assert.ok(page, 'the text is a note');
  return page;
}

export async function docxParts(page: NotePage, options?: DocxOptions): Promise<DocxParts> {
  const files = unzipSync(await loadWriters().docx(page, options));
  const text = (name: string) => {
    const bytes = files[name];
    assert.ok(bytes, `the package holds ${name}`);
    return strFromU8(bytes);
  };
  const part = (name: string) => rootElement(parseXml(text(name)));
  const names = Object.keys(files).sort();
  return { part, text, parts: (pattern) => names.filter((name) => pattern.test(name)).map(part), body: child(part('word/document.xml'), 'w:body') as XmlElement, names };
}

/** A switch such as bold: on when present, unless its value turns it off (ECMA-376 §17.17.4). */
export function on(element: XmlElement | undefined): true | undefined {
  return element && !/^(?:0|false|off)$/.test(element.attributes['w:val'] ?? '') ? true : undefined;
}

/** A run as text with its marks. */
export function runText(run: XmlElement, link = false): string {
  const properties = child(run, 'w:rPr');
  let text = childElements(run).map((e) => (e.name === 'w:t' ? e.children.join('') : e.name === 'w:br' ? '⏎' : e.name === 'w:tab' ? '\t' : '')).join('');
  if (text === '') return '';
  if (child(properties, 'w:rFonts')?.attributes['w:ascii'] === 'Courier New') text = `\`${text}\``;
  if (on(child(properties, 'w:strike'))) text = `~${text}~`;
  if (on(child(properties, 'w:i'))) text = `_${text}_`;
  if (on(child(properties, 'w:b'))) text = `**${text}**`;
  if (link || childValue(properties, 'w:rStyle') === 'Hyperlink') text = `<${text}>`;
  return text;
}

export function paragraphText(paragraph: XmlElement): string {
  return childElements(paragraph).map((e) => (e.name === 'w:r' ? runText(e) : e.name === 'w:hyperlink' ? childElements(e).filter((r) => r.name === 'w:r').map((r) => runText(r, true)).join('') : '')).join('');
}

/** A paragraph as its text and what it sets; what it leaves to its style is absent. */
export interface Para {
  text: string;
  style?: string;
  /** Its list: numbering id and level, `3/0`. */
  list?: string;
  indent?: string;
  after?: string;
  /** A rule under it. */
  rule?: true;
}

export function describeParagraph(paragraph: XmlElement): Para {
  const properties = child(paragraph, 'w:pPr');
  const numbering = child(properties, 'w:numPr');
  const para: Para = {
    text: paragraphText(paragraph),
    style: childValue(properties, 'w:pStyle'),
    list: numbering ? `${childValue(numbering, 'w:numId')}/${childValue(numbering, 'w:ilvl')}` : undefined,
    indent: child(properties, 'w:ind')?.attributes['w:left'],
    after: child(properties, 'w:spacing')?.attributes['w:after'],
    rule: child(child(properties, 'w:pBdr'), 'w:bottom') ? true : undefined,
  };
  return Object.fromEntries(Object.entries(para).filter(([, v]) => v !== undefined)) as unknown as Para;
}
