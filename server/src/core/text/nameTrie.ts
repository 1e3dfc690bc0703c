/**
 * A set of names matched against running text without regard to case or
 * white space: the "Fiscaliteit, Belastingdienst en Douane" of a title with a
 * portfolio, or an addressee the registry does not know. One walk per start
 * position, character by character, so matching is linear in the text times
 * the longest name (which is capped), whatever the names hold: no regular
 * expression is built from them.
 */

/** Names longer than this (in characters, white space not counted) are not looked for in text. */
export const MAX_NAME_CHARS = 200;

/** A run of white space longer than this ends a walk: a name does not span a gap of blank lines. */
const MAX_SPACE_RUN = 64;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Ids of the names that end here. */
  ids: number[];
}

export interface NameMatch {
  id: number;
  /** Offset just after the name's last character. */
  end: number;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0xfeff;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** A letter, digit or combining mark: the characters a name may not be cut through. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path for ASCII only; the test below gives the same answer for it
  if (code < 0x80) return isAsciiWordChar(code);
  // The low half of a pair belongs to the character that starts one unit earlier: only
  // then is the code point there beyond the BMP (there is none before index 0).
  const before = text.codePointAt(index - 1) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(before > 0xffff ? before : (text.codePointAt(index) as number)));
}

/** The form names are compared in: each character lower-cased on its own, white space left out. */
export function nameKey(text: string): string {
  let key = '';
  const normalized = text.normalize('NFC');
  for (let i = 0; i < normalized.length; i++) {
    if (!isSpace(normalized.charCodeAt(i))) key += (normalized[i] as string).toLowerCase();
  }
  return key;
}

export class NameTrie {
  private readonly root: TrieNode = { children: new Map(), ids: [] };
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a name; false when it is empty or too long to be looked for. */
  add(name: string, id: number): boolean {
    const key = nameKey(name);
    if (!key || key.length > MAX_NAME_CHARS) return false;
    let node = this.root;
    for (let j = 0; j < key.length; j++) {
      const unit = key[j] as string;
      let next = node.children.get(unit);
      if (!next) {
        next = { children: new Map(), ids: [] };
        node.children.set(unit, next);
      }
      node = next;
    }
    if (!node.ids.includes(id)) node.ids.push(id);
    this.count++;
    return true;
  }

  /**
   * Every name that starts at `from` and ends at a word boundary (the text
   * does not go on with a letter or digit right after it), shortest first.
   */
  matchesAt(text: string, from: number): NameMatch[] {
    const matches: NameMatch[] = [];
    let node: TrieNode | undefined = this.root;
    let spaces = 0;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        // Names never start with white space, and a long gap ends the walk.
        if (i === from || ++spaces > MAX_SPACE_RUN) break;
        continue;
      }
      spaces = 0;
      // Unit by unit, as nameKey wrote the names: a character whose lower case is longer walks further.
      const lower = (text[i] as string).toLowerCase();
      for (let j = 0; j < lower.length && node; j++) node = node.children.get(lower[j] as string);
      if (!node) return matches;
      if (node.ids.length && !(isWordCharAt(text, i) && isWordCharAt(text, i + 1))) {
        for (const id of node.ids) matches.push({ id, end: i + 1 });
      }
    }
    return matches;
  }

  /** The longest name starting at `from`, if any. */
  longestAt(text: string, from: number): NameMatch | null {
    const matches = this.matchesAt(text, from);
    return matches[matches.length - 1] ?? null;
  }

  /**
   * The ids of every name that occurs in `text` as a whole word (not cut out
   * of a longer word on either side).
   */
  occurring(text: string): Set<number> {
    const found = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      if (isWordCharAt(text, i) && isWordCharAt(text, i - 1)) continue;
      // Stryker disable next-line ConditionalExpression: only saves the walk; one from a character no name starts with finds nothing
      if (!this.root.children.has((text[i] as string).toLowerCase()[0] as string)) continue;
      for (const match of this.matchesAt(text, i)) found.add(match.id);
    }
    return found;
  }
}
