/**
 * The body of a note as safe HTML: remark -> rehype, raw HTML parsed and then
 * sanitised (no script, no event handlers, no javascript: or data: URLs, no
 * style), remote images turned into links so nothing is loaded from outside,
 * and each heading marked with its source line so the preview can reveal it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot, ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { isPathological } from '../parse/pathological';

export interface MissingSection {
  /** The section's title and number as the fix would insert it. */
  title: string;
  number: string;
  /** 0-based line of the heading it belongs before, or null for the end. */
  beforeLine: number | null;
}

export interface BodyOptions {
  missing: readonly MissingSection[];
  /** Text of the marker shown for a missing section. */
  missingLabel: (section: MissingSection) => string;
  remoteImageLabel: string;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** GitHub's sanitising schema, plus the one attribute we add ourselves before sanitising. */
const SCHEMA = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(HEADINGS.map((h) => [h, [...(defaultSchema.attributes?.[h] ?? []), 'dataLine']])),
  },
};

export function markdownToHtml(text: string, options: BodyOptions): string {
  if (isPathological(text)) return plainTextHtml(text, options);
  try {
    return markdownToHtmlUnguarded(text, options);
  } catch {
    // A preview of the text beats no preview: the checks still ran on it.
    return plainTextHtml(text, options);
  }
}

/**
 * The body as escaped paragraphs, headings kept (with their line, for
 * reveal): for Markdown too deeply nested for the HTML pipeline.
 */
function plainTextHtml(text: string, options: BodyOptions): string {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
    if (close > 0) start = close + 1;
  }
  const parts: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) parts.push(`<p>${paragraph.map(escape).join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] as string).length;
      for (const missing of options.missing.filter((m) => m.beforeLine === i && level === 2)) parts.push(missingHtml(missing, options));
      parts.push(`<h${level} data-line="${i}">${escape(heading[2] as string)}</h${level}>`);
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  for (const missing of options.missing.filter((m) => m.beforeLine === null)) parts.push(missingHtml(missing, options));
  return parts.join('\n');
}

function missingHtml(section: MissingSection, options: BodyOptions): string {
  return `<section class="nota-missing" data-missing="${escape(section.title)}"><h2>${escape(`${section.number}. ${section.title}`)}</h2><p>${escape(options.missingLabel(section))}</p></section>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

function markdownToHtmlUnguarded(text: string, options: BodyOptions): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(() => (tree: MdastRoot) => {
      // The frontmatter is shown by the layout, not as body text.
      tree.children = tree.children.filter((node) => node.type !== 'yaml');
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: HastRoot) => {
      visit(tree, 'element', (node: Element) => {
        if (HEADINGS.includes(node.tagName) && node.position) node.properties.dataLine = node.position.start.line - 1;
      });
    })
    .use(rehypeSanitize, SCHEMA)
    .use(() => (tree: HastRoot) => {
      neutraliseRemoteImages(tree, options.remoteImageLabel);
      insertMissingSections(tree, options);
    })
    .use(rehypeStringify);
  return String(processor.processSync(text));
}

function neutraliseRemoteImages(tree: HastRoot, label: string): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    const src = String(node.properties.src ?? '');
    if (!/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//')) return;
    const alt = String(node.properties.alt ?? '');
    const link: Element = {
      type: 'element', tagName: 'a',
      properties: { href: /^https?:/i.test(src) ? src : undefined, className: ['nota-remote-image'], title: src },
      children: [{ type: 'text', value: `${label}${alt ? `: ${alt}` : ''}` }],
    };
    parent.children.splice(index, 1, link as ElementContent);
  });
}

function insertMissingSections(tree: HastRoot, options: BodyOptions): void {
  const marker = (section: MissingSection): Element => ({
    type: 'element', tagName: 'section',
    properties: { className: ['nota-missing'], dataMissing: section.title },
    children: [
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: `${section.number}. ${section.title}` }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: options.missingLabel(section) }] },
    ],
  });
  for (const section of options.missing) {
    const index = section.beforeLine === null ? -1 : tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h2' && Number(node.properties.dataLine) === section.beforeLine);
    if (index < 0) tree.children.push(marker(section));
    else tree.children.splice(index, 0, marker(section));
  }
}
