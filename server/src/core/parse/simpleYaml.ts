/**
 * The frontmatter of a note, read without the YAML library when it is plain.
 *
 * Almost every note's metadata is a dozen `key: value` lines, a list or two
 * and one nested mapping. The `yaml` package reads that correctly but slowly
 * (its parse is most of a check). This reader takes exactly that shape: block
 * mappings of simple keys, block sequences of scalars, single-line plain and
 * quoted scalars. It answers null for anything else (a comment, a tab, a
 * flow collection, an anchor, a multi-line or typed scalar other than a
 * decimal integer, a duplicate key, an indentation it does not expect...),
 * and the library reads the text. Where it answers, a property test holds
 * it to the library's value, spans and plain scalars exactly.
 */
import type { Span } from '../text/lineIndex';
import { escapePointerToken } from '../model/jsonPointer';

export interface SimpleYaml {
  value: Record<string, unknown>;
  valueSpans: Map<string, Span>;
  keySpans: Map<string, Span>;
  plainScalars: Map<string, string>;
}

/** Characters this reader does not deal with: tabs, CR, comments, controls, BOM, surrogates and non-characters. */
const UNSUPPORTED = /[^\n\x20-\x22\x24-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY_LINE = /^( *)([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const ITEM_LINE = /^( *)- +(?=\S)/;
/** A plain scalar may not start with an indicator. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** The YAML 1.2 core schema's types: null, booleans, numbers (plain decimals are tested first). */
const TYPED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+][0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const DECIMAL = /^[0-9]{1,15}$/;

interface Line {
  start: number;
  /** Offset after the line's text, before its line break. */
  end: number;
  /** Offset after its line break (or the end of the text). */
  next: number;
  indent: number;
  text: string;
}

/** A node's extent as the library gives it: where it starts, where its value ends, where the node ends. */
interface Extent {
  start: number;
  valueEnd: number;
  nodeEnd: number;
}

class Unsupported extends Error {}

export function readSimpleYaml(source: string, shift: (start: number, end: number) => Span): SimpleYaml | null {
  if (UNSUPPORTED.test(source)) return null;
  const lines = splitLines(source);
  const out: SimpleYaml = { value: {}, valueSpans: new Map(), keySpans: new Map(), plainScalars: new Map() };
  const reader = new Reader(lines, out, shift);
  try {
    // The root's span goes first, as in the library's walk: parents before children.
    out.valueSpans.set('', shift(0, 0));
    // A mapping at indent 0 takes every line or throws: nothing, an indented first line, is Unsupported.
    const root = reader.mapping(0, '', out.value);
    out.valueSpans.set('', shift(root.start, root.valueEnd));
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: nothing else in the reader throws; should it, the error must not pass for "not plain"
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return out;
}

/** The non-blank lines (blank: only spaces). */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const next = newline < 0 ? source.length : newline + 1;
    const text = source.slice(start, end);
    const indent = text.length - text.trimStart().length;
    if (indent < text.length) lines.push({ start, end, next, indent, text });
    start = next;
  }
  return lines;
}

class Reader {
  position = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly out: SimpleYaml,
    private readonly shift: (start: number, end: number) => Span,
  ) {}

  /** A block mapping whose keys stand at `indent`, filled into `target`. */
  mapping(indent: number, pointer: string, target: Record<string, unknown>): Extent {
    let extent: Extent | undefined;
    for (let line = this.lines[this.position]; line && line.indent >= indent; line = this.lines[this.position]) {
      const key = KEY_LINE.exec(line.text);
      if (line.indent > indent || !key) throw new Unsupported();
      const name = key[2] as string;
      // Duplicates are reported by the library; typed keys (true, null) are keyed by it.
      if (Object.hasOwn(target, name) || name === '__proto__' || TYPED.test(name)) throw new Unsupported();
      const keyStart = line.start + indent;
      const childPointer = `${pointer}/${escapePointerToken(name)}`;
      this.out.keySpans.set(childPointer, this.shift(keyStart, keyStart + name.length));
      this.position++;
      const rest = line.text.slice(key[0].length).trimEnd();
      const value = rest ? this.scalar(line, line.start + key[0].length, rest, childPointer, target, name) : this.nested(line, indent, childPointer, target, name);
      extent = { start: extent?.start ?? keyStart, valueEnd: value.nodeEnd, nodeEnd: value.nodeEnd };
    }
    if (!extent) throw new Unsupported();
    return extent;
  }

  /** What follows `key:` on lines of its own: a mapping, a sequence, or nothing (null, placed after the colon and any spaces). */
  private nested(line: Line, indent: number, pointer: string, target: Record<string, unknown>, name: string): Extent {
    const next = this.lines[this.position];
    const isMapping = next !== undefined && next.indent > indent && KEY_LINE.test(next.text);
    const isSequence = next !== undefined && next.indent >= indent && ITEM_LINE.test(next.text);
    if (isMapping || isSequence) {
      // Reserves the collection's place in the span map: parents before children.
      this.out.valueSpans.set(pointer, this.shift(0, 0));
      let extent: Extent;
      if (isMapping) {
        const child: Record<string, unknown> = {};
        target[name] = child;
        extent = this.mapping(next.indent, pointer, child);
      } else {
        const items: unknown[] = [];
        target[name] = items;
        extent = this.sequence(next.indent, pointer, items);
      }
      this.out.valueSpans.set(pointer, this.shift(extent.start, extent.valueEnd));
      return extent;
    }
    // A more indented line that is neither stops the mapping that holds this key (Unsupported).
    target[name] = null;
    this.out.valueSpans.set(pointer, this.shift(line.end, line.end));
    return { start: line.end, valueEnd: line.end, nodeEnd: line.end };
  }

  /** A block sequence of scalars whose `-` stand at `indent`. */
  private sequence(indent: number, pointer: string, items: unknown[]): Extent {
    let extent: Extent | undefined;
    for (let line = this.lines[this.position]; line && line.indent >= indent; line = this.lines[this.position]) {
      const item = ITEM_LINE.exec(line.text);
      // A more indented line after an item has already stopped scalar() (Unsupported).
      if (!item) break;
      this.position++;
      const index = items.length;
      items.push(undefined);
      const value = this.scalar(line, line.start + item[0].length, line.text.slice(item[0].length).trimEnd(), `${pointer}/${index}`, items, index);
      extent = { start: extent?.start ?? line.start + indent, valueEnd: value.nodeEnd, nodeEnd: value.nodeEnd };
    }
    if (!extent) throw new Unsupported();
    return extent;
  }

  /** A single-line scalar starting at `start` (text `text`, trailing spaces trimmed), stored at `target[slot]`. */
  private scalar(line: Line, start: number, text: string, pointer: string, target: Record<string, unknown> | unknown[], slot: string | number): Extent {
    // A more indented line after it would continue it (a multi-line scalar).
    const next = this.lines[this.position];
    if (next && next.indent > line.indent) throw new Unsupported();
    let value: unknown;
    const quote = text[0];
    if (quote === '"' || quote === "'") {
      const inner = text.slice(1, -1);
      if (text.length < 2 || text.at(-1) !== quote || inner.includes(quote) || (quote === '"' && inner.includes('\\'))) throw new Unsupported();
      value = inner;
    } else {
      if (DECIMAL.test(text)) {
        value = Number(text);
        this.out.plainScalars.set(pointer, text);
      } else if (INDICATOR_START.test(text) || text.includes(': ') || text.endsWith(':') || TYPED.test(text)) {
        throw new Unsupported();
      } else {
        value = text;
      }
    }
    (target as Record<string | number, unknown>)[slot] = value;
    const end = start + text.length;
    this.out.valueSpans.set(pointer, this.shift(start, end));
    return { start, valueEnd: end, nodeEnd: line.next };
  }

}
