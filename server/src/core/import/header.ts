/**
 * The head of a house-style note, before its first section: the addressees,
 * the sender block of the right-hand column (organisation, units, visiting
 * and postal address), Datum / Onze referentie / Bijlage(n), the word "nota"
 * and the subject. Formats differ in order (a Word frame may come first, a
 * PDF column beside the text), so fixed anchors are found first (labels, the
 * type word, addresses) and the free lines between them are placed after.
 */
import { addressOf, attachmentCount, continues, endsOpen, joinAll, joinLine, joinWrapped, looksLikeDate, noteDate } from './headerValues';
import { matchLabel, matchTypeWord, looksLikeAddressee, ONE_LINE_ADDRESS, POST_BOX, POSTCODE_LINE, type LabelField } from './patterns';
import { echoKey, isBoldRow, type Row } from './rows';
import { normalizeTitle } from '../schema/keywords/sectionSpec';

export interface Sender {
  organisatie?: string;
  onderdeel?: string[];
  bezoekadres?: string;
  postadres?: string;
}

export interface HeaderFields {
  typeWord?: { word: string; type: 'beslisnota' | 'informatienota' | null };
  onderwerp?: string;
  aan?: string[];
  datum?: string;
  /** The date as the source wrote it, when it was rewritten in an accepted form. */
  datumWritten?: string;
  referentie?: string;
  /** A count, or the value as written when it is none. */
  bijlagen?: number | string;
  afzender: Sender;
  kopieAan?: string[];
}

export interface HeaderResult {
  fields: HeaderFields;
  /** Rows that became values (or their labels), by index. */
  used: Set<number>;
  /** Keys (echoKey) of the right-hand column's lines, to know them again in a running header. */
  echoes: Set<string>;
  /** The column's values (organisation, units, addresses) as keys, whose pieces a running header may wrap differently. */
  echoValues: string[];
  /** Rows that could not be placed, in order. */
  unplaced: Row[];
  /** A document title that only repeats the subject. */
  duplicates: Row[];
}

export interface HeaderOptions {
  /** Lines of a text or PDF wrap inside a paragraph; a Word paragraph's lines are the author's own. */
  wrapsLines: boolean;
  /** The rows are the right-hand column alone (found after the text): no subject or addressees among them. */
  columnOnly?: boolean;
}

export function recogniseHeader(rows: readonly Row[], options: HeaderOptions): HeaderResult {
  const used = new Set<number>();
  const echoes = new Set<string>();
  const fields: HeaderFields = { afzender: {} };
  const take = (row: Row, echo = true) => {
    used.add(row.index);
    if (echo) echoes.add(echoKey(row.text));
  };
  const free = (row: Row | undefined): row is Row => row !== undefined && !used.has(row.index) && !row.table && row.text !== '';

  readLabels(rows, fields, take, free);
  const typeRow = rows.find((row) => free(row) && matchTypeWord(row.text));
  if (typeRow) {
    fields.typeWord = matchTypeWord(typeRow.text) ?? undefined;
    take(typeRow, false);
  }
  readAddresses(rows, fields.afzender, take, free);
  // Labels, their values and addresses: the right-hand column's anchors, which the sender block stands right above.
  const columnAnchors = new Set([...used].filter((index) => index !== typeRow?.index));

  // What is left lies between the anchors: addressees, the sender, the subject, or text that fits nowhere.
  const gap = (row: Row, previous: Row | undefined) => previous === undefined || row.index !== previous.index + 1 || (options.wrapsLines && row.blockStart) || row.block.column !== previous.block.column;
  const segments: Row[][] = [];
  for (const row of rows.filter(free)) {
    const last = segments[segments.length - 1];
    if (!last || gap(row, last[last.length - 1])) segments.push([row]);
    else last.push(row);
  }
  const assigned = new Set<number>();
  const assign = (list: readonly Row[], echo: boolean) => {
    for (const row of list) {
      assigned.add(row.index);
      take(row, echo);
    }
  };
  const logical = (lines: readonly string[]) => (options.wrapsLines ? joinWrapped(lines) : [...lines]);

  // The subject: after the type word, unless a label gave it.
  const subjectRows = fields.onderwerp === undefined && !options.columnOnly ? subjectSegment(segments, typeRow, rows) : [];
  assign(subjectRows, false);
  if (subjectRows.length) fields.onderwerp = joinAll(subjectRows.map((r) => r.text));

  // A document title that repeats the subject (Word's title, an HTML page's <title>): the subject has its words.
  // Stryker disable next-line MethodExpression: a segment that holds the subject and more has more words than the subject, so it never repeats it
  const duplicates = fields.onderwerp === undefined ? [] : segments.filter((s) => !s.some((r) => assigned.has(r.index)) && normalizeTitle(joinAll(s.map((r) => r.text))) === normalizeTitle(fields.onderwerp as string)).flat();
  for (const row of duplicates) {
    assigned.add(row.index);
    take(row, false);
  }

  // A line with a label that was not taken (a second Datum) is no part of the sender: it is left unplaced, and reported.
  const senderRows = senderOf(segments.map((s) => s.filter((r) => !assigned.has(r.index))).filter((s) => s.length > 0), columnAnchors).filter((r) => !matchLabel(r.text));
  if (senderRows.length) {
    assign(senderRows, true);
    const { organisation, units } = splitSender(senderRows, logical);
    fields.afzender.organisatie = organisation;
    if (units.length) fields.afzender.onderdeel = units;
  }

  if (fields.aan === undefined && !options.columnOnly) {
    const addresseeRows = addresseesOf(segments.map((s) => s.filter((r) => !assigned.has(r.index))), typeRow);
    assign(addresseeRows, false);
    if (addresseeRows.length) fields.aan = joinAddressees(addresseeRows, options.wrapsLines);
  }
  // A running header may wrap the column's lines otherwise than the column did: its values count whole too.
  const sender = fields.afzender;
  const echoValues = [sender.organisatie, ...(sender.onderdeel ?? []), sender.bezoekadres, sender.postadres].filter((v): v is string => v !== undefined).map(echoKey);
  for (const value of [...echoValues, fields.datum, fields.referentie]) if (value !== undefined) echoes.add(echoKey(value));
  return { fields, used, echoes, echoValues, duplicates, unplaced: rows.filter((row) => !used.has(row.index) && row.text !== '') };
}

