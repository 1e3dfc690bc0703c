/**
 * The body's blocks set in the PDF, each under its structure element:
 * headings H1–H6, paragraphs P, lists L > LI > Lbl + LBody (nested as the
 * note nests them, pdfkit's own list helper flattens them), tables Table >
 * TR > TH/TD with the header row repeated on a new page, quotes BlockQuote,
 * code and rules. Decoration (the quote's bar, rules, cell borders) is
 * drawn as artifacts.
 */
import type { Block, Inline, ListItem } from '../../core/page/notePage';
import { BODY, COLOURS, LIST, MAX_TABLE_COLUMNS, MM, SIZES } from '../houseStyle';
import { BODY_STYLE, heightOf, lineHeightOf, setText, type Coverage, type Pdf, type TextStyle } from './pdfText';

type Struct = PDFKit.PDFStructureElement;

const HEADING_STYLES: TextStyle[] = SIZES.heading.map((size, i) => ({ size, lineHeight: 1.3, bold: i < 3, italic: i >= 2 }));
const HEADING_SPACE: [before: number, after: number][] = [[4 * MM, 2 * MM], [6 * MM, 2 * MM], [4 * MM, 1 * MM], [3 * MM, 1 * MM], [3 * MM, 1 * MM], [3 * MM, 1 * MM]];
const PARAGRAPH_AFTER = 2.5 * MM;
const CODE_STYLE: TextStyle = { size: SIZES.code, lineHeight: 1.3 };
const CELL_STYLE: TextStyle = { size: SIZES.body, lineHeight: 1.25 };
const CELL_PADDING = 1.5 * MM;

interface Place {
  left: number;
  /** List nesting: -1 outside lists. */
  level: number;
  italic: boolean;
}

export class PdfBodyWriter {
  constructor(private readonly pdf: Pdf, private readonly coverage: Coverage) {}

  write(blocks: readonly Block[], parent: Struct): void {
    for (const block of blocks) this.block(block, parent, { left: BODY.left, level: -1, italic: false });
  }

  private get width(): number {
    return BODY.right;
  }

