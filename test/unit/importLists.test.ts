/**
 * Nested lists from items in reading order: an item nests under the one
 * before it when it is indented further (beyond the tolerance) or, at the
 * same indentation, when its bullet is one Word uses for a deeper level; a
 * bullet or number seen on an outer level returns to that level; another
 * kind of list at the same place is a list of its own. Each list is given as
 * the exact mdast the import writes.
 */
import assert from 'node:assert/strict';
import type { List, ListItem, RootContent } from 'mdast';
import { ListBuilder } from '../../server/src/core/import/lists';

interface Item {
  key: number;
  kind: string;
  ordered?: boolean;
  start?: number;
  /** Names the item in the tree. */
  text: string;
}

/** The top-level lists that items make. */
function lists(tolerance: number, items: readonly Item[]): RootContent[] {
  const emitted: RootContent[] = [];
  const builder = new ListBuilder(tolerance, (list) => emitted.push(list));
  for (const { key, kind, ordered = false, start, text } of items) {
    builder.add({ key, kind, ordered, ...(start === undefined ? {} : { start }), item: { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] } });
  }
  return emitted;
}

/** An item with its text and the lists nested in it. */
const item = (text: string, ...nested: List[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }, ...nested] });
const bullets = (...items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const numbers = (...items: ListItem[]): List => ({ type: 'list', ordered: true, spread: false, children: items });
const from = (start: number, ...items: ListItem[]): List => ({ ...numbers(...items), start });

describe('import lists', () => {
  it('items at the same indentation with the same bullet are one list', () => {
    assert.deepEqual(lists(0, [{ key: 0, kind: '•', text: 'een' }, { key: 0, kind: '•', text: 'twee' }]), [bullets(item('een'), item('twee'))]);
  });

  it('an item indented further nests under the item before it, and stays there while its indentation does', () => {
    const tree = lists(0, [
      { key: 0, kind: '•', text: 'een' },
      { key: 2, kind: '•', text: 'sub een' },
      { key: 2, kind: '•', text: 'sub twee' },
      { key: 0, kind: '•', text: 'twee' },
    ]);
    assert.deepEqual(tree, [bullets(item('een', bullets(item('sub een'), item('sub twee'))), item('twee'))]);
  });

  it('the first list takes an item indented less than its first one', () => {
    assert.deepEqual(lists(0, [{ key: 4, kind: '•', text: 'een' }, { key: 0, kind: '•', text: 'twee' }]), [bullets(item('een'), item('twee'))]);
  });

  it('indentations within the tolerance are one level, on either side', () => {
    const tree = lists(3, [
      { key: 0, kind: '•', text: 'een' },
      { key: 10, kind: '•', text: 'sub een' },
      { key: 8, kind: '•', text: 'sub twee' },
      { key: 7, kind: '•', text: 'sub drie' },
      { key: 13, kind: '•', text: 'sub vier' },
      { key: 14, kind: '•', text: 'diep' },
    ]);
    assert.deepEqual(tree, [bullets(item('een', bullets(item('sub een'), item('sub twee'), item('sub drie'), item('sub vier', bullets(item('diep'))))))]);
  });

  it("at the same indentation, Word's deeper bullets nest (• then o then ▪), and a bullet seen before returns to its level", () => {
    const tree = lists(0, [
      { key: 0, kind: '•', text: 'een' },
      { key: 0, kind: 'o', text: 'sub' },
      { key: 0, kind: '▪', text: 'diep' },
      { key: 0, kind: 'o', text: 'sub twee' },
      { key: 0, kind: '•', text: 'twee' },
    ]);
    assert.deepEqual(tree, [bullets(item('een', bullets(item('sub', bullets(item('diep'))), item('sub twee'))), item('twee'))]);
  });

  it("the bullets of Word's Symbol font nest the same way", () => {
    const tree = lists(0, [
      { key: 0, kind: '\uf0b7', text: 'een' },
      { key: 0, kind: '\uf0a7', text: 'sub' },
      { key: 0, kind: '\uf0d8', text: 'diep' },
    ]);
    assert.deepEqual(tree, [bullets(item('een', bullets(item('sub', bullets(item('diep'))))))]);
    assert.deepEqual(lists(0, [{ key: 0, kind: 'o', text: 'een' }, { key: 0, kind: '\uf0d8', text: 'diep' }]), [bullets(item('een', bullets(item('diep'))))]);
    for (const deeper of ['■', '□', '‣', '⁃']) {
      assert.deepEqual(lists(0, [{ key: 0, kind: 'o', text: 'een' }, { key: 0, kind: deeper, text: 'diep' }]), [bullets(item('een', bullets(item('diep'))))], deeper);
    }
  });

  it('another bullet of the same rank at the same place is a list of its own', () => {
    assert.deepEqual(lists(0, [{ key: 0, kind: '•', text: 'een' }, { key: 0, kind: '-', text: 'twee' }]), [bullets(item('een')), bullets(item('twee'))]);
  });

  it('another kind of list on a nested level is a list of its own in the same item', () => {
    const tree = lists(0, [
      { key: 0, kind: '•', text: 'een' },
      { key: 2, kind: '•', text: 'sub' },
      { key: 2, kind: '1.', ordered: true, start: 1, text: 'nummer' },
    ]);
    assert.deepEqual(tree, [bullets(item('een', bullets(item('sub')), numbers(item('nummer'))))]);
  });

  it('a bullet after a number at the same place does not nest: it is a list of its own', () => {
    const tree = lists(0, [{ key: 0, kind: '1.', ordered: true, start: 1, text: 'een' }, { key: 0, kind: 'o', text: 'twee' }]);
    assert.deepEqual(tree, [numbers(item('een')), bullets(item('twee'))]);
  });

  it('a numbered list keeps a first number other than 1; only a numbered list has one', () => {
    assert.deepEqual(lists(0, [{ key: 0, kind: '1.', ordered: true, start: 3, text: 'drie' }]), [from(3, item('drie'))]);
    assert.deepEqual(lists(0, [{ key: 0, kind: '1.', ordered: true, start: 1, text: 'een' }]), [numbers(item('een'))]);
    assert.deepEqual(lists(0, [{ key: 0, kind: '1.', ordered: true, text: 'een' }]), [numbers(item('een'))]);
    assert.deepEqual(lists(0, [{ key: 0, kind: '•', start: 3, text: 'een' }]), [bullets(item('een'))]);
  });
});
