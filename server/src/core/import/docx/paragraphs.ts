/**
 * The paragraphs and tables of a Word part (the document body, a header, a
 * footnote) as source blocks: runs with their bold and italic (direct, from
 * a character style, from the paragraph style), line breaks, heading levels
 * from styles and outline levels, list levels and the numbers Word's
 * automatic numbering shows. Deleted text, field instructions and hidden
 * text are not text of the note; inserted text, field results, hyperlinks,
 * content controls and text boxes are.
 */
import type { Column, SourceBlock, SourceLine, SourceParagraph, Span } from '../source';
import { holdsHead } from '../patterns';
import type { DocxNumbering } from './numbering';
import { outlineHeading, outlineLevel, toggle, type DocxStyles } from './styles';
import { child, childElements, childValue, localName, type XmlElement } from './xml';

export interface PartContext {
  styles: DocxStyles;
  numbering: DocxNumbering;
  /** The text that a footnote or endnote reference stands for, as "[n]" markers plus notes collected for the end. */
  noteReference(kind: 'footnote' | 'endnote', id: string): string;
}

/** Blocks of a container (w:body, w:hdr, w:tc, w:txbxContent, w:footnote) in reading order. */
export function blocksOf(container: XmlElement, context: PartContext): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const element of childElements(container)) {
    switch (element.name) {
      case 'w:p':
        paragraphInto(element, context, blocks);
        break;
      case 'w:tbl':
        blocks.push(...tableBlocks(element, context));
        break;
      case 'w:sdt':
        blocks.push(...blocksOf(child(element, 'w:sdtContent') ?? element, context));
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        blocks.push(...blocksOf(element, context));
        break;
      case 'mc:AlternateContent':
        blocks.push(...blocksOf(alternative(element), context));
        break;
      // Stryker disable next-line ConditionalExpression: the last arm only breaks; without it the switch ends all the same
      default:
        break;
    }
  }
  return blocks;
}

interface RunState {
  lines: Span[][];
  /** Open fields: their text shows only between "separate" and "end". */
  fields: ('instruction' | 'result')[];
  /** Paragraphs of text boxes met inside the runs, placed after the paragraph (before it when at the right of the page). */
  boxes: SourceBlock[];
  paragraphStyle: string | undefined;
}

function paragraphInto(element: XmlElement, context: PartContext, blocks: SourceBlock[]): void {
  const properties = child(element, 'w:pPr');
  const styleId = context.styles.paragraphStyle(childValue(properties, 'w:pStyle'));
  const state: RunState = { lines: [[]], fields: [], boxes: [], paragraphStyle: styleId };
  inlineInto(element, context, state);
  const lines: SourceLine[] = state.lines.map((spans) => ({ spans, indent: 0 }));
  const paragraph: SourceParagraph = { kind: 'paragraph', lines, page: 0 };
  // The paragraph's own outline level decides, level 9 (body text) included; else its style.
  const outline = outlineLevel(properties);
  const headingLevel = outline !== undefined ? outlineHeading(outline) : context.styles.headingLevel(styleId);
  if (headingLevel !== undefined) paragraph.headingLevel = headingLevel;
  const column = frameColumn(child(properties, 'w:framePr'));
  if (column) paragraph.column = column;
  numberInto(paragraph, properties, styleId, context);
  // The right-hand column floating in a box comes before the paragraph it is anchored in (the first addressee), as on the page.
  blocks.push(...state.boxes.filter((box) => box.column === 'side'));
  if (lines.some((line) => line.spans.some((s) => s.text.trim() !== ''))) blocks.push(paragraph);
  blocks.push(...state.boxes.filter((box) => box.column !== 'side'));
}

