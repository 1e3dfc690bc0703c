/**
 * Markdown that the parser handles in quadratic time or with deep recursion:
 * containers nested hundreds deep (`> > > …`, `- - - …`, ever deeper
 * indentation) and long runs of brackets. Such text gets a line-based reading
 * instead (headings are line-based anyway), so a keystroke never costs
 * seconds and nothing overflows the stack.
 */
const CONTAINER_PREFIX = /^(?:>[ \t]?|[-*+](?:[ \t]+|$)|\d{1,9}[.)](?:[ \t]+|$))/;
const MAX_NESTING = 64;
const MAX_BRACKETS = 4000;
const MAX_EMPHASIS_MARKS = 10000;

export function isPathological(text: string): boolean {
  let brackets = 0;
  let emphasis = 0;
  // Stryker disable next-line EqualityOperator: past the end, charCodeAt gives NaN, which counts as nothing
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ && ++brackets > MAX_BRACKETS) return true;
    if ((ch === 42 /* * */ || ch === 95 /* _ */) && ++emphasis > MAX_EMPHASIS_MARKS) return true;
  }
  let lineStart = 0;
  // Stryker disable next-line EqualityOperator: one more, empty line past the end nests nothing
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (nestingOf(text, lineStart, lineEnd) > MAX_NESTING) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

function nestingOf(text: string, start: number, end: number): number {
  let position = start;
  let indent = 0;
  // The line ends at a line feed or at the text's end, neither a space nor a tab.
  while (text[position] === ' ' || text[position] === '\t') {
    indent += text[position] === '\t' ? 4 : 1;
    position++;
  }
  let depth = Math.floor(indent / 2);
  // Only the start of the line can hold container markers; look at a bounded prefix.
  let rest = text.slice(position, Math.min(end, position + 4 * (MAX_NESTING + 1)));
  // Stryker disable next-line ConditionalExpression: saves time only; past MAX_NESTING the answer is settled
  for (let match = CONTAINER_PREFIX.exec(rest); match && depth <= MAX_NESTING; match = CONTAINER_PREFIX.exec(rest)) {
    depth++;
    rest = rest.slice(match[0].length).replace(/^[ \t]+/, '');
  }
  return depth;
}
