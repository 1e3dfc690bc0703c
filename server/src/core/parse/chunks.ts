/**
 * Splits a note into chunks that can be parsed on their own and give the same
 * outline as parsing the whole text: each chunk after the first starts at an
 * ATX heading in column 0 that is certainly a top-level block. Such a heading
 * closes every open paragraph, list and block quote, so parsing the chunks one
 * by one cannot change the result. Where in doubt (fenced code, raw HTML, the
 * frontmatter) we do not split: a larger chunk is only slower, never wrong.
 *
 * This is what makes re-checking incremental: after an edit, only the chunk
 * whose text changed is parsed again.
 */
export interface Chunk {
  start: number;
  end: number;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_BLOCK_START = /^ {0,3}</;
const HTML_RAW_START = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_END = /<\/(?:script|pre|style|textarea)>/i;
const FRONTMATTER_FENCE = /^---[ \t]*$/;

/**
 * Where the scan is. A line taken for the start of an HTML block that ends at
 * a blank line may in truth be paragraph text (a closing tag such as `</pre>`
 * cannot interrupt a paragraph), so a fence or comment opened inside it is
 * followed too, and when that ends the scan is back in the HTML block: either
 * way no split falls inside something real.
 */
type State =
  | { kind: 'normal' }
  | { kind: 'fence'; marker: string; outer?: State }
  | { kind: 'html-until-blank' }
  | { kind: 'html-until'; end: RegExp; outer?: State };

/**
 * Chunks smaller than this are merged with the next: each parser call has a
 * fixed cost, so twenty thousand one-line subsections must not mean twenty
 * thousand calls. The rule looks only at the distance from the last
 * boundary, so after an edit the boundaries fall back into step at once.
 */
export const MIN_CHUNK_CHARS = 16384;

export function splitIntoChunks(text: string, from = 0, minChunk = MIN_CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let state: State = { kind: 'normal' };
  let position = from;
  let lineNumber = 0;
  let frontmatterOpen = false;

  while (position < text.length) {
    const { line, next } = readLine(text, position);
    if (lineNumber === 0 && FRONTMATTER_FENCE.test(line)) {
      frontmatterOpen = true;
    } else if (frontmatterOpen) {
      if (FRONTMATTER_FENCE.test(line)) frontmatterOpen = false;
    } else {
      state = advance(state, line);
      if (state.kind === 'normal' && HEADING.test(line) && position > chunkStart && position - chunkStart >= minChunk) {
        chunks.push({ start: chunkStart, end: position });
        chunkStart = position;
      }
    }
    position = next;
    lineNumber++;
  }
  // An unclosed frontmatter is no frontmatter to the parser; its lines were
  // never considered for splitting, so the whole text stays one chunk, which
  // is correct, only slower.
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function advance(state: State, line: string): State {
  switch (state.kind) {
    case 'fence': {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      const marker = close?.[1];
      if (marker && marker[0] === state.marker[0] && marker.length >= state.marker.length) return state.outer ?? { kind: 'normal' };
      return state;
    }
    case 'html-until-blank': {
      if (line.trim() === '') return { kind: 'normal' };
      const inner = opening(line);
      return inner && (inner.kind === 'fence' || inner.kind === 'html-until') ? { ...inner, outer: state } : state;
    }
    case 'html-until':
      return state.end.test(line) ? state.outer ?? { kind: 'normal' } : state;
    case 'normal':
      return opening(line) ?? state;
  }
}

/** The state a line opens (a fence or an HTML block), or null for any other line. */
function opening(line: string): State | null {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const marker = fence[1] as string;
    // A backtick fence's info string may not hold a backtick; then it is inline code.
    if (marker[0] === '`' && (fence[2] as string).includes('`')) return null;
    return { kind: 'fence', marker };
  }
  return HTML_BLOCK_START.test(line) ? htmlState(line) : null;
}

function htmlState(line: string): State {
  if (HTML_RAW_START.test(line)) return HTML_RAW_END.test(line) ? { kind: 'normal' } : { kind: 'html-until', end: HTML_RAW_END };
  if (/^ {0,3}<!--/.test(line)) return line.includes('-->') ? { kind: 'normal' } : { kind: 'html-until', end: /-->/ };
  if (/^ {0,3}<\?/.test(line)) return line.includes('?>') ? { kind: 'normal' } : { kind: 'html-until', end: /\?>/ };
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return line.includes(']]>') ? { kind: 'normal' } : { kind: 'html-until', end: /\]\]>/ };
  if (/^ {0,3}<![A-Za-z]/.test(line)) return line.includes('>') ? { kind: 'normal' } : { kind: 'html-until', end: />/ };
  return { kind: 'html-until-blank' };
}

function readLine(text: string, position: number): { line: string; next: number } {
  let end = position;
  while (end < text.length) {
    const ch = text.charCodeAt(end);
    if (ch === 10 || ch === 13) break;
    end++;
  }
  let next = end;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10 && next < text.length) next++;
  if (next === end) next = end + 1;
  return { line: text.slice(position, end), next };
}
