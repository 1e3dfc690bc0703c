/**
 * The body of a note as safe HTML: remark -> rehype, raw HTML parsed and then
 * sanitised (no script, no event handlers, no javascript: or data: URLs, no
 * style), remote images turned into links so nothing is loaded from outside,
 * and each heading marked with its source line so the preview can reveal it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot, ElementContent } from 'hast';
import { isPathological } from '../parse/pathological';
import { escapeHtml } from './escapeHtml';

export interface MissingSection {
  /** The section's title and number as the fix would insert it. */
  title: string;
  number: string;
  /** 0-based line of the heading it belongs before, or null for the end. */
  beforeLine: number | null;
}

export interface HtmlOptions {
  remoteImageLabel: string;
}

export interface BodyOptions extends HtmlOptions {
  missing: readonly MissingSection[];
  /** Text of the marker shown for a missing section. */
  missingLabel: (section: MissingSection) => string;
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

export function markdownToHtml(text: string, options: HtmlOptions): string {
  if (isPathological(text)) return plainTextHtml(text);
  try {
    return markdownToHtmlUnguarded(text, options);
  } catch {
    // A preview of the text beats no preview: the checks still ran on it.
    return plainTextHtml(text);
  }
}

/**
 * The body as escaped paragraphs, headings kept (with their line, for
 * reveal): for Markdown too deeply nested for the HTML pipeline.
 */
function plainTextHtml(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const fence = /^---[ \t]*$/;
  // Frontmatter is left out when it is closed; an unclosed one (findIndex -1) is read from line 0, as text.
  const start = fence.test(lines[0] as string) ? lines.findIndex((line, i) => i > 0 && fence.test(line)) + 1 : 0;
  const parts: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) parts.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const heading = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] as string).length;
      parts.push(`<h${level} data-line="${i}">${escapeHtml(heading[2] as string)}</h${level}>`);
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return parts.join('\n');
}

export function missingSectionHtml(section: MissingSection, options: BodyOptions): string {
  return `<section class="nota-missing" data-missing="${escapeHtml(section.title)}"><h2>${escapeHtml(`${section.number}. ${section.title}`)}</h2><p>${escapeHtml(options.missingLabel(section))}</p></section>`;
}


function markdownToHtmlUnguarded(text: string, options: HtmlOptions): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    // The frontmatter is shown by the layout, not as body text: remark-rehype drops the yaml node it parses to.
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: HastRoot) => {
      // Stryker disable next-line StringLiteral: visiting every node instead only adds nodes without a tag name, which no heading has
      visit(tree, 'element', (node: Element) => {
        if (HEADINGS.includes(node.tagName) && node.position) node.properties.dataLine = node.position.start.line - 1;
      });
    })
    .use(rehypeSanitize, SCHEMA)
    .use(() => (tree: HastRoot) => {
      neutraliseRemoteImages(tree, options.remoteImageLabel);
    })
    .use(rehypeStringify);
  return String(processor.processSync(text));
}

function neutraliseRemoteImages(tree: HastRoot, label: string): void {
  // Stryker disable next-line StringLiteral: visiting every node instead only adds nodes without a tag name, which the check below skips
  visit(tree, 'element', (node: Element, index, parent) => {
    // Stryker disable next-line ConditionalExpression: after sanitising only an image has a src, and every element visited has a parent
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    // Stryker disable next-line StringLiteral: an image without src stays an image: a stand-in that is no address would too
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
