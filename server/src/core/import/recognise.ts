/**
 * From a source document (any format) to the note: find where the sections
 * start, read the head into frontmatter values, drop page furniture, build
 * the body, and decide the note type. Nothing of the source is lost: what
 * is neither furniture nor placed in a field goes into the body as text.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeTitle } from '../schema/keywords/sectionSpec';
import { buildBody } from './body';
import { adjacentPageNumbers, droppedOf, echoes, pageNumberRows, runningHeaderRuns } from './furniture';
import { recogniseHeader, type HeaderFields } from './header';
import { HeadingRecogniser } from './headings';
import type { ImportedFrontmatter, ImportedNote, ImportReport, TypeReason } from './importedNote';
import { trailingColophon } from './colophon';
import { linesToPhrasing } from './phrasing';
import { rowsOf, withoutBullet, type Row } from './rows';
import type { DroppedText, SourceDocument } from './source';

export interface RecogniseOptions {
  /** Section titles (and aliases) of the known note types: they mark where the body starts. */
  sectionTitles: Iterable<string>;
}

const ADVISED_DECISION = 'geadviseerd besluit';

export function recogniseNote(source: SourceDocument, options: RecogniseOptions): ImportedNote {
  const titles = new Set([...options.sectionTitles].map(normalizeTitle));
  const rows = rowsOf(source);
  const skip = new Set<number>();
  const furniture = new Set<number>();
  const dropped: DroppedText[] = [...source.dropped];
  const drop = (list: readonly Row[], kind: DroppedText['kind']) => {
    for (const row of list) {
      skip.add(row.index);
      furniture.add(row.index);
    }
    dropped.push(...droppedOf(list, kind));
  };
  drop(pageNumberRows(rows), 'page-number');

  // The body starts at the first section heading.
  const probe = new HeadingRecogniser(titles, source.format);
  let start = rows.findIndex((row, i) => !skip.has(i) && probe.headingAt(rows, i)?.section === true);
  const noSections = start < 0;
  if (noSections) start = rows.length;

  const headRows = rows.slice(0, start).filter((row) => !skip.has(row.index)).map(withoutBullet);
  const header = recogniseHeader(headRows, { wrapsLines: source.format !== 'docx' });
  for (const row of headRows) skip.add(row.index);
  dropped.push(...droppedOf(header.duplicates, 'title'));

  const column = { lines: header.echoes, values: header.echoValues };
  const runs = runningHeaderRuns(rows, start, column, skip);
  drop(runs.flat(), 'running-header');
  drop(adjacentPageNumbers(rows, runs, skip), 'page-number');

  // A right-hand column that a Word or HTML flow put after the text.
  const colophon = missesColumn(header.fields) ? trailingColophon(rows, start, skip) : [];
  // Without such rows this places nothing: its fields and unplaced rows are empty.
  const colophonHeader = recogniseHeader(colophon, { wrapsLines: source.format !== 'docx', columnOnly: true });
  for (const row of colophon) skip.add(row.index);
  mergeFields(header.fields, colophonHeader.fields);

  // Text of the head that fits no field goes first in the body, as text; lines that repeat the column are its running header.
  const repeats = repeatedColumn(header.unplaced, column);
  drop(repeats, 'running-header');
  const unplaced = [...header.unplaced.filter((row) => !repeats.includes(row)), ...colophonHeader.unplaced];
  const body = buildBody(rows, skip, new HeadingRecogniser(titles, source.format), source.format, furniture);
  const children: RootContent[] = [...leadParagraphs(unplaced), ...body.nodes];

  const { type, reason } = noteType(header.fields, body.headings);
  const frontmatter = frontmatterOf(type, header.fields);
  const report: ImportReport = {
    format: source.format,
    type,
    typeReason: reason,
    typeWord: header.fields.typeWord?.word,
    fields: Object.keys(frontmatter),
    sections: body.headings.filter((h) => h.depth === 2).length,
    subsections: body.headings.filter((h) => h.depth > 2 && /^\d/.test(toString(h))).length,
    subheadings: body.headings.filter((h) => h.depth > 2 && !/^\d/.test(toString(h))).length,
    lists: children.filter((node) => node.type === 'list').length,
    tables: children.filter((node) => node.type === 'table').length,
    dropped,
    unplaced: unplaced.map((row) => row.text),
    dateRewritten: header.fields.datumWritten !== undefined && header.fields.datum !== undefined ? { written: header.fields.datumWritten, value: header.fields.datum } : undefined,
    noSections,
  };
  return { frontmatter, body: { type: 'root', children }, report };
}

