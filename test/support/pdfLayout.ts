/**
 * Reading an exported PDF's layout back, to hold the writer to the house
 * style: where each piece of text stands and in which face and size (from
 * pdf.js), the structure tree with each element's text (what a screen reader
 * walks), and the decoration drawn as layout artifacts (code bands, table
 * cells, rules, the quote's bar), read from the page's content operators.
 * All positions are in points from the page's top left, as the writer lays
 * them out; text stands at the top of its line box, not its baseline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { PAGE } from '../../server/src/export/houseStyle';
import { ROOT } from './fixtures';
import { openPdf, pdfSource } from './exportedText';

export const MM = 72 / 25.4;

export type Face = 'Regular' | 'Bold' | 'Italic' | 'BoldItalic';

export interface PlacedText {
  /** 1-based. */
  page: number;
  text: string;
  /** Left edge and the top of the line box, in points. */
  x: number;
  top: number;
  width: number;
  size: number;
  face: Face;
  /** Page furniture (running header, page numbers), not content. */
  artifact: boolean;
}

export interface StructNode {
  role: string;
  /** Child elements, and the text of each piece of marked content. */
  children: (StructNode | string)[];
}

export interface Shape {
  page: number;
  kind: 'rect' | 'line';
  /** A rectangle's corner and size, or a line's two ends. */
  x: number;
  y: number;
  x2: number;
  y2: number;
  fill?: string;
  stroke?: string;
  lineWidth: number;
  /** Drawn inside a layout artifact. */
  artifact: boolean;
}

export interface PdfLayout {
  texts: PlacedText[];
  /** The structure tree of each page. */
  trees: StructNode[];
  /** Decoration drawn as layout artifacts. */
  shapes: Shape[];
  /** Lines drawn with the text, not as artifacts: underlines and strike-throughs. */
  textLines: Shape[];
}

const ascents = new Map<Face, number>();

/** How far the baseline stands below the top of the line box, per point of size. */
function ascentOf(face: Face): number {
  let ascent = ascents.get(face);
  if (ascent === undefined) {
    const font = fontkit.create(readFileSync(path.join(ROOT, 'dist', 'fonts', `FiraSans-${face}.ttf`))) as fontkit.Font;
    ascents.set(face, (ascent = font.ascent / font.unitsPerEm));
  }
  return ascent;
}

export async function readPdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  const document = await openPdf(bytes);
  const texts: PlacedText[] = [];
  const trees: StructNode[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await page.getOperatorList();
    const content = await page.getTextContent({ includeMarkedContent: true });
    const marked = new Map<string, string>();
    const open: { id?: string; artifact: boolean }[] = [];
    for (const item of content.items) {
      if ('str' in item) {
        // A line's end is white space, as a reader of the text takes it.
        for (const frame of open) if (frame.id) marked.set(frame.id, (marked.get(frame.id) ?? '') + item.str + (item.hasEOL ? '\n' : ''));
        if (item.str.trim() === '') continue;
        const font = page.commonObjs.get(item.fontName) as { name: string };
        const face = (/FiraSans-(\w+)$/.exec(font.name)?.[1] ?? 'Regular') as Face;
        const size = item.transform[3] as number;
        texts.push({ page: n, text: item.str, x: item.transform[4] as number, top: PAGE.height - (item.transform[5] as number) - ascentOf(face) * size, width: item.width, size, face, artifact: open.some((f) => f.artifact) });
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        const tagged = item as { id?: string; tag?: string };
        open.push({ ...(tagged.id ? { id: tagged.id } : {}), artifact: tagged.tag === 'Artifact' });
      } else if (item.type === 'endMarkedContent') {
        open.pop();
      }
    }
    const tree = (await page.getStructTree()) as unknown as RawNode | null;
    trees.push(tree ? structOf(tree, marked) : { role: 'Root', children: [] });
  }
  await document.destroy();
  const shapes = shapesOf(bytes);
  return { texts, trees, shapes: shapes.filter((s) => s.artifact), textLines: shapes.filter((s) => !s.artifact && s.kind === 'line') };
}

interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

function structOf(node: RawNode, marked: ReadonlyMap<string, string>): StructNode {
  const children: (StructNode | string)[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'content') children.push(marked.get(child.id ?? '') ?? '');
    else if (child.role) children.push(structOf(child, marked));
  }
  return { role: node.role ?? 'Root', children };
}

