/**
 * The body's blocks as Word paragraphs and tables: headings in Word's heading
 * styles, real Word lists (nested as the note nests them, up to Word's nine
 * levels), tables with a repeated header row, quotes and code in their role
 * styles, links as hyperlinks.
 */
import { AlignmentType, BorderStyle, ExternalHyperlink, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { Block, Inline } from '../../core/page/notePage';
import { COLOURS, LIST, MAX_TABLE_COLUMNS, twips } from '../houseStyle';
import { BULLET_LIST, STYLE, orderedList } from './docxStyles';
import { wordText } from './wordText';

export type BodyElement = Paragraph | Table;

interface Place {
  /** List nesting: -1 outside lists. */
  level: number;
  quote: boolean;
}

const OUTSIDE: Place = { level: -1, quote: false };

export class DocxBodyWriter {
  private listInstance = 0;
  /** The start numbers of the ordered lists met, for the numbering definitions. */
  readonly orderedStarts = new Set<number>();

  write(blocks: readonly Block[]): BodyElement[] {
    return blocks.flatMap((block) => this.block(block, OUTSIDE));
  }

  private block(block: Block, place: Place): BodyElement[] {
    switch (block.kind) {
      case 'heading': {
        // A heading inside a list item is no section: bold text in its place.
        if (place.level >= 0) return [this.paragraph(this.runs(block.content, true), place)];
        const styleId = block.level === 1 ? STYLE.title : STYLE.headings[Math.min(block.level, STYLE.headings.length + 1) - 2];
        return [new Paragraph({ style: styleId, children: this.runs(block.content) })];
      }
      case 'paragraph':
        return [this.paragraph(this.runs(block.content), place)];
      case 'list':
        return this.list(block, place);
      case 'table':
        return this.table(block, place);
      case 'quote':
        return block.blocks.flatMap((child) => this.block(child, { ...place, quote: true }));
      case 'code':
        return block.text.split(/\r\n|\r|\n/).map((line) => new Paragraph({ style: STYLE.code, indent: this.indent(place), children: [new TextRun(wordText(line) || ' ')] }));
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 1 } }, indent: this.indent(place), children: [] })];
    }
  }

  private paragraph(children: ParagraphChild[], place: Place): Paragraph {
    return new Paragraph({ style: place.quote ? STYLE.quote : undefined, indent: this.indent(place), children });
  }

  /** Paragraphs inside a list item (after its first) line up with the item's text. */
  private indent(place: Place): { left: number } | undefined {
    return place.level >= 0 ? { left: twips(LIST.indent * (Math.min(place.level, LIST.maxLevel) + 1)) } : undefined;
  }

  private list(block: Extract<Block, { kind: 'list' }>, place: Place): BodyElement[] {
    const level = place.level + 1;
    const wordLevel = Math.min(level, LIST.maxLevel);
    const reference = block.ordered ? orderedList(block.start) : BULLET_LIST;
    if (block.ordered) this.orderedStarts.add(block.start);
    // Each ordered list counts from its own start: a numbering instance of its own.
    // Stryker disable next-line UpdateOperator: any count that gives each list an instance of its own will do; counting down does too.
    const instance = block.ordered ? ++this.listInstance : 0;
    const inner: Place = { level, quote: place.quote };
    return block.items.flatMap((item) => {
      const [first, ...rest] = item.blocks;
      const box = item.checked === null ? [] : [new TextRun(item.checked ? '[x] ' : '[ ] ')];
      const head = first?.kind === 'paragraph' || first?.kind === 'heading' ? first : undefined;
      const marker = new Paragraph({
        style: place.quote ? STYLE.quote : STYLE.listParagraph,
        numbering: { reference, level: wordLevel, instance },
        spacing: { after: 0 },
        // A heading that opens an item is bold text of the item, as a heading later in it is.
        children: [...box, ...(head ? this.runs(head.content, head.kind === 'heading') : [])],
      });
      const others = head ? rest : item.blocks;
      return [marker, ...others.flatMap((child) => this.block(child, inner))];
    });
  }

  private table(block: Extract<Block, { kind: 'table' }>, place: Place): BodyElement[] {
    const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
    if (width === 0) return [];
    if (width > MAX_TABLE_COLUMNS) {
      // Too wide for a page: each row as a line of text, cells apart, nothing lost.
      return [block.header, ...block.rows].map((row) => this.paragraph(this.runs(joinCells(row)), place));
    }
    const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
    const row = (cells: Inline[][], header: boolean) => new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: width }, (_, i) => new TableCell({
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new Paragraph({
          style: STYLE.tableText,
          alignment: alignmentOf(block.align[i] ?? null),
          children: this.runs(cells[i] ?? [], header),
        })],
      })),
    });
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
      }),
      // Word needs a paragraph between two tables, and LibreOffice one after a table that ends a cell.
      new Paragraph({ spacing: { after: 0 }, children: [] }),
    ];
  }

  private runs(content: readonly Inline[], bold = false): ParagraphChild[] {
    const children: ParagraphChild[] = [];
    for (const inline of content) {
      if (inline.kind === 'break') {
        children.push(new TextRun({ text: '', break: 1 }));
        continue;
      }
      const run = new TextRun({
        text: wordText(inline.text.replace(/\r\n|\r|\n/g, ' ')),
        bold: inline.bold || bold || undefined,
        italics: inline.italic || undefined,
        strike: inline.strike || undefined,
        font: inline.code ? 'Courier New' : undefined,
        style: inline.link ? 'Hyperlink' : undefined,
      });
      children.push(inline.link ? new ExternalHyperlink({ link: inline.link, children: [run] }) : run);
    }
    return children;
  }
}

function alignmentOf(align: 'left' | 'center' | 'right' | null) {
  return align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

function joinCells(row: readonly Inline[][]): Inline[] {
  return row.flatMap((cell, i) => (i ? [{ kind: 'text' as const, text: ' | ' }, ...cell] : cell));
}
