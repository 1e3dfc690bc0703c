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

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const hardBreak: PhrasingContent = { type: 'break' };
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const item = (children: ListItem['children'], spread = false): ListItem => ({ type: 'listItem', spread, checked: null, children });
const bullets = (items: ListItem[], spread = false): List => ({ type: 'list', ordered: false, start: null, spread, children: items });
const numbered = (items: ListItem[], start: number | null = 1): List => ({ type: 'list', ordered: true, start, spread: false, children: items });
const tableOf = (...rows: string[][]): Table => ({ type: 'table', align: [], children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [text(value)] })) })) });
const write = (...children: RootContent[]) => writeMarkdown({ type: 'root', children });
/** A paragraph of one text, as written and as remark reads it back. */
const line = (value: string) => {
  const tree: Root = { type: 'root', children: [para(text(value))] };
  const markdown = writeMarkdown(tree);
  assert.deepEqual(bare(parser.parse(markdown)), bare(tree), markdown);
  return markdown.slice(0, -1);
};

describe('the import\'s Markdown writer, case by case', () => {
  it('writes nothing for an empty body', () => {
    assert.equal(write(), '');
  });

  it('refuses a node kind it has no rule for, rather than leaving it out', () => {
    assert.throws(() => write({ type: 'thematicBreak' }), { message: 'the Markdown writer has no rule for thematicBreak' });
    assert.throws(() => write(para(text('a'), { type: 'inlineCode', value: 'x' })), { message: 'the Markdown writer has no rule for inlineCode' });
  });

  it('writes lists in a row with alternating markers, so they stay apart', () => {
    const one = (value: string) => [item([para(text(value))])];
    assert.equal(write(para(text('x')), bullets(one('a')), bullets(one('b')), bullets(one('c'))), 'x\n\n- a\n\n* b\n\n- c\n');
    assert.equal(write(numbered(one('a')), numbered(one('b'))), '1. a\n\n1) b\n');
    // A list after anything else starts again with the usual marker.
    assert.equal(write(bullets(one('a')), bullets(one('b')), para(text('x')), bullets(one('c'))), '- a\n\n* b\n\nx\n\n- c\n');
    assert.equal(write(bullets(one('a')), numbered(one('b')), bullets(one('c'))), '- a\n\n1. b\n\n- c\n');
  });

  it('numbers a list from its start and writes an empty item as its marker', () => {
    assert.equal(write(numbered([item([para(text('a'))]), item([]), item([para(text('c'))])], 7)), '7. a\n8.\n9. c\n');
    assert.equal(write(bullets([item([])])), '-\n');
  });

  it('puts a blank line between the items of a loose list, whether the list or one item is loose', () => {
    assert.equal(write(bullets([item([para(text('a'))]), item([para(text('b'))])], true)), '- a\n\n- b\n');
    assert.equal(write(bullets([item([para(text('a'))]), item([para(text('b'))], true), item([para(text('c'))])])), '- a\n\n- b\n\n- c\n');
    assert.equal(write(bullets([item([para(text('a')), para(text('b'))], true)])), '- a\n\n  b\n');
    assert.equal(write(bullets([item([para(text('a')), bullets([item([para(text('b'))]), item([para(text('c'))])], true)])])), '- a\n  - b\n\n  - c\n');
  });

  it('indents a nested list by its parent\'s marker, apart only when it is numbered from other than 1', () => {
    assert.equal(write(numbered([item([para(text('a')), bullets([item([para(text('b'))])])])], 10)), '10. a\n    - b\n');
    assert.equal(write(bullets([item([para(text('a')), numbered([item([para(text('b'))])])])])), '- a\n  1. b\n');
    assert.equal(write(bullets([item([para(text('a')), numbered([item([para(text('b'))])], null)])])), '- a\n  1. b\n');
    assert.equal(write(bullets([item([para(text('a')), numbered([item([para(text('b'))])], 3)])])), '- a\n\n  3. b\n');
  });

  it('writes a table with padded columns, escaped pipes and each cell on one line', () => {
    assert.equal(write(tableOf(['Naam', 'Rol'], ['Jan', 'a|b'], ['K', 'twee\nregels'])), '| Naam | Rol         |\n| ---- | ----------- |\n| Jan  | a\\|b        |\n| K    | twee regels |\n');
    // A row shorter than the head gets empty cells.
    assert.equal(write(tableOf(['Naam', 'Rol'], ['Jan'])), '| Naam | Rol |\n| ---- | --- |\n| Jan  |     |\n');
    assert.equal(write(bullets([item([para(text('a')), tableOf(['x'], ['y'])])])), '- a\n  | x |\n  | - |\n  | y |\n');
  });

  it('writes a hard break in a table\'s cell, bold or not, as a space: the cell keeps its text and gains no backslash', () => {
    const cell = (...children: PhrasingContent[]): Table => ({ type: 'table', align: [], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('Rol')] }] }, { type: 'tableRow', children: [{ type: 'tableCell', children }] }] });
    const markdown = write(cell(text('twee'), hardBreak, text('regels'), { type: 'strong', children: [text('vet'), hardBreak, text('ook')] }));
    assert.equal(markdown, '| Rol                    |\n| ---------------------- |\n| twee regels**vet ook** |\n');
    const cells = bare(parser.parse(markdown)) as Root;
    assert.deepEqual((cells.children[0] as Table).children[1]?.children[0]?.children, [text('twee regels'), strong('vet ook')]);
  });

  it('writes punctuation just inside emphasis next to a letter as a character reference, so the emphasis still counts', () => {
    assert.equal(write(para(text('artikel'), strong('(1)'), text(' geldt'))), 'artikel**&#x28;1)** geldt\n');
    assert.equal(write(para(strong('Let op:'), text('de termijn'))), '**Let op&#x3A;**de termijn\n');
    assert.equal(write(para(text('zie'), emphasis('(bijlage)'))), 'zie*&#x28;bijlage)*\n');
    // Only the character at the edge counts, and only the one just before or after the run.
    assert.equal(write(para(text('Rijks'), strong('co-financiering'), text('en'))), 'Rijks**co-financiering**en\n');
    assert.equal(write(para(text('x y'), strong('(a)'))), 'x y**&#x28;a)**\n');
    assert.equal(write(para(text('on'), strong('vet'), text('baar'))), 'on**vet**baar\n');
  });

  it('writes punctuation inside emphasis as it is next to white space, punctuation, a break or the line\'s ends', () => {
    assert.equal(write(para(strong('(1)'), text(' geldt'))), '**(1)** geldt\n');
    assert.equal(write(para(text('zie ('), strong('"a"'), text(')'))), 'zie (**"a"**)\n');
    assert.equal(write(para(text('a'), hardBreak, strong('(b)'))), 'a\\\n**(b)**\n');
    assert.equal(write(para(text('zie'), strong('Let op:'))), 'zie**Let op:**\n');
    assert.equal(write(para(strong('Let op:'), hardBreak, text('b'))), '**Let op:**\\\nb\n');
  });

  it('escapes the characters that would be syntax inside a line', () => {
    assert.equal(line('a\\b `c` *d* [e] <f>'), 'a\\\\b \\`c\\` \\*d\\* \\[e] \\<f>');
    assert.equal(line('&amp; &#38; R&D a & b; &x'), '\\&amp; \\&#38; R&D a & b; &x');
  });

  it('leaves an underscore inside a word or number, and escapes one at a word\'s edge', () => {
    assert.equal(line('snake_case 1_000'), 'snake_case 1_000');
    assert.equal(line('_a'), '\\_a');
    assert.equal(line('a_'), 'a\\_');
    assert.equal(line('a_ b'), 'a\\_ b');
  });

  it('escapes what would start a heading, quote, list, fence or rule at the start of a line', () => {
    const cases: [string, string][] = [
      ['# a', '\\# a'],
      ['#', '\\#'],
      ['## a', '\\## a'],
      ['> a', '\\> a'],
      ['- a', '\\- a'],
      ['-', '\\-'],
      ['+ a', '\\+ a'],
      ['+', '\\+'],
      ['~~~', '\\~~~'],
      ['1. a', '1\\. a'],
      ['12. a', '12\\. a'],
      ['2026.', '2026\\.'],
      ['3) a', '3\\) a'],
      ['3)a', '3\\)a'],
      ['===', '\\==='],
      ['==', '\\=='],
      ['--', '\\--'],
      ['-- -', '\\-- -'],
      ['- - -', '\\- - -'],
      ['---', '\\---'],
      ['|-|', '\\|-|'],
      [':-', '\\:-'],
    ];
    for (const [value, written] of cases) assert.equal(line(value), written, value);
  });

  it('leaves lines alone that only look like block syntax', () => {
    for (const value of ['#hashtag', '####### zeven', '-a', '-5%', '+1', '1.5 miljoen', '=x', '= =', 'a ==', '|', '::', ':-)', '€ 10,-', 'a |-']) assert.equal(line(value), value);
  });

  it('escapes block syntax at the start of each line after a hard break, indented in a list item', () => {
    assert.equal(write(bullets([item([para(text('a'), hardBreak, text('# b'), hardBreak, text('1. c'))])])), '- a\\\n  \\# b\\\n  1\\. c\n');
  });

  it('escapes closing hashes at the end of a heading, and only there', () => {
    const heading = (value: string) => write({ type: 'heading', depth: 2, children: [text(value)] });
    assert.equal(heading('Kop #'), '## Kop \\#\n');
    assert.equal(heading('Kop ##'), '## Kop \\##\n');
    assert.equal(heading('#'), '## \\#\n');
    assert.equal(heading('C#'), '## C#\n');
    assert.equal(heading('Punt #3 van de agenda'), '## Punt #3 van de agenda\n');
    assert.equal(heading('Agendapunt #3'), '## Agendapunt #3\n');
  });
});
