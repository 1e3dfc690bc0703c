/**
 * A small XML reader for the parts of a Word file. Office Open XML may not
 * contain a document type declaration (OPC, ECMA-376 part 2), so a DOCTYPE
 * or ENTITY declaration is refused outright: no entity is ever defined, let
 * alone expanded or fetched. References other than the five predefined
 * entities and numeric character references stay literal text.
 *
 * Why not an XML library: reading a note's parts this way takes a couple of
 * milliseconds, where the general parsers measured took 10 to 90 ms, and
 * `nota import` of a .docx must be as quick as pandoc. The scanner only
 * moves forward, so its time is linear in the input whatever the input is.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Elements deeper than this are refused (Word nests a few dozen at most). */
const MAX_DEPTH = 256;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  // Every round moves past a tag or ends the loop once no '<' is left.
  for (;;) {
    const open = text.indexOf('<', at);
    // Text after the last tag is outside the root element (or the part is unclosed, refused below).
    if (open < 0) break;
    if (open > at) appendText(stack, text.slice(at, open));
    if (text.startsWith('<!--', open)) at = skipPast(text, '-->', open + 4);
    else if (text.startsWith('<?', open)) at = skipPast(text, '?>', open + 2);
    else if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      // Stryker disable next-line EqualityOperator: end is -1 or at least open + 9, so < 0 and <= 0 are the same
      if (end < 0) throw new XmlError('unterminated CDATA section');
      (stack[stack.length - 1] as XmlElement).children.push(text.slice(open + 9, end));
      at = end + 3;
    } else if (text.startsWith('<!', open)) {
      // <!DOCTYPE, <!ENTITY, …: declarations have no place in a Word part.
      throw new XmlError('a document type or entity declaration');
    } else {
      const close = tagEnd(text, open + 1);
      // Stryker disable next-line EqualityOperator: close is -1 or at least open + 1
      if (close < 0) throw new XmlError('unterminated tag');
      at = close + 1;
      const tag = text.slice(open + 1, close);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (stack.length === 1 || (stack[stack.length - 1] as XmlElement).name !== name) throw new XmlError(`unexpected </${name}>`);
        stack.pop();
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const element = elementOf(selfClosing ? tag.slice(0, -1) : tag);
      (stack[stack.length - 1] as XmlElement).children.push(element);
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > MAX_DEPTH) throw new XmlError('elements nested too deeply');
      }
    }
  }
  if (stack.length !== 1) throw new XmlError(`<${(stack[stack.length - 1] as XmlElement).name}> is never closed`);
  return root;
}

/**
 * Where a tag ends: the first '>' outside an attribute value, since a value
 * may hold a literal '>' (only '<' and '&' must be escaped there). A value
 * is skipped whole with indexOf, so each character is looked at once.
 */
function tagEnd(text: string, from: number): number {
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is neither '>' nor a quote, and the loop ends
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 62) return at;
    if (code === 34 || code === 39) {
      at = text.indexOf(text[at] as string, at + 1);
      // Stryker disable next-line EqualityOperator: a quote found after `at` is at 1 or more, so 0 never comes
      if (at < 0) return -1;
    }
  }
  return -1;
}

function skipPast(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  // Stryker disable next-line EqualityOperator: end is -1 or at least `from`, which is at least 2
  if (end < 0) throw new XmlError(`unterminated ${terminator === '-->' ? 'comment' : 'processing instruction'}`);
  return end + terminator.length;
}

function appendText(stack: readonly XmlElement[], raw: string): void {
  const parent = stack[stack.length - 1] as XmlElement;
  // Text outside the root element is only white space in a well-formed part.
  if (stack.length === 1) return;
  parent.children.push(decodeEntities(raw));
}

/** A tag's name and attributes, scanned by hand: on a Word part this ran hot, and a regular expression per tag cost more. */
function elementOf(tag: string): XmlElement {
  let at = 0;
  // Stryker disable next-line EqualityOperator: past the end charCodeAt is NaN, no space, so <= only steps one past the end, where slice and the loop below stop alike
  while (at < tag.length && !isSpace(tag.charCodeAt(at))) at++;
  const name = tag.slice(0, at);
  if (!name) throw new XmlError('a tag without a name');
  // No prototype: an attribute named __proto__ is just an attribute.
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  // Each round ends at the next attribute's closing quote; none is left once no '=' follows.
  for (;;) {
    const equals = tag.indexOf('=', at);
    // Stryker disable next-line EqualityOperator: equals is -1 or past the name, so never 0
    if (equals < 0) break;
    // White space around the name is trimmed.
    const key = tag.slice(at, equals).trim();
    let open = equals + 1;
    // Past the end charCodeAt is NaN, which is no space.
    while (isSpace(tag.charCodeAt(open))) open++;
    const quote = tag[open];
    if (quote !== '"' && quote !== "'") throw new XmlError(`an attribute without quotes in <${name}>`);
    const close = tag.indexOf(quote, open + 1);
    // Stryker disable next-line EqualityOperator: close is -1 or past the opening quote
    if (close < 0) throw new XmlError(`an unterminated attribute in <${name}>`);
    attributes[key] = decodeEntities(tag.slice(open + 1, close));
    at = close + 1;
  }
  return { name, attributes, children: [] };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function decodeEntities(text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without '&' the replace below finds nothing either
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The local part of a qualified name: "w:p" → "p". */
export function localName(name: string): string {
  // Without a colon indexOf gives -1, and the slice from 0 is the whole name.
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first child element with this qualified name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** A `w:val`-style attribute of the child element `name`. */
export function childValue(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attributes[attribute];
}

/** The root element of a parsed part. */
export function rootElement(document: XmlElement): XmlElement {
  const root = childElements(document)[0];
  if (!root) throw new XmlError('no root element');
  return root;
}
