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
  lines.forEach((line, i) => {
    const lineSpans = trimSpans(line.spans);
    const text = lineSpans.map((s) => s.text).join('');
    if (!text) return;
    if (i > 0 && previousText) {
      if (keepBreaks) spans.push('break');
      else {
        const joined = joinLine(previousText, text);
        // joinLine keeps a hyphen and drops a soft hyphen; the space goes where it puts one.
        if (joined.length === previousText.length + text.length + 1) spans.push(spaceBetween(spans[spans.length - 1], lineSpans[0]));
        else if (previousText.endsWith('\u00ad')) dropLastCharacter(spans);
      }
    }
    spans.push(...lineSpans);
    previousText = text;
  });
  return spansToPhrasing(spans);
}

/** The space between two runs: marked like them when both sides share the marks, so "vet" + "vet" stays one bold run. */
export function spaceBetween(before: Span | 'break' | undefined, after: Span | undefined): Span {
  if (!before || before === 'break' || !after) return { text: ' ' };
  const bold = before.bold === true && after.bold === true;
  const italic = before.italic === true && after.italic === true;
  return { text: ' ', ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) };
}

export function spansToPhrasing(spans: readonly (Span | 'break')[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let run: Span[] = [];
  const flush = () => {
    if (run.length) nodes.push(...markedRun(run));
    run = [];
  };
  for (const span of spans) {
    if (span === 'break') {
      flush();
      nodes.push({ type: 'break' });
      continue;
    }
    const last = run[run.length - 1];
    if (last && (last.bold ?? false) === (span.bold ?? false) && (last.italic ?? false) === (span.italic ?? false)) {
      run[run.length - 1] = { ...last, text: last.text + span.text };
    } else {
      flush();
      run = [span];
    }
  }
  flush();
  return mergeText(nodes);
}

function markedRun(run: readonly Span[]): PhrasingContent[] {
  const span = run[0] as Span;
  const text = run.map((s) => s.text).join('');
  if (!span.bold && !span.italic) return text ? [{ type: 'text', value: text }] : [];
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const trailing = /\s*$/.exec(text)?.[0] ?? '';
  const inner = text.slice(leading.length, text.length - trailing.length);
  if (!inner) return text ? [{ type: 'text', value: text }] : [];
  let node: PhrasingContent = { type: 'text', value: inner };
  if (span.italic) node = { type: 'emphasis', children: [node] };
  if (span.bold) node = { type: 'strong', children: [node] };
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
  while (result.length && result[0]!.text.trimStart() === '') result.shift();
  while (result.length && result[result.length - 1]!.text.trimEnd() === '') result.pop();
  if (result.length) {
    result[0]!.text = result[0]!.text.trimStart();
    result[result.length - 1]!.text = result[result.length - 1]!.text.trimEnd();
  }
  return result;
}

/** Cuts the first `count` characters (a list marker and its space) off spans. */
export function dropPrefix(spans: readonly Span[], count: number): Span[] {
  const result: Span[] = [];
  let left = count;
  for (const span of spans) {
    if (left >= span.text.length) {
      left -= span.text.length;
      continue;
    }
    result.push({ ...span, text: span.text.slice(left) });
    left = 0;
  }
  return trimSpans(result);
}

function dropLastCharacter(spans: (Span | 'break')[]): void {
  const last = spans[spans.length - 1];
  if (last && last !== 'break') spans[spans.length - 1] = { ...last, text: last.text.slice(0, -1) };
}