  private block(block: Block, parent: Struct, place: Place): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.content, parent, place);
      case 'paragraph':
        return this.paragraph(block.content, parent, place);
      case 'list':
        return this.list(block, parent, place);
      case 'table':
        return this.table(block, parent, place);
      case 'quote':
        return this.quote(block.blocks, parent, place);
      case 'code':
        return this.code(block.text, parent, place);
      case 'rule':
        return this.rule(place);
    }
  }

  /** Moves to a new page when less than `height` is left on this one. */
  private ensureRoom(height: number): void {
    if (this.pdf.y + height > this.pdf.page.maxY()) this.pdf.addPage();
  }

  /** Text set as a structure element of its own (its links as Link elements inside it). */
  private tagged(parent: Struct, type: string, set: (element: Struct) => void): void {
    const element = this.pdf.struct(type);
    parent.add(element);
    set(element);
    element.end();
  }

  heading(level: number, content: readonly Inline[], parent: Struct, place: Place): void {
    const style = HEADING_STYLES[Math.min(level, 6) - 1] as TextStyle;
    const [before, after] = HEADING_SPACE[Math.min(level, 6) - 1] as [number, number];
    const width = this.width - place.left;
    // A heading keeps its first lines of text with it.
    this.ensureRoom(before + heightOf(this.pdf, content, width, style, this.coverage) + 2 * lineHeightOf(BODY_STYLE));
    if (this.pdf.y > this.pdf.page.margins.top) this.pdf.y += before;
    this.tagged(parent, `H${Math.min(level, 6)}`, (element) => setText(this.pdf, content, place.left, this.pdf.y, width, style, this.coverage, element));
    this.pdf.y += after;
  }

  private paragraph(content: readonly Inline[], parent: Struct, place: Place, after = PARAGRAPH_AFTER): void {
    this.ensureRoom(lineHeightOf(BODY_STYLE));
    this.tagged(parent, 'P', (element) => setText(this.pdf, content, place.left, this.pdf.y, this.width - place.left, { ...BODY_STYLE, italic: place.italic }, this.coverage, element));
    this.pdf.y += after;
  }

  private list(block: Extract<Block, { kind: 'list' }>, parent: Struct, place: Place): void {
    const level = place.level + 1;
    const indent = LIST.indent * Math.min(level + 1, LIST.maxLevel + 1);
    const textLeft = BODY.left + indent;
    const markerLeft = textLeft - LIST.hanging;
    const list = this.pdf.struct('L');
    parent.add(list);
    block.items.forEach((item, i) => {
      const marker = block.ordered ? `${block.start + i}.` : (level % 2 ? '–' : '•');
      this.listItem(item, marker, list, { left: textLeft, level, italic: place.italic }, markerLeft);
    });
    list.end();
    // Space after a list, not after each list nested in it.
    if (level === 0) this.pdf.y += PARAGRAPH_AFTER - 1 * MM;
  }

  private listItem(item: ListItem, marker: string, list: Struct, place: Place, markerLeft: number): void {
    const entry = this.pdf.struct('LI');
    list.add(entry);
    this.ensureRoom(lineHeightOf(BODY_STYLE));
    const y = this.pdf.y;
    this.tagged(entry, 'Lbl', (element) => {
      // The marker hangs left of the text, or ends just before it when it is wider ("10.").
      const width = this.pdf.font('regular').fontSize(SIZES.body).widthOfString(marker);
      setText(this.pdf, marker, Math.min(markerLeft, place.left - width - 1 * MM), y, width + 1, BODY_STYLE, this.coverage, element);
    });
    this.pdf.y = y;
    const body = this.pdf.struct('LBody');
    entry.add(body);
    const blocks = withTickBox(item);
    blocks.forEach((child, i) => {
      if (i === 0 && child.kind === 'paragraph') this.paragraph(child.content, body, place, 0.8 * MM);
      else if (child.kind === 'heading') this.paragraph(boldened(child.content), body, place, 0.8 * MM);
      else this.block(child, body, place);
    });
    if (blocks.length === 0) this.pdf.y += lineHeightOf(BODY_STYLE);
    body.end();
    entry.end();
  }

  private quote(blocks: readonly Block[], parent: Struct, place: Place): void {
    const quote = this.pdf.struct('BlockQuote');
    parent.add(quote);
    const inner: Place = { ...place, left: place.left + 5 * MM, italic: true };
    const top = this.pdf.y;
    const first = this.lastPage();
    for (const child of blocks) this.block(child, quote, inner);
    quote.end();
    // The bar beside the quote, on every page it runs over: from its top (or the page's) to its end (or the page's foot).
    const last = this.lastPage();
    const end = this.pdf.y - PARAGRAPH_AFTER;
    for (let page = first; page <= last; page++) {
      this.pdf.switchToPage(page);
      const from = page === first ? top : this.pdf.page.margins.top;
      const to = page === last ? end : this.pdf.page.maxY();
      this.decorate(() => this.pdf.moveTo(place.left + 1.5 * MM, from).lineTo(place.left + 1.5 * MM, to).lineWidth(1.5).strokeColor(`#${COLOURS.rule}`).stroke());
    }
  }

  /** Code, a line at a time on its shaded band; the bands are artifacts, so each line is a paragraph of its own. */
  private code(text: string, parent: Struct, place: Place): void {
    const width = this.width - place.left;
    const division = this.pdf.struct('Div');
    parent.add(division);
    for (const line of text.split(/\r\n|\r|\n/)) {
      const height = heightOf(this.pdf, line || ' ', width - 2 * MM, CODE_STYLE, this.coverage);
      this.ensureRoom(Math.min(height, lineHeightOf(CODE_STYLE) * 3));
      const y = this.pdf.y;
      this.decorate(() => this.pdf.rect(place.left, y, width, height).fill('#F3F3F3'));
      this.tagged(division, 'P', (element) => setText(this.pdf, line || ' ', place.left + 1 * MM, y, width - 2 * MM, CODE_STYLE, this.coverage, element));
    }
    division.end();
    this.pdf.y += PARAGRAPH_AFTER;
  }

  private rule(place: Place): void {
    this.ensureRoom(3 * MM);
    const y = this.pdf.y + 1 * MM;
    this.decorate(() => this.pdf.moveTo(place.left, y).lineTo(this.width, y).lineWidth(0.5).strokeColor(`#${COLOURS.rule}`).stroke());
    this.pdf.y = y + PARAGRAPH_AFTER;
  }

  private table(block: Extract<Block, { kind: 'table' }>, parent: Struct, place: Place): void {
    const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
    if (columns === 0) return;
    if (columns > MAX_TABLE_COLUMNS) {
      // Too wide for a page: each row as a line of text, cells apart, nothing lost.
      for (const row of [block.header, ...block.rows]) this.paragraph(row.flatMap((cell, i) => (i ? [{ kind: 'text' as const, text: ' | ' }, ...cell] : cell)), parent, place);
      return;
    }
    const width = (this.width - place.left) / columns;
    const table = this.pdf.struct('Table');
    parent.add(table);
    const heightOfRow = (cells: Inline[][], bold: boolean) =>
      Math.max(lineHeightOf(CELL_STYLE), ...Array.from({ length: columns }, (_, i) => heightOf(this.pdf, cells[i] ?? [], width - 2 * CELL_PADDING, { ...CELL_STYLE, bold }, this.coverage))) + 2 * CELL_PADDING;
    const headerHeight = heightOfRow(block.header, true);
    const drawRow = (cells: Inline[][], header: boolean, height: number) => {
      const row = this.pdf.struct('TR');
      table.add(row);
      const y = this.pdf.y;
      for (let i = 0; i < columns; i++) {
        const x = place.left + i * width;
        const cell = cells[i] ?? [];
        this.decorate(() => {
          if (header) this.pdf.rect(x, y, width, height).fill('#F0F2F5');
          this.pdf.rect(x, y, width, height).lineWidth(0.5).strokeColor(`#${COLOURS.rule}`).stroke();
        });
        this.tagged(row, header ? 'TH' : 'TD', (element) => {
          const align = block.align[i] ?? 'left';
          setText(this.pdf, cell, x + CELL_PADDING, y + CELL_PADDING, width - 2 * CELL_PADDING, { ...CELL_STYLE, bold: header, italic: place.italic, align }, this.coverage, element);
        });
      }
      row.end();
      this.pdf.y = y + height;
    };
    this.ensureRoom(headerHeight + lineHeightOf(CELL_STYLE) + 2 * CELL_PADDING);
    drawRow(block.header, true, headerHeight);
    const room = this.pdf.page.maxY() - this.pdf.page.margins.top - headerHeight;
    for (const cells of block.rows) {
      const height = heightOfRow(cells, false);
      if (height > room) {
        // A row taller than a page cannot stay whole: its cells follow one another as paragraphs.
        for (const cell of cells) this.paragraph(cell, table, place);
        continue;
      }
      if (this.pdf.y + height > this.pdf.page.maxY()) {
        this.pdf.addPage();
        drawRow(block.header, true, headerHeight);
      }
      drawRow(cells, false, height);
    }
    table.end();
    this.pdf.y += PARAGRAPH_AFTER;
  }

  /** Lines and fills that only decorate: artifacts, in the graphics state they found. */
  private decorate(draw: () => void): void {
    const { x, y } = this.pdf;
    this.pdf.save();
    this.pdf.markContent('Artifact', { type: 'Layout' });
    draw();
    this.pdf.endMarkedContent();
    this.pdf.restore();
    this.pdf.x = x;
    this.pdf.y = y;
    this.pdf.fillColor(`#${COLOURS.ink}`);
  }

  /** The page being written: the last so far (every page stays buffered until the end, so they count from 0). */
  private lastPage(): number {
    return this.pdf.bufferedPageRange().count - 1;
  }
}

/** A heading inside a list item is no section: its text, bold, in the item. */
function boldened(content: readonly Inline[]): Inline[] {
  // Stryker disable next-line ConditionalExpression: a line break marked bold is still a line break.
  return content.map((c) => (c.kind === 'text' ? { ...c, bold: true } : c));
}

/** A task item's blocks with its box ("[x] ", "[ ] ") opening the text, as in the .docx: the marker stays a bullet. */
function withTickBox(item: ListItem): Block[] {
  if (item.checked === null) return item.blocks;
  const box: Inline = {
    // Stryker disable next-line StringLiteral: an inline is read as text whatever its kind says, unless it is a break.
    kind: 'text',
    text: item.checked ? '[x] ' : '[ ] ',
  };
  const [first, ...rest] = item.blocks;
  if (first?.kind === 'paragraph') return [{ kind: 'paragraph', content: [box, ...first.content] }, ...rest];
  if (first?.kind === 'heading') return [{ kind: 'paragraph', content: [box, ...boldened(first.content)] }, ...rest];
  return [{ kind: 'paragraph', content: [box] }, ...item.blocks];
}
