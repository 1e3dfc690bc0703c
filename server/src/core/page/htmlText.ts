/**
 * The text a reader sees of raw HTML in a note, for writers that do not
 * render HTML (Word, PDF): tags go, comments go, the bodies of script, style
 * and template elements go (they are code, not text), a handful of character
 * references are decoded, and `<br>`, `<p>` and block ends become line
 * breaks. One pass over the text, with no regular expression that could
 * backtrack: the input may be hostile.
 */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);
const BREAKING_ELEMENTS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre']);
// A map, not an object: `&toString;` or `&__proto__;` must not find what every object inherits.
const NAMED_REFERENCES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', mdash: '—', ndash: '–', hellip: '…' }));
/** The longest reference decoded, `&#x10FFFF;` or `&#1114111;`: its `;` is looked for no further. */
const LONGEST_REFERENCE = 10;

export function htmlText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end === -1 ? html.length : end + 3;
        continue;
      }
      const tag = readTag(html, i);
      if (!tag) {
        out += ch;
        i++;
        continue;
      }
      if (BREAKING_ELEMENTS.has(tag.name)) out += '\n';
      i = tag.end;
      if (!tag.closing && DROPPED_ELEMENTS.has(tag.name)) i = endOfElement(html, tag.name, i);
      continue;
    }
    if (ch === '&') {
      const reference = readReference(html, i);
      if (reference) {
        out += reference.text;
        i = reference.end;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out.replace(/[ \t]*\n[ \t\n]*/g, '\n');
}

/**
 * Where a dropped element's body ends: after its closing tag, or at the end
 * of the text if it is never closed. The name is compared without case, one
 * `</` at a time, so the text is neither lower-cased whole (which would
 * shift positions after a character such as `İ`) nor scanned again for every
 * element.
 */
function endOfElement(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    // The name stands right after `</`, so a tag is read here.
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return (readTag(html, at) as { end: number }).end;
  }
  return html.length;
}

/** A tag starting at `<`: its lower-case name, whether it closes, and where it ends; null if it is not a tag. */
function readTag(html: string, at: number): { name: string; closing: boolean; end: number } | null {
  let i = at + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && /[A-Za-z0-9-]/.test(html[i] as string)) i++;
  if (i === nameStart || !/[A-Za-z]/.test(html[nameStart] as string)) return null;
  const name = html.slice(nameStart, i).toLowerCase();
  // Skip attributes, honouring quotes so a `>` inside a value does not end the tag.
  let quote: string | null = null;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which neither quotes nor ends a tag; the result is the same
  for (; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return { name, closing, end: i + 1 };
    }
  }
  return { name, closing, end: html.length };
}

function readReference(html: string, at: number): { text: string; end: number } | null {
  // Only within the longest reference: a long run of `&` without `;` then costs linear time, not quadratic.
  const semicolon = html.slice(at, at + LONGEST_REFERENCE).indexOf(';');
  if (semicolon === -1) return null;
  const body = html.slice(at + 1, at + semicolon);
  let text: string | undefined;
  if (/^#[0-9]{1,7}$/.test(body)) text = codePoint(Number(body.slice(1)));
  else if (/^#x[0-9a-f]{1,6}$/i.test(body)) text = codePoint(parseInt(body.slice(2), 16));
  else text = NAMED_REFERENCES.get(body);
  return text === undefined ? null : { text, end: at + semicolon + 1 };
}

function codePoint(value: number): string | undefined {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}
