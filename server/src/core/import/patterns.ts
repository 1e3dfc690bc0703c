/**
 * What a line of a house-style note can be, by its text alone: a label of the
 * right-hand column, an address, the document-type word, a portfolio holder,
 * a numbered heading, a list item, page furniture. Every pattern is anchored
 * and linear, so a hostile line cannot make matching slow.
 */

export type LabelField = 'datum' | 'referentie' | 'bijlagen' | 'kopie-aan' | 'aan' | 'onderwerp' | 'bezoekadres' | 'postadres';

const LABELS: readonly [LabelField, RegExp][] = [
  ['datum', /^datum$/i],
  ['referentie', /^(?:onze referentie|ons kenmerk|referentie|kenmerk)$/i],
  ['bijlagen', /^(?:bijlage\(n\)|bijlagen|bijlage)$/i],
  ['kopie-aan', /^(?:kopie aan|afschrift aan)$/i],
  ['aan', /^aan$/i],
  ['onderwerp', /^(?:onderwerp|betreft)$/i],
  ['bezoekadres', /^bezoekadres$/i],
  ['postadres', /^postadres$/i],
];

export interface LabelMatch {
  field: LabelField;
  /** The label as written ("Onze referentie"). */
  label: string;
  /** The value on the same line ("Datum 19 maart 2026"), or '' when it follows on the next line. */
  value: string;
}

/** A label of the right-hand column, alone or with its value on the same line. */
export function matchLabel(text: string): LabelMatch | null {
  const line = text.trim();
  // The longest labels first: "Onze referentie" before "referentie", "Bijlage(n)" before "Bijlage".
  // A row is one line, so the value (.*) runs to its end without a closing $.
  const head = /^(onze referentie|ons kenmerk|kopie aan|afschrift aan|bijlage\(n\)|bijlagen|bijlage|datum|referentie|kenmerk|aan|onderwerp|betreft|bezoekadres|postadres)(?=$|[\s:])\s*:?\s*(.*)/i.exec(line);
  if (!head) return null;
  const label = head[1] as string;
  const field = LABELS.find(([, pattern]) => pattern.test(label))?.[0];
  if (!field) return null;
  // The line is trimmed and the white space before the value taken by the pattern, so the value needs no trimming.
  const value = head[2] as string;
  if (value && !plausibleInlineValue(field, value)) return null;
  return { field, label, value };
}

/**
 * "Datum 19 maart 2026" is a label with its value; "Aan de hand van …" is a
 * sentence. A value on the label's line must look like a value of that field.
 */
function plausibleInlineValue(field: LabelField, value: string): boolean {
  switch (field) {
    case 'datum':
      return /^\d{1,4}[\s./-]+(?:\p{L}+\.?|\d{1,2})[\s./-]+\d{2,4}$/u.test(value);
    case 'referentie':
      return /^[\p{L}\p{N}][\p{L}\p{N}./_-]*$/u.test(value) && /\d/.test(value);
    case 'bijlagen':
      return /^(?:\d+|geen|-|–)$/i.test(value);
    case 'aan':
    case 'kopie-aan':
      return looksLikeAddressee(value) || field === 'kopie-aan';
    default:
      return true;
  }
}

/** The word that names the kind of document ("nota", "informatienota"). */
export function matchTypeWord(text: string): { word: string; type: 'beslisnota' | 'informatienota' | null } | null {
  const word = text.trim();
  const match = /^(beslisnota|informatienota|nota)$/i.exec(word);
  if (!match) return null;
  const lower = word.toLowerCase();
  return { word, type: lower === 'beslisnota' ? 'beslisnota' : lower === 'informatienota' ? 'informatienota' : null };
}

/** A Dutch postcode line: "2511 DP Den Haag". */
export const POSTCODE_LINE = /^\d{4}\s?[A-Z]{2}(?:\s+\S.*)?$/;
/** A whole address on one line: "Turfmarkt 147, 2511 DP Den Haag", "Postbus 20301 2500 EH Den Haag". */
export const ONE_LINE_ADDRESS = /^(\S.*?\d+\s*[a-zA-Z]?(?:-\d+)?)[,\s]+(\d{4}\s?[A-Z]{2}\s+\S.*)$/;
export const POST_BOX = /^(?:postbus|antwoordnummer)\s+\d+/i;

/**
 * Whether lines set out as a table hold the note's head (Datum, Onze
 * referentie, an address): then the table lays out the page and is read as
 * lines, not as a table of the note.
 */
