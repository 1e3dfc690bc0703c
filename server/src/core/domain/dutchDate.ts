/**
 * Dates in notes: Dutch long form ("19 maart 2026") or ISO ("2026-03-19"),
 * and only dates that exist on the calendar (no 31 april, no 29 februari 2025).
 */
export const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

const DUTCH_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const LONG_FORM = /^(\d{1,2}) ([a-z]+) (\d{4})$/;
const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids DST).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an accepted form strictly; anything else (or a non-existent date) is null. */
export function parseNoteDate(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = ISO_FORM.exec(value);
  if (iso) return realOrNull({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const long = LONG_FORM.exec(value);
  if (long) {
    // An unknown month word gives month 0, which is no real date.
    const month = DUTCH_MONTHS.indexOf(long[2] as (typeof DUTCH_MONTHS)[number]) + 1;
    return realOrNull({ year: Number(long[3]), month, day: Number(long[1]) });
  }
  return null;
}

/**
 * Reads the looser forms people type ("19-03-2026", "19 Maart 2026",
 * "2026-3-9", "19 mrt 2026") so a fix can offer the accepted form. Never used
 * to accept a date, only to suggest one.
 */
export function parseLooseDate(text: string): CalendarDate | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (numeric) return realOrNull({ year: Number(numeric[3]), month: Number(numeric[2]), day: Number(numeric[1]) });
  const isoLike = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (isoLike) return realOrNull({ year: Number(isoLike[1]), month: Number(isoLike[2]), day: Number(isoLike[3]) });
  const named = /^(\d{1,2})\.? ?([a-z]+)\.?,? (\d{4})$/.exec(value);
  if (named) {
    const word = named[2] as string;
    // A month written out or cut short to three letters or more; every month name has at least three.
    const index = DUTCH_MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word));
    // An unknown word gives month 0, which is no real date.
    const month = index >= 0 ? index + 1 : word === 'mrt' ? 3 : 0;
    return realOrNull({ year: Number(named[3]), month, day: Number(named[1]) });
  }
  return null;
}

function realOrNull(date: CalendarDate): CalendarDate | null {
  return isRealDate(date) ? date : null;
}

export function formatDutchDate({ year, month, day }: CalendarDate): string {
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dutchWeekday({ year, month, day }: CalendarDate): string {
  return DUTCH_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}

export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
