/**
 * The imported body as house Markdown, written for the few node kinds an
 * import makes (headings, paragraphs, text, strong, emphasis, hard breaks,
 * lists, GFM tables), in the style of the example note: `##` headings,
 * `-` bullets indented by their marker, a blank line between blocks.
 *
 * Why not remark-stringify: escaping every text node against all of
 * Markdown's constructs made it most of an import's time (`nota import` of a
 * .docx must be as quick as pandoc). This writer escapes only what an
 * import's text can meet, and a property test holds it to remark: what it
 * writes parses back to the same tree, and where there is nothing to escape
 * it writes what remark-stringify writes, byte for byte.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';

export function writeMarkdown(root: Root): string {
  if (root.children.length === 0) return '';
  return `${blocks(root.children, '')}\n`;
}

function blocks(nodes: readonly RootContent[], indent: string): string {
  const out: string[] = [];
  // Stryker disable next-line BooleanLiteral: the first block has no list before it, so it sets alternate before it is read
  let alternate = false;
  nodes.forEach((node, i) => {
    const previous = nodes[i - 1];
    // Two lists in a row would be one list in Markdown: each takes the other marker than the one before, as remark does.
    alternate = node.type === 'list' && previous?.type === 'list' && previous.ordered === node.ordered ? !alternate : false;
    out.push(block(node, indent, alternate));
  });
  return out.join(`\n\n${indent}`);
}

function block(node: RootContent, indent: string, alternate = false): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${headingText(phrasing(node.children))}`;
    case 'paragraph':
      return paragraph(node, indent);
    case 'list':
      return list(node, indent, alternate);
    case 'table':
      return table(node, indent);
    default:
      throw new Error(`the Markdown writer has no rule for ${node.type}`);
  }
}

function paragraph(node: Paragraph, indent: string): string {
  // Each line (the first, and each after a hard break) is a place where block syntax could start.
  return phrasing(node.children).split('\n').map((line, i) => (i === 0 ? '' : indent) + escapeLineStart(line)).join('\n');
}

function list(node: List, indent: string, alternate: boolean): string {
  const spread = node.spread === true || node.children.some((item) => item.spread === true);
  let number = node.start ?? 1;
  const items = node.children.map((item) => {
    const marker = node.ordered ? `${number++}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    return listItem(item, marker, indent);
  });
  return items.join(spread ? `\n\n${indent}` : `\n${indent}`);
}

function listItem(item: ListItem, marker: string, indent: string): string {
  const inner = indent + ' '.repeat(marker.length + 1);
  let body = '';
  item.children.forEach((child, i) => {
    // A numbered list that does not start at 1 cannot interrupt a paragraph: it needs a blank line, as remark writes it.
    const apart = item.spread || (child.type === 'list' && child.ordered && (child.start ?? 1) !== 1);
    if (i > 0) body += apart ? `\n\n${inner}` : `\n${inner}`;
    body += block(child as RootContent, inner);
  });
  return `${marker}${body ? ` ${body}` : ''}`;
}

function table(node: Table, indent: string): string {
  const rows = node.children.map((row) => row.children.map((cell) => phrasing(cell.children, ' ').replace(/\|/g, '\\|').replace(/\n/g, ' ')));
  const widths = rows[0]?.map((_, column) => Math.max(1, ...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (cells: readonly string[]) => `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  const delimiter = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  // Stryker disable next-line ArrayDeclaration: a table without rows has no columns, so no cell of its head is read
  const [head = [], ...body] = rows;
  return [line(head), delimiter, ...body.map(line)].join(`\n${indent}`);
}

/**
 * Inline content; a hard break is written as a backslash at the end of the
 * line, as remark does. A table's cell is one line, where a backslash before
 * a space would be read as the text's own: there a break is a space.
 */
function phrasing(nodes: readonly PhrasingContent[], hardBreak = '\\\n'): string {
  let out = '';
  nodes.forEach((node, i) => {
    const before = out.slice(-1);
    const after = firstCharacter(nodes[i + 1]);
    switch (node.type) {
      case 'text':
        out += escapeText(node.value);
        break;
      case 'break':
        out += hardBreak;
        break;
      case 'strong':
      case 'emphasis': {
        const marker = node.type === 'strong' ? '**' : '*';
        out += attention(marker, phrasing(node.children, hardBreak), before, after);
        break;
      }
      default:
        throw new Error(`the Markdown writer has no rule for ${node.type}`);
    }
  });
  return out;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * `**…**` where CommonMark will read it as strong: a run that opens before
 * punctuation must follow a space or punctuation, and one that closes after
 * punctuation must precede one. Where the neighbour is a letter, the
 * punctuation inside is written as a character reference, which counts as
 * the `&`…`;` around it.
 */
function attention(marker: string, inner: string, before: string, after: string): string {
  let content = inner;
  const first = content.charAt(0);
  const last = content.slice(-1);
  if (PUNCTUATION.test(first) && before !== '' && !SPACE.test(before) && !PUNCTUATION.test(before)) content = reference(first) + content.slice(1);
  if (PUNCTUATION.test(last) && after !== '' && !SPACE.test(after) && !PUNCTUATION.test(after)) content = content.slice(0, -1) + reference(last);
  return `${marker}${content}${marker}`;
}

function reference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}

/** What follows a run of emphasis: a text's first character, or nothing (the end, a break, or another run, whose delimiters are punctuation: neither needs a reference). */
function firstCharacter(node: PhrasingContent | undefined): string {
  if (node?.type === 'text') return node.value.charAt(0);
  // Stryker disable next-line StringLiteral: the replacing text holds a space, and after white space no reference is needed either
  return '';
}

/**
 * Characters that would be syntax inside a line: backslashes, emphasis
 * markers, code spans, link brackets, HTML and autolinks, and character
 * references. An underscore inside a word cannot be emphasis and stays.
 */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*[<]/g, '\\$&')
    .replace(/_/g, (underscore, at: number) => (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '') ? underscore : '\\_'))
    .replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');
}

/** Syntax that only counts at the start of a line: headings, quotes, list markers, rules, fences, setext underlines. */
function escapeLineStart(line: string): string {
  if (/^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|~~~)/.test(line)) return `\\${line}`;
  // "1. " would start a list. As remark: the dot is escaped before white space or the end, a parenthesis always.
  const ordered = /^(\d+)(?:\.(?=[ \t]|$)|\))/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  // A line of only = would underline the line above.
  if (/^=+[ \t]*$/.test(line)) return `\\${line}`;
  // A line of only pipes, colons and dashes would turn the line above into a table's header (a GFM delimiter row);
  // this also holds a line of only - (with spaces), which would underline the line above or be a rule. (* and _ in text are escaped already.)
  if (/^[|:-][|:\- \t]*$/.test(line) && line.includes('-')) return `\\${line}`;
  return line;
}

/** A heading's text: closing hashes would be taken for the end of an ATX heading. */
function headingText(text: string): string {
  return text.replace(/(^|[ \t])(#+)([ \t]*)$/, (whole, space: string, hashes: string, trailing: string) => `${space}\\${hashes}${trailing}`);
}
