/**
 * Runs of text on a PDF page and the columns they form. A run is the items
 * on one baseline up to a gap wider than a column gutter. The x where runs
 * start cluster at a few places: the body's left edge (and its indents), and,
 * on a house-style page, the right-hand column far to the right.
 */
import type { PdfItem } from './pdfLayout';

export interface Run {
  y: number;
  x: number;
  end: number;
  fontSize: number;
  items: PdfItem[];
}

export interface ColumnEdges {
  /** Left edge of the body. */
  body: number;
  /** Left edge of the right-hand column, if the document has one. */
  side?: number;
  /** Runs starting at or right of this x are in the right-hand column (+Infinity when there is none). */
  cut: number;
  /** The body's usual font size. */
  bodyFontSize: number;
}

/** Items grouped into runs: same baseline (within a third of the font size), no gutter between them. */
export function runsOf(items: readonly PdfItem[]): Run[] {
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const baselines: PdfItem[][] = [];
  for (const item of sorted) {
    const current = baselines[baselines.length - 1];
    const first = current?.[0];
    // Stryker disable next-line LogicalOperator: a baseline is never empty, so `first` is there exactly when `current` is
    if (current && first && first.y - item.y <= Math.max(1, Math.min(first.fontSize, item.fontSize) * 0.35)) current.push(item);
    else baselines.push([item]);
  }
  const runs: Run[] = [];
  for (const baseline of baselines) {
    baseline.sort((a, b) => a.x - b.x);
    let run: Run | undefined;
    for (const item of baseline) {
      const gutter = Math.max(item.fontSize, run?.fontSize ?? 0) * 2.5;
      if (run && item.x - run.end <= gutter) {
        run.items.push(item);
        run.end = Math.max(run.end, item.x + item.width);
        run.fontSize = Math.max(run.fontSize, item.fontSize);
      } else {
        run = { y: item.y, x: item.x, end: item.x + item.width, fontSize: item.fontSize, items: [item] };
        runs.push(run);
      }
    }
  }
  return runs;
}

interface Cluster {
  x: number;
  /** The rightmost start in the cluster: a cluster grows while starts stay close to it. */
  max: number;
  weight: number;
  runs: number;
  /** Runs with no other run on their baseline. */
  alone: number;
}

export function clusterColumns(pages: readonly { width: number; items: readonly PdfItem[] }[]): ColumnEdges {
  const starts: { x: number; weight: number; fontSize: number; alone: boolean }[] = [];
  let width = 0;
  for (const page of pages) {
    width = Math.max(width, page.width);
    // runsOf gives the runs of one baseline one after another.
    const runs = runsOf(page.items);
    runs.forEach((run, i) => {
      const alone = !sameBaseline(run, runs[i - 1]) && !sameBaseline(run, runs[i + 1]);
      starts.push({ x: run.x, weight: run.items.reduce((n, item) => n + item.text.length, 0), fontSize: run.fontSize, alone });
    });
  }
  starts.sort((a, b) => a.x - b.x);
  const clusters: Cluster[] = [];
  for (const start of starts) {
    const last = clusters[clusters.length - 1];
    // Starts within a few points of each other are one edge.
    if (last && start.x - last.max <= 4) {
      last.weight += start.weight;
      last.runs++;
      last.alone += start.alone ? 1 : 0;
      last.max = start.x;
    } else clusters.push({ x: start.x, max: start.x, weight: start.weight, runs: 1, alone: start.alone ? 1 : 0 });
  }
  const half = (width || 595) / 2;
  const left = clusters.filter((c) => c.x < half);
  const candidates = left.length ? left : clusters;
  // The body's edge is the leftmost cluster that holds a fair share of the text: bullets and indents stand right of it.
  const heaviest = Math.max(...candidates.map((c) => c.weight));
  const body = candidates.find((c) => c.weight >= heaviest * 0.15) ?? { x: 0, max: 0, weight: 0, runs: 0 };
  // The right-hand column is the edge far right that most runs start at, with lines of its own (Datum, an address line).
  // A table's right-hand column may start far right too, but on the lines of the table's other cells.
  const side = clusters
    .filter((c) => c.x >= Math.max(half, body.x + (width || 595) * 0.35) && c.alone >= 2)
    .reduce<Cluster | undefined>((best, c) => (!best || c.runs > best.runs ? c : best), undefined);
  return {
    body: body.x,
    ...(side ? { side: side.x } : {}),
    cut: side ? side.x - 6 : Number.POSITIVE_INFINITY,
    bodyFontSize: usualSize(starts.filter((s) => !side || s.x < side.x - 6)),
  };
}

function sameBaseline(run: Run, other: Run | undefined): boolean {
  return other !== undefined && Math.abs(run.y - other.y) <= Math.max(1, Math.min(run.fontSize, other.fontSize) * 0.35);
}

function usualSize(starts: readonly { weight: number; fontSize: number }[]): number {
  const bySize = new Map<number, number>();
  for (const start of starts) bySize.set(Math.round(start.fontSize), (bySize.get(Math.round(start.fontSize)) ?? 0) + start.weight);
  let best = 10;
  let weight = -1;
  for (const [size, w] of bySize) if (w > weight) [best, weight] = [size, w];
  return best;
}
