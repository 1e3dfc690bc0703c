/**
 * Reads the frontmatter's YAML with the `yaml` package, keeping the source
 * span of every key and value under its JSON pointer, so a schema error at
 * `/frontmatter/datum` can be shown on the value itself. YAML 1.2 core schema:
 * an unquoted 2026-03-19 stays the text "2026-03-19".
 */
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, Scalar } from 'yaml';
import type { Span } from '../text/lineIndex';
import { escapePointerToken } from '../model/jsonPointer';
import { readSimpleYaml } from './simpleYaml';

export interface YamlIssue {
  kind: 'syntax' | 'not-mapping';
  /** What the library (or the size limit) says is wrong; empty for a value that is not a mapping, whose message says it all. */
  detail: string;
  span: Span;
}

export interface FrontmatterYaml {
  value?: Record<string, unknown>;
  issue?: YamlIssue;
  /** JSON pointer (relative to the frontmatter) -> span of the value. */
  valueSpans: Map<string, Span>;
  /** JSON pointer -> span of the key that holds it. */
  keySpans: Map<string, Span>;
  /** JSON pointer -> source text of a plain (unquoted) scalar that YAML read as a number or boolean. */
  plainScalars: Map<string, string>;
}

/**
 * A note's metadata is a dozen keys. Beyond this size the frontmatter is not
 * parsed at all (one clear finding), so pasting a megabyte into it cannot make
 * every keystroke slow.
 */
export const MAX_FRONTMATTER_CHARS = 100_000;

/** Far below the library's default: a note's metadata never needs many aliases, an alias bomb does. */
const MAX_ALIAS_COUNT = 50;

/** @param readSimple whether plain frontmatter may be read without the library (simpleYaml.ts); off, the library reads all. */
// Stryker disable next-line BooleanLiteral: the library reads plain frontmatter the same way (a property test holds the two to it), only slower
export function parseFrontmatterYaml(source: string, offset: number, readSimple = true): FrontmatterYaml {
  const result: FrontmatterYaml = { valueSpans: new Map(), keySpans: new Map(), plainScalars: new Map() };
  const shift = (start: number, end: number): Span => ({ start: offset + start, end: offset + Math.max(start, end) });
  if (source.length > MAX_FRONTMATTER_CHARS) {
    result.issue = { kind: 'syntax', detail: `the frontmatter is too large (${source.length} characters; at most ${MAX_FRONTMATTER_CHARS})`, span: shift(0, 0) };
    return result;
  }
  const simple = readSimple ? readSimpleYaml(source, shift) : null;
  if (simple) return simple;
  // uniqueKeys is checked below in linear time: the library's own check is
  // quadratic, which a frontmatter of forty thousand keys turns into a minute.
  // YAML 1.2 brings its core schema (no `yes` as true, no dates).
  const doc = parseDocument(source, { version: '1.2', uniqueKeys: false, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const detail = firstLine(error.message);
    result.issue = { kind: 'syntax', detail, span: shift(openerBefore(source, error.pos[0], detail), error.pos[1]) };
    return result;
  }
  const duplicate = doc.contents ? findDuplicateKey(doc.contents) : null;
  if (duplicate) {
    result.issue = { kind: 'syntax', detail: `the key ‘${duplicate.key}’ appears twice; map keys must be unique`, span: shift(duplicate.range[0], duplicate.range[1]) };
    return result;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (thrown) {
    result.issue = { kind: 'syntax', detail: firstLine(thrown instanceof Error ? thrown.message : String(thrown)), span: shift(0, source.length) };
    return result;
  }
  // An empty document (nothing, or only comments) is null.
  if (value === null) {
    result.value = {};
    return result;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const range = doc.contents?.range;
    // Stryker disable next-line StringLiteral: the not-mapping message has no place for a detail
    result.issue = { kind: 'not-mapping', detail: '', span: range ? shift(range[0], range[1]) : shift(0, source.length) };
    return result;
  }
  result.value = value as Record<string, unknown>;
  if (doc.contents) collectSpans(doc.contents, '', result, shift);
  return result;
}

function collectSpans(node: YamlNode, pointer: string, out: FrontmatterYaml, shift: (a: number, b: number) => Span): void {
  if (node.range) out.valueSpans.set(pointer, shift(node.range[0], node.range[1]));
  if (isScalar(node)) {
    if (node.type === Scalar.PLAIN && (typeof node.value === 'number' || typeof node.value === 'boolean') && node.source !== undefined) {
      out.plainScalars.set(pointer, node.source);
    }
    return;
  }
  // An alias is neither: its span is all it has.
  if (isMap(node)) {
    // The library gives every key a node (an empty key is a null scalar).
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyText = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const childPointer = `${pointer}/${escapePointerToken(keyText)}`;
      if (keyNode?.range) out.keySpans.set(childPointer, shift(keyNode.range[0], keyNode.range[1]));
      const valueNode = pair.value as YamlNode | null;
      if (valueNode) collectSpans(valueNode, childPointer, out, shift);
      else if (keyNode?.range) out.valueSpans.set(childPointer, shift(keyNode.range[0], keyNode.range[1]));
    }
  } else if (isSeq(node)) {
    // Every item is a node (an empty one is a null scalar).
    node.items.forEach((item, index) => collectSpans(item as YamlNode, `${pointer}/${index}`, out, shift));
  }
}

function findDuplicateKey(root: YamlNode): { key: string; range: [number, number] } | null {
  const pending: YamlNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        if (seen.has(key) && keyNode?.range) return { key, range: [keyNode.range[0], keyNode.range[1]] };
        seen.add(key);
        // A key without a value (`? geheim`) has none: a null here would end the walk.
        if (pair.value) pending.push(pair.value as YamlNode);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item as YamlNode);
    }
  }
  return null;
}

/**
 * YAML reports an unclosed `[`, `{` or quote where it gave up, often the next
 * line; the author needs to see where it was opened, so the span starts there.
 */
function openerBefore(source: string, position: number, detail: string): number {
  const opener = /flow sequence/i.test(detail) ? '[' : /flow map/i.test(detail) ? '{' : /closing "quote/i.test(detail) ? '"' : /closing 'quote/i.test(detail) ? "'" : null;
  if (!opener) return position;
  const at = source.lastIndexOf(opener, Math.max(0, position - 1));
  // Stryker disable next-line ConditionalExpression: the library reports these only after an opener, so one is found; the fallback is for safety
  return at >= 0 ? at : position;
}

function firstLine(message: string): string {
  // Stryker disable next-line MethodExpression: with prettyErrors off the library's messages are one line; this keeps a finding's message one line should one not be
  return (message.split('\n')[0] ?? message).trim();
}