/** Automatic numbering: a number before a heading, or a list level for other paragraphs. */
function numberInto(paragraph: SourceParagraph, properties: XmlElement | undefined, styleId: string | undefined, context: PartContext): void {
  const explicit = child(properties, 'w:numPr');
  const fromStyle = context.styles.numbering(styleId);
  // List 0 is "no numbering" (next() says so).
  const numId = childValue(explicit, 'w:numId') ?? fromStyle?.numId;
  if (numId === undefined) return;
  // The paragraph's own level; else the level the numbering binds its style to, as Word takes it; else the style's own.
  const level = childValue(explicit, 'w:ilvl') ?? context.numbering.styleLevel(numId, styleId) ?? (explicit ? undefined : fromStyle?.ilvl);
  const numbered = context.numbering.next(numId, Number(level) || 0);
  if (!numbered) return;
  if (paragraph.headingLevel !== undefined) {
    if (numbered.label) paragraph.number = numbered.label;
    return;
  }
  paragraph.list = { level: numbered.level, ordered: numbered.ordered, ...(numbered.label ? { label: numbered.label } : {}) };
}

/** A frame set to the right of the page is the right-hand column. */
function frameColumn(frame: XmlElement | undefined): Column | undefined {
  if (!frame) return undefined;
  const align = frame.attributes['w:xAlign'];
  // No w:x is NaN, which is no position.
  const x = Number(frame.attributes['w:x']);
  return align === 'right' || align === 'outside' || x > 5000 ? 'side' : undefined;
}

function inlineInto(element: XmlElement, context: PartContext, state: RunState): void {
  for (const node of childElements(element)) {
    switch (node.name) {
      case 'w:r':
        runInto(node, context, state);
        break;
      case 'w:sdt':
        inlineInto(child(node, 'w:sdtContent') ?? node, context, state);
        break;
      case 'w:hyperlink':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:dir':
      case 'w:bdo':
        inlineInto(node, context, state);
        break;
      case 'mc:AlternateContent':
        inlineInto(alternative(node), context, state);
        break;
      // Stryker disable next-line ConditionalExpression: the last arm only breaks; without it the switch ends all the same
      default:
        break;
    }
  }
}

