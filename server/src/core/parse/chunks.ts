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
import { endOfLine, nextLineStart } from '../text/lineIndex';

export interface Chunk {
  start: number;
  end: number;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HTML_START = /^( {0,3})</;
const HTML_RAW_START = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_RAW_END = /<\/(?:script|pre|style|textarea)>/i;
/** HTML blocks that end at a blank line and may interrupt a paragraph (CommonMark's sixth kind). */
const HTML_BLOCK_TAG =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const FRONTMATTER_FENCE = /^---[ \t]*$/;

/**
 * Where the scan is. Fences and HTML blocks that open in column 0 are
 * certainly top-level, and they end where CommonMark says. Anything less
 * certain makes the scan `unsure` for the rest of the note, and it splits no
 * more: an indented fence or HTML line may belong to a list item (and then
 * end with it, unseen here), and a line with some other tag (`<span>`,
 * `</pre>`) is an HTML block or paragraph text depending on the line before
 * it (a fence after it is real only in the second case).
 */
type State =
  | { kind: 'normal' }
  | { kind: 'fence'; marker: string }
  | { kind: 'html-until-blank' }
  | { kind: 'html-until'; end: RegExp }
  | { kind: 'unsure' };

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
  let frontmatterOpen = false;

  // Stryker disable next-line EqualityOperator: one more pass would read an empty line past the end, which is no heading and splits nothing.
  while (position < text.length) {
    const { line, next } = readLine(text, position);
    if (position === from && FRONTMATTER_FENCE.test(line)) {
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
  }
  // An unclosed frontmatter is no frontmatter to the parser; its lines were
  // never considered for splitting, so the whole text stays one chunk, which
  // is correct, only slower.
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function advance(state: State, line: string): State {
  switch (state.kind) {
    case 'fence':
      return closesFence(line, state.marker) ? { kind: 'normal' } : state;
    case 'html-until-blank':
      // Blank for CommonMark: spaces and tabs only (a no-break space is text).
      return /^[ \t]*$/.test(line) ? { kind: 'normal' } : state;
    case 'html-until':
      return state.end.test(line) ? { kind: 'normal' } : state;
    case 'unsure':
      return state;
    case 'normal':
      return opening(line) ?? state;
  }
}

/** The state a line opens (a fence, an HTML block, or doubt), or null for any other line. */
function opening(line: string): State | null {
  const fence = fenceOpening(line);
  if (fence) return fence.indented ? { kind: 'unsure' } : { kind: 'fence', marker: fence.marker };
  const html = HTML_START.exec(line);
  if (!html) return null;
  return html[1] ? { kind: 'unsure' } : htmlState(line);
}

/** The HTML block a line in column 0 opens, by CommonMark's kinds; `unsure` for the seventh (any other tag). */
function htmlState(line: string): State {
  if (HTML_RAW_START.test(line)) return HTML_RAW_END.test(line) ? { kind: 'normal' } : { kind: 'html-until', end: HTML_RAW_END };
  if (line.startsWith('<!--')) return line.includes('-->', 4) ? { kind: 'normal' } : { kind: 'html-until', end: /-->/ };
  if (line.startsWith('<?')) return line.includes('?>', 2) ? { kind: 'normal' } : { kind: 'html-until', end: /\?>/ };
  if (line.startsWith('<![CDATA[')) return line.includes(']]>', 9) ? { kind: 'normal' } : { kind: 'html-until', end: /\]\]>/ };
  if (/^<![A-Za-z]/.test(line)) return line.includes('>') ? { kind: 'normal' } : { kind: 'html-until', end: />/ };
  if (HTML_BLOCK_TAG.test(line)) return { kind: 'html-until-blank' };
  return { kind: 'unsure' };
}

/** The fence `line` opens (its marker, and whether it is indented), or null. */
export function fenceOpening(line: string): { marker: string; indented: boolean } | null {
  const fence = FENCE_OPEN.exec(line);
  if (!fence) return null;
  const marker = fence[2] as string;
  // A backtick fence's info string may not hold a backtick; then it is inline code.
  if (marker[0] === '`' && (fence[3] as string).includes('`')) return null;
  return { marker, indented: fence[1] !== '' };
}

/** Whether `line` closes the fenced code `marker` opened: the same character, at least as many, nothing after but spaces and tabs. */
export function closesFence(line: string, marker: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return close !== undefined && close[0] === marker[0] && close.length >= marker.length;
}

function readLine(text: string, position: number): { line: string; next: number } {
  const end = endOfLine(text, position);
  return { line: text.slice(position, end), next: nextLineStart(text, end) };
}
