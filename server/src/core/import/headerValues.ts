/**
 * Values of the note's head as the frontmatter wants them: lines a narrow
 * column wrapped joined again, addresses on one line, the date in an
 * accepted form, the number of attachments as a number.
 */
import { formatDutchDate, parseLooseDate, parseNoteDate } from '../domain/dutchDate';

/** Words after which a line of a narrow column goes on: "Directie Rechtshandhaving en" / "Criminaliteitsbestrijding". */
const CONTINUES = /(?:^|\s)(?:en|van|voor|der|den|de|het|op|in|met|tot|te|om|bij|aan|uit|of|over|onder|tegen|–|—|-|&)$|[,(–—-]$/i;

/**
 * Joins the lines of a wrapped column into the lines the author wrote: a line
 * goes on when it ends with a joining word or the next starts in lower case.
 */
export function joinWrapped(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && continues(previous, line)) joined[joined.length - 1] = joinLine(previous, line);
    else joined.push(line);
  }
  return joined;
}

/** Whether `next` is the rest of `line`, wrapped. */
export function continues(line: string, next: string): boolean {
  return endsOpen(line) || /^[\p{Ll}(]/u.test(next);
}

/** Whether a line ends with a joining word or mark, so that the next line goes on it whatever it starts with. */
export function endsOpen(line: string): boolean {
  return CONTINUES.test(line);
}

/** Two lines of running text as one: a hyphen at the break stays and joins without a space ("Justitia-" + "rapportage"). */
export function joinLine(first: string, second: string): string {
  if (first.endsWith('\u00ad')) return first.slice(0, -1) + second;
  if (/\p{L}-$/u.test(first) && /^\p{L}/u.test(second)) return first + second;
  return `${first} ${second}`;
}

export function joinAll(lines: readonly string[]): string {
  return lines.reduce((all, line) => (all ? joinLine(all, line) : line), '');
}

export interface DateValue {
  value: string;
  /** Set when the source wrote the date in a form a note does not accept, and it was rewritten. */
  rewrittenFrom?: string;
}

/**
 * Keeps an accepted date as written; writes a looser form ("19-03-2026") in
 * Dutch long form. A date that does not exist (31 juni 2026) stays as
 * written: the checker points it out, with its fix.
 */
export function noteDate(written: string): DateValue {
  const value = written.replace(/\s+/g, ' ').trim();
  if (parseNoteDate(value)) return { value };
  // "19 Maart 2026" is accepted once the month is in lower case, as notes write it.
  const lowered = value.toLowerCase();
  // Unchanged by lowering, it was not accepted above either.
  if (parseNoteDate(lowered)) return { value: lowered, rewrittenFrom: value };
  const loose = parseLooseDate(value);
  return loose ? { value: formatDutchDate(loose), rewrittenFrom: value } : { value };
}

/** A date as a note's column writes one, by its shape: day, month (a word or a number) and year. */
export function looksLikeDate(text: string): boolean {
  const value = text.trim();
  return /^\d{1,2}[\s./-]+(?:\p{L}+\.?|\d{1,2}),?[\s./-]+\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u.test(value) || parseLooseDate(value) !== null;
}

/** "2" → 2, "geen" → 0; anything else stays as written (the checker says it is not a number). */
export function attachmentCount(text: string): number | string {
  const value = text.trim();
  if (/^\d{1,4}$/.test(value)) return Number(value);
  if (/^geen$/i.test(value)) return 0;
  return value;
}

/** Street and town lines as the frontmatter writes an address: "Turfmarkt 147, 2511 DP Den Haag". */
export function addressOf(lines: readonly string[]): string {
  return lines.map((l) => l.trim().replace(/,$/, '')).filter(Boolean).join(', ');
}