/** Runs of two or more unplaced lines of the head that repeat the column's lines: a running header on page 1 too. */
function repeatedColumn(unplaced: readonly Row[], column: { lines: ReadonlySet<string>; values: readonly string[] }): Row[] {
  const repeated: Row[] = [];
  let run: Row[] = [];
  const flush = () => {
    if (run.length >= 2) repeated.push(...run);
    run = [];
  };
  for (const row of unplaced) {
    const previous = run[run.length - 1];
    if (!echoes(row.text, column.lines, column.values)) flush();
    else {
      if (previous && row.index !== previous.index + 1) flush();
      run.push(row);
    }
  }
  flush();
  return repeated;
}

/** Unplaced lines of the head as paragraphs, a paragraph per block, its lines kept apart. */
function leadParagraphs(unplaced: readonly Row[]): Paragraph[] {
  const groups: Row[][] = [];
  for (const row of unplaced) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]!.index === row.index - 1 && !row.blockStart) last.push(row);
    else groups.push([row]);
  }
  return groups.map((group) => ({ type: 'paragraph', children: linesToPhrasing(group.map((row) => row.line), true) }));
}

/** The head lacks what the right-hand column holds: it may stand after the text. */
function missesColumn(fields: HeaderFields): boolean {
  return fields.datum === undefined || fields.referentie === undefined;
}

/** What the head lacks, from the column after the text; a field neither has stays undefined. */
function mergeFields(into: HeaderFields, from: HeaderFields): void {
  for (const key of ['datum', 'datumWritten', 'referentie', 'bijlagen', 'kopieAan', 'onderwerp', 'aan'] as const) {
    if (into[key] === undefined) (into as unknown as Record<string, unknown>)[key] = from[key];
  }
  for (const key of ['organisatie', 'onderdeel', 'bezoekadres', 'postadres'] as const) {
    if (into.afzender[key] === undefined) (into.afzender as Record<string, unknown>)[key] = from.afzender[key];
  }
}

/** The type word decides; without one, a note with "Geadviseerd besluit" asks for a decision. */
function noteType(fields: HeaderFields, headings: readonly Heading[]): { type: string; reason: TypeReason } {
  if (fields.typeWord?.type) return { type: fields.typeWord.type, reason: 'word' };
  // The section number and a space off; normalizeTitle takes any further spaces.
  const advised = headings.some((h) => h.depth === 2 && normalizeTitle(toString(h).replace(/^\d+(?:\.\d+)*\.?\s/, '')) === ADVISED_DECISION);
  return advised ? { type: 'beslisnota', reason: 'advised-decision' } : { type: 'informatienota', reason: 'no-advised-decision' };
}

/** The frontmatter in the order the example note writes it. */
function frontmatterOf(type: string, fields: HeaderFields): ImportedFrontmatter {
  const frontmatter: ImportedFrontmatter = { type };
  if (fields.onderwerp !== undefined) frontmatter.onderwerp = fields.onderwerp;
  if (fields.aan?.length) frontmatter.aan = fields.aan;
  if (fields.datum !== undefined) frontmatter.datum = fields.datum;
  if (fields.referentie !== undefined) frontmatter.referentie = fields.referentie;
  if (fields.bijlagen !== undefined) frontmatter.bijlagen = fields.bijlagen;
  const sender = fields.afzender;
  const afzender = {
    ...(sender.organisatie !== undefined ? { organisatie: sender.organisatie } : {}),
    ...(sender.onderdeel?.length ? { onderdeel: sender.onderdeel } : {}),
    ...(sender.bezoekadres !== undefined ? { bezoekadres: sender.bezoekadres } : {}),
    ...(sender.postadres !== undefined ? { postadres: sender.postadres } : {}),
  };
  if (Object.keys(afzender).length) frontmatter.afzender = afzender;
  if (fields.kopieAan?.length) frontmatter['kopie-aan'] = fields.kopieAan;
  return frontmatter;
}
