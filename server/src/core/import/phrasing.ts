/**
 * Spans of text with marks as mdast phrasing: bold as strong, italic as
 * emphasis. White space at the edge of a mark moves outside it, because
 * Markdown cannot write `** vet**`.
 */
import type { PhrasingContent } from 'mdast';
import { joinLine } from './headerValues';
import type { SourceLine, Span } from './source';

/** The lines of one paragraph as phrasing: wrapped lines joined with a space, or kept as hard breaks. */
export function linesToPhrasing(lines: readonly SourceLine[], keepBreaks: boolean): PhrasingContent[] {
  const spans: (Span | 'break')[] = [];
  let previousText = '';
  lines.forEach((line) => {
    const lineSpans = trimSpans(line.spans);
    const text = lineSpans.map((s) => s.text).join('');
    if (!text) return;
    // The first line, or one after empty lines only, has nothing before it to join.
    if (previousText) {
      if (keepBreaks) spans.push('break');
      else {
        const joined = joinLine(previousText, text);
        // joinLine keeps a hyphen and drops a soft hyphen; the space goes where it puts one.
        if (joined.length === previousText.length + text.length + 1) spans.push(spaceBetween(spans[spans.length - 1], lineSpans[0]));
        else if (previousText.endsWith('\u00ad')) {
          // The soft hyphen ends the previous line's last span.
          const last = spans.pop() as Span;
          spans.push({ ...last, text: last.text.slice(0, -1) });
        }
      }
    }
    spans.push(...lineSpans);
    previousText = text;
  });
  return spansToPhrasing(spans);
}

/** The space between two runs: marked like them when both sides share the marks, so "vet" + "vet" stays one bold run. */
export function spaceBetween(before: Span | 'break' | undefined, after: Span | undefined): Span {
  // A break or nothing before the space has no marks to share.
  const left: Partial<Span> = typeof before === 'object' ? before : {};
  const bold = left.bold === true && after?.bold === true;
  const italic = left.italic === true && after?.italic === true;
  return { text: ' ', ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) };
}

export function spansToPhrasing(spans: readonly (Span | 'break')[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  // Neighbouring spans with the same marks are one run.
  let run: Span | undefined;
  const flush = () => {
    if (run) nodes.push(...markedRun(run));
    run = undefined;
  };
  for (const span of spans) {
    if (span === 'break') {
      flush();
      nodes.push({ type: 'break' });
      continue;
    }
    if (run && (run.bold ?? false) === (span.bold ?? false) && (run.italic ?? false) === (span.italic ?? false)) {
      run = { ...run, text: run.text + span.text };
    } else {
      flush();
      run = span;
    }
  }
  flush();
  return mergeText(nodes);
}

/** A run as phrasing: its marks around its text, the white space at the text's edges outside them. */
function markedRun(span: Span): PhrasingContent[] {
  const { text } = span;
  const inner = text.trim();
  if (!inner) return text ? [{ type: 'text', value: text }] : [];
  let node: PhrasingContent = { type: 'text', value: inner };
  if (span.italic) node = { type: 'emphasis', children: [node] };
  if (span.bold) node = { type: 'strong', children: [node] };
  // Text without marks comes out as up to three text nodes; mergeText makes them one.
  const start = text.indexOf(inner);
  const leading = text.slice(0, start);
  const trailing = text.slice(start + inner.length);
  return [...(leading ? [{ type: 'text', value: leading } as PhrasingContent] : []), node, ...(trailing ? [{ type: 'text', value: trailing } as PhrasingContent] : [])];
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node);
  }
  return merged;
}

/** Leading and trailing white space of a line off its spans. */
export function trimSpans(spans: readonly Span[]): Span[] {
  const result = spans.map((s) => ({ ...s }));
  while (result.length && result[0]!.text.trim() === '') result.shift();
  while (result.length && result[result.length - 1]!.text.trim() === '') result.pop();
  if (result.length) {
    result[0]!.text = result[0]!.text.trimStart();
    result[result.length - 1]!.text = result[result.length - 1]!.text.trimEnd();
  }
  return result;
}

/** Cuts the first `count` characters (a list marker and its space) off spans. */
export function dropPrefix(spans: readonly Span[], count: number): Span[] {
  let left = count;
  // Spans the prefix uses up are left empty at the front, where trimSpans takes them off.
  const result = spans.map((span) => {
    const text = span.text.slice(left);
    left = Math.max(0, left - span.text.length);
    return { ...span, text };
  });
  return trimSpans(result);
}