/** The elements of a role, in reading order, anywhere under `node`. */
export function elements(node: StructNode, role: string): StructNode[] {
  const found: StructNode[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.role === role) found.push(child);
    found.push(...elements(child, role));
  }
  return found;
}

/** An element as a line: `L(LI(Lbl "•" LBody(P "een")))`. */
export function outline(node: StructNode): string {
  // pdf.js gives the space before a piece of text with it; an element's text is compared trimmed.
  const parts = node.children.map((c) => (typeof c === 'string' ? JSON.stringify(c.replace(/\s+/g, ' ').trim()) : outline(c))).filter((p) => p !== '""');
  return `${node.role}(${parts.join(' ')})`;
}

/** All the text under an element, its white space as a reader takes it (runs of it one space, none at the ends; elements apart). */
export function textOf(node: StructNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `)).join('').replace(/\s+/g, ' ').trim();
}

/**
 * The shapes drawn on each page: each page object's content stream
 * (inflated), its path operators read with the fill and stroke colour and
 * line width in force, and whether a layout artifact holds them. pdfkit
 * turns the page upside down first (`1 0 0 -1 0 841.89 cm`), so these
 * coordinates are from the top, as the writer's are.
 */
function shapesOf(bytes: Uint8Array): Shape[] {
  const source = pdfSource(bytes);
  const objects = new Map<string, string>();
  for (const match of source.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(match[1] as string, match[2] as string);
  const pagesObject = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o)) ?? '';
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesObject)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => m[1] as string);
  const shapes: Shape[] = [];
  kids.forEach((kid, i) => {
    const contents = /\/Contents (\d+) 0 R/.exec(objects.get(kid) ?? '')?.[1];
    const stream = /stream\n([\s\S]*)\nendstream/.exec(objects.get(contents ?? '') ?? '')?.[1] ?? '';
    shapes.push(...shapesOfStream(stream, i + 1));
  });
  return shapes;
}

function shapesOfStream(stream: string, page: number): Shape[] {
  const shapes: Shape[] = [];
  const hex = (numbers: string[]) => numbers.map((n) => Math.round(Number(n) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
  let state = { fill: '000000', stroke: '000000', lineWidth: 1 };
  const saved: (typeof state)[] = [];
  const marks: boolean[] = [];
  let path: Omit<Shape, 'page' | 'fill' | 'stroke' | 'lineWidth' | 'artifact'>[] = [];
  let at = { x: 0, y: 0 };
  // A marked content's properties span lines: `/Artifact <<`, `/Type /Layout`, `>> BDC`.
  let properties = '';
  for (const line of stream.split('\n')) {
    const words = line.trim().split(/\s+/);
    const op = words[words.length - 1];
    const args = words.slice(0, -1);
    if (/^\/\w+ <<$/.test(line)) properties = `${line}\n`;
    else if (properties) properties += `${line}\n`;
    if (op === 'BDC') {
      marks.push(/^\/Artifact\b[\s\S]*\/Type \/Layout\b/.test(properties));
      properties = '';
    } else if (op === 'BMC') marks.push(false);
    else if (op === 'EMC') marks.pop();
    else if (op === 'q') saved.push({ ...state });
    else if (op === 'Q') state = saved.pop() ?? state;
    else if (op === 'scn' || op === 'rg') state.fill = hex(args);
    else if (op === 'SCN' || op === 'RG') state.stroke = hex(args);
    else if (op === 'w') state.lineWidth = Number(args[0]);
    else if (op === 'm') at = { x: Number(args[0]), y: Number(args[1]) };
    else if (op === 'l') {
      path.push({ kind: 'line', x: at.x, y: at.y, x2: Number(args[0]), y2: Number(args[1]) });
      at = { x: Number(args[0]), y: Number(args[1]) };
    } else if (op === 're') {
      const [x, y, w, h] = args.map(Number) as [number, number, number, number];
      path.push({ kind: 'rect', x, y, x2: x + w, y2: y + h });
    } else if (op === 'f' || op === 'S' || op === 'B' || op === 'n') {
      if (op !== 'n') {
        for (const piece of path) shapes.push({ ...piece, page, lineWidth: state.lineWidth, artifact: marks.some(Boolean), ...(op !== 'S' ? { fill: state.fill } : {}), ...(op !== 'f' ? { stroke: state.stroke } : {}) });
      }
      path = [];
    }
  }
  return shapes;
}
