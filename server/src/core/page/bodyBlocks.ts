/**
 * A note's body as page blocks, read with remark (GFM tables, strikethrough,
 * task lists and footnotes included). Nothing a reader of the Markdown would
 * see is lost: raw HTML keeps its text without its tags (a script's or
 * style's body is code, not text, and goes), images become their
 * description (nothing is ever fetched), footnotes follow the body. Markdown
 * that the parser cannot take in bounded time is read line by line instead.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, RootContent, PhrasingContent, ListItem as MdListItem, TableRow, FootnoteDefinition } from 'mdast';
import { isPathological } from '../parse/pathological';
import { htmlText } from './htmlText';
import type { Block, Inline, ListItem } from './notePage';

type Marks = { bold?: boolean; italic?: boolean; strike?: boolean };

/** Labels the writers show in the body's own language (the house style's, Dutch). */
export interface BodyLabels {
  /** Shown for an image, with its description: "afbeelding". */
  image: string;
}

export function bodyBlocks(markdown: string, labels: BodyLabels): Block[] {
  if (isPathological(markdown)) return blocksByLines(markdown);
  let root: Root;
  try {
    root = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown);
  } catch {
    return blocksByLines(markdown);
  }
  return new BlockReader(root, labels).read();
}

class BlockReader {
  /** Each label's link, already made safe (undefined for a link a document may not carry). */
  private readonly definitions = new Map<string, string | undefined>();
  private readonly footnotes: FootnoteDefinition[] = [];

  constructor(private readonly root: Root, private readonly labels: BodyLabels) {
    this.collect(root.children);
  }

  /** Definitions and footnotes wherever they stand: in a list item, a quote or a footnote they count as much as at the top. */
  private collect(nodes: readonly Nodes[]): void {
    for (const node of nodes) {
      // The first definition of a label is the one that counts (CommonMark).
      if (node.type === 'definition' && !this.definitions.has(node.identifier)) this.definitions.set(node.identifier, safeLink(node.url));
      if (node.type === 'footnoteDefinition') this.footnotes.push(node);
      if ('children' in node) this.collect(node.children);
    }
  }

  read(): Block[] {
    // Footnote definitions give no block where they stand (see block()).
    const blocks = this.blocks(this.root.children);
    // Footnotes, as a reader of the Markdown finds them: after the text, each with its label.
    for (const note of this.footnotes) {
      const [first, ...rest] = this.blocks(note.children);
      const label: Inline = { kind: 'text', text: `[${note.label ?? note.identifier}] ` };
      if (first?.kind === 'paragraph') blocks.push({ kind: 'paragraph', content: [label, ...first.content] }, ...rest);
      else blocks.push({ kind: 'paragraph', content: [label] }, ...(first ? [first] : []), ...rest);
    }
    return blocks;
  }

  private blocks(nodes: readonly RootContent[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.depth, content: this.inlines(node.children) }];
      case 'paragraph': {
        const content = this.inlines(node.children);
        return hasText(content) ? [{ kind: 'paragraph', content }] : [];
      }
      case 'list':
        return [{ kind: 'list', ordered: node.ordered === true, start: node.start ?? 1, items: node.children.map((item) => this.listItem(item)) }];
      case 'table': {
        const [head, ...rows] = node.children;
        return [{
          kind: 'table',
          header: head ? this.cells(head) : [],
          rows: rows.map((row) => this.cells(row)),
          align: (node.align ?? []).map((a) => a ?? null),
        }];
      }
      case 'blockquote': {
        // A quote of nothing but definitions or blank lines would be an empty bar on the page, like an empty paragraph.
        const blocks = this.blocks(node.children);
        return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
      }
      case 'code':
        return [{ kind: 'code', text: node.value }];
      case 'thematicBreak':
        return [{ kind: 'rule' }];
      case 'html': {
        const text = htmlText(node.value);
        return text.trim() ? [{ kind: 'paragraph', content: lines(text) }] : [];
      }
      default:
        // yaml (shown by the layout), definitions (used by links), footnotes (read at the end).
        return [];
    }
  }

  private listItem(item: MdListItem): ListItem {
    return { checked: item.checked ?? null, blocks: this.blocks(item.children) };
  }

  private cells(row: TableRow): Inline[][] {
    return row.children.map((cell) => this.inlines(cell.children));
  }

  private inlines(nodes: readonly PhrasingContent[], marks: Marks = {}, link?: string): Inline[] {
    return nodes.flatMap((node) => this.inline(node, marks, link));
  }

  private inline(node: PhrasingContent, marks: Marks, link: string | undefined): Inline[] {
    const text = (value: string, extra: { code?: boolean } = {}): Inline[] => (value ? [{ kind: 'text', text: value, ...marks, ...extra, ...(link ? { link } : {}) }] : []);
    switch (node.type) {
      case 'text':
        return text(node.value);
      case 'inlineCode':
        return text(node.value, { code: true });
      case 'strong':
        return this.inlines(node.children, { ...marks, bold: true }, link);
      case 'emphasis':
        return this.inlines(node.children, { ...marks, italic: true }, link);
      case 'delete':
        return this.inlines(node.children, { ...marks, strike: true }, link);
      case 'break':
        return [{ kind: 'break' }];
      case 'link':
        return this.inlines(node.children, marks, safeLink(node.url) ?? link);
      case 'linkReference':
        // The parser makes a reference only of a label that is defined somewhere in the note.
        return this.inlines(node.children, marks, this.definitions.get(node.identifier) ?? link);
      case 'image':
        return text(`[${this.labels.image}: ${node.alt || node.url}]`);
      case 'imageReference':
        return text(`[${this.labels.image}: ${node.alt || node.label || node.identifier}]`);
      case 'footnoteReference':
        return text(`[${node.label ?? node.identifier}]`);
      case 'html': {
        // Inline tags go; a line break tag is a line break. An inline HTML node is one tag, nothing around it.
        if (/^<br\s*\/?>/i.test(node.value)) return [{ kind: 'break' }];
        return text(htmlText(node.value));
      }
      default:
        return [];
    }
  }
}

/** Links a document may carry: the web and e-mail. Anything else (javascript:, file:, data:) stays plain text. */
function safeLink(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

function hasText(content: readonly Inline[]): boolean {
  return content.some((inline) => inline.kind === 'text' && inline.text.trim() !== '');
}

/** Text with its line breaks kept as breaks. */
function lines(text: string): Inline[] {
  return text.trim().split(/\r\n|\r|\n/).flatMap((line, i): Inline[] => (i ? [{ kind: 'break' }, { kind: 'text', text: line }] : [{ kind: 'text', text: line }]));
}

/**
 * The body of Markdown too deeply nested for the parser: headings where a line
 * starts with `#`, paragraphs of the other lines, every character kept.
 */
export function blocksByLines(markdown: string): Block[] {
  const all = markdown.split(/\r\n|\r|\n/);
  let start = 0;
  // Splitting gives at least one line, empty for an empty note.
  if (/^\uFEFF?---[ \t]*$/.test(all[0] as string)) {
    const close = all.slice(1).findIndex((line) => /^(---|\.\.\.)[ \t]*$/.test(line));
    if (close !== -1) start = close + 2;
  }
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: lines(paragraph.join('\n')) });
    paragraph = [];
  };
  for (const line of all.slice(start)) {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] as string).length, content: [{ kind: 'text', text: heading[2] as string }] });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
