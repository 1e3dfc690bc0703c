/**
 * How titles are compared and matched: lower case and single spaces, without
 * a leading "de". Every rule here runs in one pass over its input: long runs
 * of white space in a title cannot make a regular expression backtrack.
 */

/** Lower case, single spaces, ", " after commas: the form names are compared in. */
export function normalizeName(text: string): string {
  // White space is collapsed first, so the comma rule never meets a long run of it (no backtracking).
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').trim();
}

/** The key of a title the registry does not know ("de Minister voor Toverkunst" -> "?minister van toverkunst"). */
export function unknownTitleKey(title: string): string {
  return `?${normalizeName(title).replace(/^de /, '').replace(/^([^ ]+) voor /, '$1 van ')}`;
}

/** The text without a leading "de" and trailing punctuation or space, by hand: no regex can backtrack over a long run. */
export function trimTitle(text: string): string {
  const cleaned = text.trim().replace(/^de\s+/i, '');
  let end = cleaned.length;
  // Before the first character charAt() gives '', which is no punctuation: the loop stops there.
  while (/[\s.,;:]/.test(cleaned.charAt(end - 1))) end--;
  return cleaned.slice(0, end);
}

/** A registry name as a regular expression source: any white space between words and around commas. */
export function escapeForRegex(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ ?, ?/g, '\\s*,\\s*')
    .replace(/ /g, '\\s+');
}
