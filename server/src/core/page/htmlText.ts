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
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', mdash: '—', ndash: '–', hellip: '…' };

export function htmlText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
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
      if (!tag.closing && DROPPED_ELEMENTS.has(tag.name)) {
        const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
        i = close < 0 ? html.length : (readTag(html, close)?.end ?? html.length);
      }
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
  const semicolon = html.indexOf(';', at);
  if (semicolon < 0 || semicolon - at > 10) return null;
  const body = html.slice(at + 1, semicolon);
  let text: string | undefined;
  if (/^#[0-9]{1,7}$/.test(body)) text = codePoint(Number(body.slice(1)));
  else if (/^#x[0-9a-f]{1,6}$/i.test(body)) text = codePoint(parseInt(body.slice(2), 16));
  else text = NAMED_REFERENCES[body];
  return text === undefined ? null : { text, end: semicolon + 1 };
}

function codePoint(value: number): string | undefined {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}
