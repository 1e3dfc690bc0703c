/**
 * The import's Markdown writer held to remark: any tree of the kinds an
 * import makes, written and parsed again with remark-parse (and GFM tables),
 * is the same tree, however hostile its text (every Markdown metacharacter,
 * numbers and markers at the start of lines, punctuation against emphasis);
 * and where the text needs no escaping, the writer writes what
 * remark-stringify writes, byte for byte.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import { writeMarkdown } from '../../server/src/core/import/markdownWriter';
import { runs } from '../support/mutations';

function gfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

const parser = unified().use(remarkParse).use(gfm);
const stringifier = unified().use(remarkStringify, { bullet: '-', listItemIndent: 'one', emphasis: '*', strong: '*', rule: '-', fences: true }).use(gfm);

/** The tree without positions and table alignment, for comparison. */
function bare(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bare);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node as Record<string, unknown>).filter(([key]) => key !== 'position' && key !== 'align').map(([key, value]) => [key, bare(value)]));
}

function texts(alphabet: string, maxLength = 24): fc.Arbitrary<string> {
  // Texts as remark gives them: no white space at either end, no runs of it.
  return fc
    .string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

const PLAIN = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 .,;:?!()\'%éëï€';
const HOSTILE = `${PLAIN}*_\`[]<>#+-=~|&\\{}"/•–`;

function phrasingOf(alphabet: string): fc.Arbitrary<PhrasingContent[]> {
  const text = texts(alphabet).map((value): PhrasingContent => ({ type: 'text', value }));
  const marked = fc.tuple(fc.constantFrom<'strong' | 'emphasis'>('strong', 'emphasis'), texts(alphabet, 12)).map(([type, value]): PhrasingContent => ({ type, children: [{ type: 'text', value }] }));
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: text }, { weight: 2, arbitrary: marked }, { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) }), { minLength: 1, maxLength: 6 })
    .map(canonical)
    .filter((nodes) => nodes.length > 0);
}

/** As remark would give it: adjacent texts merged, spaces around marks inside texts, no break at either end or twice. */
function canonical(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'break' && (!last || last.type === 'break')) continue;
    if (node.type !== 'text' && node.type !== 'break' && last && last.type !== 'text' && last.type !== 'break') out.push({ type: 'text', value: ' ' });
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.value += ` ${node.value}`;
    else out.push(node.type === 'text' && previous && previous.type !== 'break' ? { ...node, value: ` ${node.value}` } : node);
    const now = out[out.length - 1];
    if (now?.type !== 'text' && now?.type !== 'break' && previous?.type === 'text' && !previous.value.endsWith(' ')) previous.value += ' ';
  }
  while (out[out.length - 1]?.type === 'break') out.pop();
  return out;
}

function treeOf(alphabet: string): fc.Arbitrary<Root> {
  const paragraph = phrasingOf(alphabet).map((children): Paragraph => ({ type: 'paragraph', children }));
  // A nested numbered list that does not start at 1 needs a blank line after the paragraph, which makes the item loose: not a tight tree.
  const item = (depth: number): fc.Arbitrary<ListItem> =>
    fc.tuple(paragraph, depth < 2 ? fc.option(listOf(depth + 1), { nil: undefined }) : fc.constant(undefined)).map(([p, nested]) => ({ type: 'listItem', spread: false, checked: null, children: nested ? [p, nested.ordered ? { ...nested, start: 1 } : nested] : [p] }));
  const listOf = (depth: number): fc.Arbitrary<List> =>
    fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 12 }), fc.array(item(depth), { minLength: 1, maxLength: 3 })).map(([ordered, start, children]) => ({ type: 'list', ordered, start: ordered ? start : null, spread: false, children }));
  const heading = fc.tuple(fc.integer({ min: 2, max: 4 }), texts(alphabet)).map(([depth, value]): RootContent => ({ type: 'heading', depth: depth as 2 | 3 | 4, children: [{ type: 'text', value }] }));
  const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([columns, rowCount]) =>
    fc.array(fc.array(texts(alphabet, 10), { minLength: columns, maxLength: columns }), { minLength: rowCount + 1, maxLength: rowCount + 1 }).map((rows): Table => ({
      type: 'table',
      align: [],
      children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) })),
    })),
  );
  return fc.array(fc.oneof(heading, paragraph, listOf(0), table), { minLength: 1, maxLength: 6 }).map((children) => ({ type: 'root', children }));
}

describe('the import\'s Markdown writer', () => {
  it('writes any tree so that remark-parse reads the same tree back, whatever its text', () => {
    fc.assert(
      fc.property(treeOf(HOSTILE), (tree) => {
        const markdown = writeMarkdown(tree);
        assert.deepEqual(bare(parser.parse(markdown)), bare(tree), markdown);
      }),
      { numRuns: runs(200, 20_000) },
    );
  });

  it('keeps a line of pipes, colons and dashes after a hard break as text, not a table\'s delimiter row', () => {
    for (const line of ['|-', '|-|', ':-', '-|', '| --- | :-: |', '|:|', ':-:']) {
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'a' }] }, { type: 'break' }, { type: 'text', value: line }] }] };
      const markdown = writeMarkdown(tree);
      assert.deepEqual(bare(parser.parse(markdown)), bare(tree), markdown);
    }
    // The example the random property found: inside a list item.
    const item: Root = { type: 'root', children: [{ type: 'list', ordered: false, start: null, spread: false, children: [{ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: '|-' }] }] }] }] };
    assert.equal(writeMarkdown(item), '- a\\\n  \\|-\n');
    assert.deepEqual(bare(parser.parse(writeMarkdown(item))), bare(item));
  });

  it('writes what remark-stringify writes where nothing needs escaping', () => {
    fc.assert(
      fc.property(treeOf(PLAIN), (tree) => {
        assert.equal(writeMarkdown(tree), stringifier.stringify(tree));
      }),
      { numRuns: runs(200, 10_000) },
    );
  });
});
