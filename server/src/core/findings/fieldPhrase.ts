/**
 * How a message names a place in the frontmatter. Authors see keys and list
 * items, not JSON pointers: "/frontmatter/aan/2" is "het derde item van
 * ‘aan’", "/frontmatter/afzender/postadres" is "het veld ‘postadres’ van
 * ‘afzender’". No message shows a pointer or a 0-based index.
 */
import { unescapePointerToken } from '../model/jsonPointer';
import type { Locale } from './messages';

const ORDINALS: Record<Locale, readonly string[]> = {
  nl: ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'],
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};

const WORDS: Record<Locale, { field: string; item: string; of: string }> = {
  nl: { field: 'het veld', item: 'item', of: 'van' },
  en: { field: 'the field', item: 'item', of: 'of' },
};

/** The frontmatter keys and list indexes of a pointer ("/frontmatter/aan/2" -> ["aan", 2]). */
export function frontmatterPath(pointer: string): (string | number)[] {
  // Stryker disable next-line Regex: '/frontmatter' comes first in every pointer that holds it (the note model's other parts have no key of that name), so the anchor changes nothing
  const inFrontmatter = pointer.replace(/^\/frontmatter/, '');
  return inFrontmatter
    .split('/')
    // Drops the empty token before the first '/'.
    .filter((token) => token !== '')
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? Number(token) : unescapePointerToken(token)));
}

/** "derde", "third"; past ten "11e", "11th". */
export function ordinal(position: number, locale: Locale): string {
  const word = ORDINALS[locale][position - 1];
  if (word) return word;
  if (locale === 'nl') return `${position}e`;
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th';
  return `${position}${suffix}`;
}

/**
 * The key a pointer ends in, with what holds it: "‘postadres’ van
 * ‘afzender’", "‘aan’". For messages that say "the field X" themselves.
 */
export function fieldLabel(pointer: string, locale: Locale): string {
  return owner(frontmatterPath(pointer), locale);
}

/**
 * The value a pointer points at, as the subject of a sentence: "het veld
 * ‘onderwerp’", "het derde item van ‘aan’", "het veld ‘postadres’ van
 * ‘afzender’". `capital` starts it with a capital letter.
 */
export function valuePhrase(pointer: string, locale: Locale, capital = false): string {
  const path = frontmatterPath(pointer);
  const words = WORDS[locale];
  const last = path.at(-1);
  const parent = path.slice(0, -1);
  let phrase: string;
  if (last === undefined) phrase = locale === 'nl' ? 'de frontmatter' : 'the frontmatter';
  else if (typeof last === 'number') phrase = `${itemPhrase(last, locale)} ${words.of} ${owner(parent, locale)}`;
  else phrase = `${words.field} ${owner(path, locale)}`;
  return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

function itemPhrase(index: number, locale: Locale): string {
  return `${locale === 'nl' ? 'het' : 'the'} ${ordinal(index + 1, locale)} ${WORDS[locale].item}`;
}

function owner(path: readonly (string | number)[], locale: Locale): string {
  const last = path.at(-1);
  if (last === undefined) return locale === 'nl' ? 'de frontmatter' : 'the frontmatter';
  const parent = path.slice(0, -1);
  const own = typeof last === 'number' ? itemPhrase(last, locale) : `‘${last}’`;
  return parent.length ? `${own} ${WORDS[locale].of} ${owner(parent, locale)}` : own;
}