type Take = (row: Row, echo?: boolean) => void;
type Free = (row: Row | undefined) => row is Row;

/** Labels with their values, on the same line or on the lines after. */
function readLabels(rows: readonly Row[], fields: HeaderFields, take: Take, free: Free): void {
  for (const [i, row] of rows.entries()) {
    // Stryker disable next-line ConditionalExpression: labels are read first, so a row that is not free has no text (a table) or is the value of a label, which is never a label itself
    if (!free(row)) continue;
    const label = matchLabel(row.text);
    // Bezoekadres and Postadres are no fields of their own (setField turns them away): readAddresses reads them with their address.
    if (!label) continue;
    const values: Row[] = [];
    if (!label.value) {
      // The value: the next line, or for lists (Aan, Kopie aan, Onderwerp) the lines up to a gap or another label.
      const many = label.field === 'aan' || label.field === 'kopie-aan' || label.field === 'onderwerp';
      // Stryker disable next-line EqualityOperator: rows[rows.length] is undefined, which free() turns away
      for (let j = i + 1; j < rows.length; j++) {
        const next = rows[j] as Row;
        if (!free(next) || matchLabel(next.text) || matchTypeWord(next.text)) break;
        if (values.length && (!many || next.blockStart)) break;
        values.push(next);
      }
    }
    const texts = label.value ? [label.value] : values.map((r) => r.text);
    if (!texts.length || !setField(fields, label.field, texts)) continue;
    take(row);
    for (const value of values) take(value);
  }
}

function setField(fields: HeaderFields, field: LabelField, texts: string[]): boolean {
  const first = texts[0] as string;
  switch (field) {
    case 'datum': {
      if (fields.datum !== undefined || !looksLikeDate(first)) return false;
      const date = noteDate(first);
      fields.datum = date.value;
      if (date.rewrittenFrom) fields.datumWritten = date.rewrittenFrom;
      return true;
    }
    case 'referentie':
      if (fields.referentie !== undefined || !/\d/.test(first) || /\s\S+\s/.test(first)) return false;
      fields.referentie = first;
      return true;
    case 'bijlagen':
      if (fields.bijlagen !== undefined || first.length > 40) return false;
      fields.bijlagen = attachmentCount(first);
      return true;
    case 'aan':
      if (fields.aan !== undefined) return false;
      fields.aan = texts;
      return true;
    case 'kopie-aan':
      if (fields.kopieAan !== undefined) return false;
      fields.kopieAan = texts;
      return true;
    case 'onderwerp':
      if (fields.onderwerp !== undefined) return false;
      fields.onderwerp = joinAll(texts);
      return true;
    default:
      return false;
  }
}

