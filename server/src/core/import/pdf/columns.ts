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
  /** Runs starting at or right of this x are in the right-hand column. */
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
}

export function clusterColumns(pages: readonly { width: number; items: readonly PdfItem[] }[]): ColumnEdges {
  const starts: { x: number; weight: number; fontSize: number }[] = [];
  let width = 0;
  for (const page of pages) {
    width = Math.max(width, page.width);
    for (const run of runsOf(page.items)) starts.push({ x: run.x, weight: run.items.reduce((n, i) => n + i.text.length, 0), fontSize: run.fontSize });
  }
  starts.sort((a, b) => a.x - b.x);
  const clusters: Cluster[] = [];
  for (const start of starts) {
    const last = clusters[clusters.length - 1];
    // Starts within a few points of each other are one edge.
    if (last && start.x - last.max <= 4) {
      last.weight += start.weight;
      last.runs++;
      last.max = start.x;
    } else clusters.push({ x: start.x, max: start.x, weight: start.weight, runs: 1 });
  }
  const half = (width || 595) / 2;
  const left = clusters.filter((c) => c.x < half);
  const candidates = left.length ? left : clusters;
  // The body's edge is the leftmost cluster that holds a fair share of the text: bullets and indents stand right of it.
  const heaviest = Math.max(...candidates.map((c) => c.weight));
  const body = candidates.find((c) => c.weight >= heaviest * 0.15) ?? { x: 0, max: 0, weight: 0, runs: 0 };
  const side = clusters.find((c) => c.x >= Math.max(half, body.x + (width || 595) * 0.35) && c.runs >= 2);
  return {
    body: body.x,
    ...(side ? { side: side.x } : {}),
    cut: side ? side.x - 6 : Number.POSITIVE_INFINITY,
    bodyFontSize: usualSize(starts.filter((s) => !side || s.x < side.x - 6)),
  };
}

function usualSize(starts: readonly { weight: number; fontSize: number }[]): number {
  const bySize = new Map<number, number>();
  for (const start of starts) bySize.set(Math.round(start.fontSize), (bySize.get(Math.round(start.fontSize)) ?? 0) + start.weight);
  let best = 10;
  let weight = -1;
  for (const [size, w] of bySize) if (w > weight) [best, weight] = [size, w];
  return best;
}