function runInto(run: XmlElement, context: PartContext, state: RunState): void {
  const properties = child(run, 'w:rPr');
  if (toggle(properties, 'w:vanish') === true) return;
  const characterStyle = childValue(properties, 'w:rStyle');
  // Direct formatting sets the value outright; a character style only toggles the paragraph's.
  const bold = toggle(properties, 'w:b') ?? context.styles.bold(state.paragraphStyle) !== context.styles.flipsBold(characterStyle);
  const italic = toggle(properties, 'w:i') ?? context.styles.italic(state.paragraphStyle) !== context.styles.flipsItalic(characterStyle);
  const emit = (text: string) => {
    if (!text || state.fields.some((f) => f === 'instruction')) return;
    const line = state.lines[state.lines.length - 1] as Span[];
    line.push({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
  };
  for (const node of childElements(run)) {
    switch (node.name) {
      case 'w:t':
        emit(node.children.filter((c): c is string => typeof c === 'string').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        emit(' ');
        break;
      case 'w:br':
      case 'w:cr':
        // A page or column break ends nothing in the text; a line break starts a new line.
        if (node.attributes['w:type'] === 'page' || node.attributes['w:type'] === 'column') emit(' ');
        else if (!state.fields.includes('instruction')) state.lines.push([]);
        break;
      case 'w:noBreakHyphen':
        emit('-');
        break;
      case 'w:sym':
        emit(symbolOf(node));
        break;
      case 'w:fldChar':
        fieldChar(node, state);
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        emit(context.noteReference(node.name === 'w:footnoteReference' ? 'footnote' : 'endnote', node.attributes['w:id'] ?? ''));
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent':
        for (const box of textBoxes(node)) {
          const blocks = blocksOf(box.content, context);
          state.boxes.push(...(box.side ? blocks.map((block) => ({ ...block, column: 'side' as Column })) : blocks));
        }
        break;
      // Stryker disable next-line ConditionalExpression: the last arm only breaks; without it the switch ends all the same
      default:
        // w:softHyphen (a hyphen shown only at a line's end), w:lastRenderedPageBreak, …: no text.
        break;
    }
  }
}

function fieldChar(node: XmlElement, state: RunState): void {
  const type = node.attributes['w:fldCharType'];
  if (type === 'begin') state.fields.push('instruction');
  // Stryker disable next-line ConditionalExpression: a stray "separate" outside any field would only set index -1, which no check reads
  else if (type === 'separate' && state.fields.length) state.fields[state.fields.length - 1] = 'result';
  else if (type === 'end') state.fields.pop();
}

function symbolOf(node: XmlElement): string {
  // Stryker disable next-line StringLiteral: any text without hexadecimal digits reads as NaN, as the empty one does
  const code = parseInt(node.attributes['w:char'] ?? '', 16);
  // NaN (no or no hexadecimal code) fails both comparisons.
  return code > 0 && code <= 0xffff ? String.fromCharCode(code) : '';
}

/**
 * The text boxes inside a drawing (wps:txbx, v:textbox), each once, and
 * whether the box floats at the right of the page: an office suite saves the
 * right-hand column's frame as such a box, anchored in the first addressee.
 */
function textBoxes(node: XmlElement): { content: XmlElement; side: boolean }[] {
  const found: { content: XmlElement; side: boolean }[] = [];
  const visit = (element: XmlElement, side: boolean) => {
    if (element.name === 'mc:AlternateContent') return visit(alternative(element), side);
    if (element.name === 'w:txbxContent') {
      found.push({ content: element, side });
      return;
    }
    const right = side || placedRight(element);
    for (const inner of childElements(element)) visit(inner, right);
  };
  visit(node, false);
  return found;
}

/** Whether a floating shape stands right of the middle of the page (as a frame at x > 5000 twips does). */
function placedRight(element: XmlElement): boolean {
  if (element.name === 'wp:anchor') {
    const horizontal = child(element, 'wp:positionH');
    const align = textOf(child(horizontal, 'wp:align'));
    // No offset is 0, left of the middle.
    const offset = Number(textOf(child(horizontal, 'wp:posOffset')));
    // 250 pt in EMU (12,700 a point).
    return align === 'right' || align === 'outside' || offset > 250 * 12_700;
  }
  const style = element.attributes['style'];
  if (style === undefined || !/position:\s*absolute/.test(style)) return false;
  const left = /(?:^|;)\s*margin-left:\s*([\d.]+)pt/.exec(style)?.[1];
  return /mso-position-horizontal:\s*(?:right|outside)/.test(style) || Number(left) > 250;
}

function textOf(element: XmlElement | undefined): string {
  // Stryker disable next-line ArrayDeclaration: no element, or one whose text is no position, both leave the box where it is
  return (element?.children ?? []).filter((c): c is string => typeof c === 'string').join('').trim();
}

/** Word writes new markup in mc:Choice and the same content for older readers in mc:Fallback; one of them is read. */
function alternative(element: XmlElement): XmlElement {
  // Stryker disable next-line ArrayDeclaration: text in the stand-in's children is never read, only its elements
  return child(element, 'mc:Fallback') ?? child(element, 'mc:Choice') ?? { name: localName(element.name), attributes: {}, children: [] };
}

/**
 * A table that holds the note's head (Datum, an address) lays out the page:
 * its cells are read as paragraphs, those right of the first as the
 * right-hand column. Any other table is a table of the note.
 */
function tableBlocks(table: XmlElement, context: PartContext): SourceBlock[] {
  const rows = childElements(table)
    .filter((e) => e.name === 'w:tr')
    .map((row) => childElements(row).filter((e) => e.name === 'w:tc').map((cell) => blocksOf(cell, context)));
  const paragraphs = rows.flat(2).filter((b): b is SourceParagraph => b.kind === 'paragraph');
  if (holdsHead(paragraphs.flatMap((p) => p.lines.map((line) => line.spans.map((s) => s.text).join(''))))) {
    return rows.flatMap((cells) => cells.flatMap((blocks, i) => blocks.map((block) => (i > 0 && block.kind === 'paragraph' ? { ...block, column: 'side' as Column } : block))));
  }
  const cellSpans = (blocks: SourceBlock[]): Span[] => {
    const spans: Span[] = [];
    for (const block of blocks) {
      const lines = block.kind === 'paragraph' ? block.lines : block.rows.flat().map((cell) => ({ spans: cell, indent: 0 }));
      for (const line of lines) {
        if (spans.length) spans.push({ text: ' ' });
        spans.push(...line.spans);
      }
    }
    return spans;
  };
  return [{ kind: 'table', rows: rows.map((cells) => cells.map(cellSpans)), page: 0 }];
}
