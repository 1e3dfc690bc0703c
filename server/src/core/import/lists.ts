/**
 * Builds nested mdast lists from items in reading order. An item nests under
 * the one before it when it is indented further (spaces, points, a Word list
 * level), or, at the same indentation, when its bullet is one Word uses for a
 * deeper level (• then o then ▪); a bullet seen on an outer level returns to
 * that level.
 */
import type { List, ListItem, RootContent } from 'mdast';

interface Level {
  key: number;
  kind: string;
  ordered: boolean;
  list: List;
  /** The item added last: a list starts with its first item, so there is one. */
  lastItem: ListItem;
}

export interface ListEntry {
  /** Indentation: spaces, points or a list level. */
  key: number;
  /** The marker's kind: the bullet itself, "1." / "1)" for numbers. */
  kind: string;
  ordered: boolean;
  start?: number;
  item: ListItem;
}

/** How deep a bullet sits in Word's usual sequence. */
function bulletRank(kind: string): number {
  if ('o◦–—'.includes(kind) || kind === '\uf0a7') return 1;
  if ('▪■□‣⁃'.includes(kind) || kind === '\uf0d8') return 2;
  return 0;
}

export class ListBuilder {
  private stack: Level[] = [];

  constructor(
    /** How far indentations may differ and still be the same level. */
    private readonly tolerance: number,
    /** Receives each new top-level list. */
    private readonly emit: (node: RootContent) => void,
  ) {}

  close(): void {
    this.stack = [];
  }

  add(entry: ListEntry): void {
    const { key, kind } = entry;
    while (this.stack.length > 1 && key < this.top()!.key - this.tolerance) this.stack.pop();
    let level = this.top();
    if (!level) level = this.startList(entry, null);
    else if (key > level.key + this.tolerance) level = this.startList(entry, level.lastItem);
    else {
      // The nearest open level of the item's kind takes it: the current level when the kind is the same, or an outer one it returns to.
      const outer = this.stack.findLastIndex((l) => l.kind === kind);
      if (outer >= 0) {
        this.stack.length = outer + 1;
        level = this.stack[outer] as Level;
        // A bullet of a higher rank (o under •) nests; a numbered kind ("1.", "#2") has rank 0 and never does.
      } else if (!level.ordered && bulletRank(kind) > bulletRank(level.kind)) {
        level = this.startList(entry, level.lastItem);
      } else {
        // Another kind of list at the same place: Markdown needs a list of its own.
        this.stack.pop();
        level = this.startList(entry, this.top()?.lastItem ?? null);
      }
    }
    level.list.children.push(entry.item);
    level.lastItem = entry.item;
  }

  private top(): Level | undefined {
    return this.stack[this.stack.length - 1];
  }

  private startList(entry: ListEntry, parent: ListItem | null): Level {
    const list: List = { type: 'list', ordered: entry.ordered, spread: false, children: [] };
    if (entry.ordered && entry.start !== undefined && entry.start !== 1) list.start = entry.start;
    if (parent) parent.children.push(list);
    else this.emit(list);
    const level: Level = { key: entry.key, kind: entry.kind, ordered: entry.ordered, list, lastItem: entry.item };
    this.stack.push(level);
    return level;
  }
}