export function holdsHead(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const field = matchLabel(text)?.field;
    return field === 'datum' || field === 'referentie' || POSTCODE_LINE.test(text.trim());
  });
}

/**
 * A portfolio holder or official as an addressee line: "Minister van
 * Justitie en Veiligheid", "de staatssecretaris van Financiën – Fiscaliteit…",
 * "Minister-president", "Secretaris-generaal".
 */
export function looksLikeAddressee(text: string): boolean {
  const line = text.trim();
  // Short forms as notes write them: MJenV, SJenV, SOCW, MBZK (M or S and a ministry's letters).
  if (/^[MS](?:[A-Z][a-z]*){1,4}$/.test(line) && line.length <= 8) return true;
  return /^(?:aan\s+)?(?:de\s+)?(?:minister-president|minister|staatssecretaris|premier|(?:plaatsvervangend\s+)?secretaris-generaal|directeur-generaal|(?:p)?sg|dg)(?:$|\s+(?:van|voor)\s+\S)/i.test(line);
}

/** A numbered heading: "1. Aanleiding", "4.1. Afstemming", "4.1 Afstemming". */
export interface NumberedHeading {
  /** As written, with its trailing dot if any ("4.1."). */
  number: string;
  /** The numbers: [4, 1]. */
  parts: number[];
  title: string;
}

/**
 * `known`: whether a title is one of a note type's sections; such a title
 * may be written in lower case ("7. informatie die niet openbaar wordt
 * gemaakt"), any other must look like a heading.
 */
export function matchNumberedHeading(text: string, known: (title: string) => boolean = () => false): NumberedHeading | null {
  // A row is one line, so the title (\S.*) runs to its end without a closing $.
  const match = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\S.*)/.exec(text.trim());
  if (!match) return null;
  // Taken from the trimmed text from a character that is not white space, the title is trimmed already.
  const title = match[3] as string;
  if (!plausibleHeadingTitle(title) && !(known(title) && !/[.,;:]$/.test(title))) return null;
  return { number: `${match[1]}${match[2]}`, parts: (match[1] as string).split('.').map(Number), title };
}

/** Short, starts with a capital (or a digit), and does not end like a sentence or a lead-in. */
export function plausibleHeadingTitle(title: string): boolean {
  if (title.length > 90 || title.split(/\s+/).length > 12) return false;
  if (/[.,;:]$/.test(title)) return false;
  return /^[\p{Lu}\p{N}'‘“"(]/u.test(title);
}

/** A bullet as text shows it: -, •, o, –, *, ▪ and the bullets Word's Symbol font leaves in extracted text. */
const BULLET = /^([-•–—*o▪◦‣⁃∙·■□►➢✓\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8])(?:\s+|(?=\p{Lu}))(\S.*)$/u;
const ORDERED = /^(?:(\d{1,3})[.)]|\(?([a-z])\)|([a-z])\.)\s+(\S.*)$/;

export interface ListMarker {
  marker: string;
  ordered: boolean;
  /** For a numbered item, its number. */
  number?: number;
  /** The item's text; for a lettered item ("a. …"), which Markdown cannot number, the letter stays in it. */
  rest: string;
}

export function matchListMarker(text: string): ListMarker | null {
  const line = text.trimStart();
  const bullet = BULLET.exec(line);
  // "o" and "*" are bullets only with a space after them ("o item"), never glued to a word.
  if (bullet && !((bullet[1] === 'o' || bullet[1] === '*') && !/^.\s/.test(line))) {
    return { marker: bullet[1] as string, ordered: false, rest: bullet[2] as string };
  }
  const ordered = ORDERED.exec(line);
  if (!ordered) return null;
  if (ordered[1] !== undefined) return { marker: line.slice(0, ordered[1].length + 1), ordered: true, number: Number(ordered[1]), rest: ordered[4] as string };
  const marker = line.slice(0, line.length - (ordered[4] as string).length).trim();
  return { marker, ordered: false, rest: `${marker} ${ordered[4]}` };
}

/** "Pagina 2 van 3", "pagina 2/3", "2 van 3", "- 2 -": a page number line. */
export function isPageNumberLine(text: string): boolean {
  return /^(?:(?:pagina|blad|page)\s+\d+(?:\s*(?:van|of|\/)\s*\d+)?|\d+\s*(?:van|\/)\s*\d+|[-–]\s*\d+\s*[-–])$/i.test(text.trim());
}
