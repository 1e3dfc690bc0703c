/**
 * The headings of a note's body as a tree (sections with their subsections),
 * each with the span it governs. The outline and folding are drawn from it.
 */
import type { Heading, ParsedNote } from '../parse/parseNote';
import type { Span } from '../text/lineIndex';

export interface HeadingNode {
  heading: Heading;
  /** From the heading to the end of its content, trailing blank lines excluded. */
  span: Span;
  children: HeadingNode[];
}

/** Sections start at level 2; a level-1 heading (the title) closes them. */
export function headingTree(parsed: ParsedNote): HeadingNode[] {
  const headings = parsed.headings;
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  const spanEnd = (index: number, level: number): number => {
    for (let next = index + 1; next < headings.length; next++) {
      const candidate = headings[next] as Heading;
      if (candidate.level <= level) return trimEnd(parsed.text, candidate.span.start);
    }
    return trimEnd(parsed.text, parsed.text.length);
  };
  headings.forEach((heading, index) => {
    while (stack.length && (stack.at(-1) as HeadingNode).heading.level >= heading.level) stack.pop();
    if (heading.level === 1) return;
    const node: HeadingNode = { heading, span: { start: heading.span.start, end: Math.max(heading.span.end, spanEnd(index, heading.level)) }, children: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  });
  return roots;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  // Before the start, charAt gives '', which is not whitespace: the loop stops there.
  while (/\s/.test(text.charAt(at - 1))) at--;
  return at;
}
