/** Folding for the frontmatter block and for each section and subsection. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedNote } from '../parse/parseNote';
import { headingTree, type HeadingNode } from './headingTree';

export function foldingRanges(parsed: ParsedNote): FoldingRange[] {
  const { lines } = parsed;
  const ranges: FoldingRange[] = [];
  const { block } = parsed.frontmatter;
  // A block has its opening and closing fence on lines of their own, so it always spans more than one line.
  if (block) ranges.push({ startLine: lines.positionAt(block.start).line, endLine: lines.positionAt(block.end).line, kind: FoldingRangeKind.Region });
  const visit = (node: HeadingNode) => {
    const startLine = lines.positionAt(node.span.start).line;
    const endLine = lines.positionAt(node.span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
    node.children.forEach(visit);
  };
  headingTree(parsed).forEach(visit);
  return ranges;
}