/** Visiting and postal address: a postcode line and the street or Postbus line above it, or both on one line. */
function readAddresses(rows: readonly Row[], sender: Sender, take: Take, free: Free): void {
  for (const [i, row] of rows.entries()) {
    if (!free(row)) continue;
    const own = streetOf(row);
    let lines: Row[] | null = null;
    if (ONE_LINE_ADDRESS.test(own) && !POSTCODE_LINE.test(own)) lines = [row];
    // The line above a postcode line is its street or Postbus line when it has a number (a Postbus line has one).
    else if (POSTCODE_LINE.test(row.text)) {
      const above = rows[i - 1];
      if (free(above) && /\d/.test(streetOf(above))) lines = [above, row];
    }
    if (!lines) continue;
    const first = lines[0] as Row;
    const texts = [streetOf(first), ...lines.slice(1).map((r) => r.text)];
    // The label on the address's first line ("Postadres Postbus 20301"), else on the line above it, says which address it is.
    const inline = matchLabel(first.text)?.field;
    const labelRow = rows[first.index - 1];
    const labelled = free(labelRow) ? matchLabel(labelRow.text)?.field : undefined;
    // Only an address label above is the address's own; another (a second Datum) stays free.
    const addressLabel = labelled === 'postadres' || labelled === 'bezoekadres' ? labelled : undefined;
    const named = inline ?? addressLabel;
    const kind = named === 'postadres' || named === 'bezoekadres' ? named : POST_BOX.test(first.text) ? 'postadres' : 'bezoekadres';
    if (sender[kind] !== undefined) continue;
    sender[kind] = lines.length === 1 ? oneLineAddress(own) : addressOf(texts);
    if (addressLabel) take(labelRow as Row);
    for (const line of lines) take(line);
  }
}

/** A line's part of an address: the line, or what follows an address label on it ("Bezoekadres Turfmarkt 147"); nothing for a line with another label. */
function streetOf(row: Row): string {
  const label = matchLabel(row.text);
  if (!label) return row.text;
  // Stryker disable next-line StringLiteral: any text without a number is no part of an address
  return label.field === 'bezoekadres' || label.field === 'postadres' ? label.value : '';
}

function oneLineAddress(text: string): string {
  const match = ONE_LINE_ADDRESS.exec(text);
  return match ? addressOf([match[1] as string, match[2] as string]) : text;
}

/** The lines after the type word, up to the next anchor or gap; addressees right after the word are not part of it. */
function subjectSegment(segments: readonly Row[][], typeRow: Row | undefined, rows: readonly Row[]): Row[] {
  if (typeRow) {
    // Stryker disable next-line EqualityOperator: the type word's row is taken, so no segment starts at it
    for (const segment of segments.filter((s) => (s[0] as Row).index > typeRow.index)) {
      let start = 0;
      while (start < segment.length && looksLikeAddressee(segment[start]!.text)) start++;
      const rest = segment.slice(start).filter((r) => r.block.column !== 'side');
      if (rest.length) return rest;
    }
    return [];
  }
  // Without a type word, the subject is the last free text before the first section. A label line left
  // over (a second Datum) is no text: the subject is what stands before it.
  const beforeLabel = (segment: readonly Row[]) => {
    const label = segment.findIndex((r) => matchLabel(r.text) !== null);
    return label < 0 ? segment : segment.slice(0, label);
  };
  const texts = segments.map(beforeLabel).filter((s) => s.length > 0);
  const last = texts[texts.length - 1];
  return last && last[0] !== rows[0] && !last.every((r) => looksLikeAddressee(r.text)) && !last.some(isBoldRow) ? [...last] : [];
}

/**
 * The sender: the right-hand column's free lines where the layout tells
 * (PDF, a Word frame or table), else the lines right above the column's
 * labels or addresses, from the bold organisation on (or all of them when
 * nothing is bold).
 */
function senderOf(segments: readonly Row[][], columnAnchors: ReadonlySet<number>): Row[] {
  const side = segments.flat().filter((r) => r.block.column === 'side');
  if (side.length) return side;
  // Right above the column, and the lines straight above those (a PDF may set each line of the block apart) up to the bold organisation.
  const aboveColumn = segments
    .map((segment, i) => (columnAnchors.has((segment[segment.length - 1] as Row).index + 1) ? withBoldOpener(segments, i) : null))
    .filter((segment): segment is Row[] => segment !== null);
  for (const segment of aboveColumn) {
    const first = segment.findIndex((r) => isBoldRow(r) && !looksLikeAddressee(r.text));
    // The organisation itself is no addressee (it was found as none).
    if (first >= 0) return segment.slice(first).filter((r) => !looksLikeAddressee(r.text));
    // An organisation in bold followed, on the same line, by the first unit (a Word paragraph).
    const mixed = segment.findIndex((r) => opensInBold(r) && !looksLikeAddressee(r.text));
    if (mixed >= 0) return segment.slice(mixed);
  }
  return (aboveColumn[0] ?? []).filter((r) => !looksLikeAddressee(r.text));
}

/** Segment `at`, and the segments directly above it back to one that opens in bold (if any does within a few lines). */
function withBoldOpener(segments: readonly Row[][], at: number): Row[] {
  let rows = [...(segments[at] as Row[])];
  for (let i = at - 1; i >= 0 && rows.length < 8; i--) {
    const segment = segments[i] as Row[];
    if ((segment[segment.length - 1] as Row).index + 1 !== (rows[0] as Row).index || segment.some((r) => looksLikeAddressee(r.text))) break;
    rows = [...segment, ...rows];
    if (segment.some(opensInBold)) return rows;
  }
  return [...(segments[at] as Row[])];
}

/** The line's first text (white space aside) is bold: "<b>Ministerie …</b> Directie …" on one line, or a bold line. */
function opensInBold(row: Row): boolean {
  return row.line.spans.find((s) => s.text.trim() !== '')?.bold === true;
}

/** The organisation (bold, or the first line) and the units under it, from one or more rows. */
function splitSender(rows: readonly Row[], logical: (lines: readonly string[]) => string[]): { organisation: string; units: string[] } {
  const boldCount = rows.findIndex((r) => !isBoldRow(r));
  const bold = boldCount < 0 ? rows.length : boldCount;
  const texts = rows.map((r) => r.text);
  const first = rows[bold];
  if (first && opensInBold(first)) {
    // "<b>Directoraat-Generaal …</b>Directie …" on one line: the bold part ends the organisation.
    const spans = first.line.spans;
    const boldEnd = spans.findIndex((s) => !s.bold && s.text.trim() !== '');
    const head = spans.slice(0, boldEnd).map((s) => s.text).join('').trim();
    const rest = spans.slice(boldEnd).map((s) => s.text).join('').trim();
    const organisation = joinAll([...texts.slice(0, bold), head]);
    // The row is not bold throughout, so a part after the bold one is left.
    return { organisation, units: logical([rest, ...texts.slice(bold + 1)]) };
  }
  if (bold > 0) return { organisation: joinAll(texts.slice(0, bold)), units: logical(texts.slice(bold)) };
  const lines = logical(texts);
  return { organisation: lines[0] as string, units: lines.slice(1) };
}

/** Each addressee starts with a title ("Minister …"); a line that does not goes on the one before (a long title, wrapped). */
/** A wrapped title goes on after a joining word, or on a line that is short (`next` is no addressee: that was asked first). */
function continuesTitle(line: string, next: string): boolean {
  return continues(line, next) || (next.split(' ').length <= 3 && !/[.:;]$/.test(next));
}

function joinAddressees(rows: readonly Row[], wrapsLines: boolean): string[] {
  if (!wrapsLines) return rows.map((r) => r.text);
  const joined: string[] = [];
  rows.forEach((row) => {
    const previous = joined[joined.length - 1];
    // A bulleted line is an addressee of its own; another line that is no title goes on the one before.
    // A title goes on only after a joining word: its lower-case start ("de minister van …") is the title's own.
    if (previous !== undefined && !row.bulleted && (!looksLikeAddressee(row.text) || endsOpen(previous))) joined[joined.length - 1] = joinLine(previous, row.text);
    else joined.push(row.text);
  });
  return joined;
}

/**
 * Addressees: the lines that name portfolio holders, one after another (a
 * gap between them is fine, a label or address is not), else the free lines
 * above everything else.
 */
function addresseesOf(segments: readonly Row[][], typeRow: Row | undefined): Row[] {
  const free = segments.flat();
  const first = free.findIndex((r) => looksLikeAddressee(r.text));
  if (first >= 0) {
    let end = first + 1;
    // Each addressee, and the line a long title wrapped onto.
    while (end < free.length && free[end]!.index === free[end - 1]!.index + 1 && (looksLikeAddressee(free[end]!.text) || (free[end]!.bulleted && free[end - 1]!.bulleted) || continuesTitle(free[end - 1]!.text, free[end]!.text))) end++;
    return free.slice(first, end);
  }
  const segment = segments.find((s) => s.length > 0);
  // No line of the right-hand column is left here: the sender took them all.
  // Stryker disable next-line EqualityOperator: the type word's row is taken, so no segment starts at it
  if (segment && (!typeRow || (segment[0] as Row).index < typeRow.index)) return [...segment];
  return [];
}
