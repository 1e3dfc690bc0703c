/**
 * A title with a portfolio after a dash, as parliament papers write a state
 * secretary: "Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en
 * Douane". The dash is an en dash, an em dash or a hyphen, with white space
 * on both sides (so "minister-president" and "Volksgezondheid-Welzijn" are
 * single words). Scanning is by hand, one pass: long runs of spaces or dashes
 * cannot make it backtrack.
 */
import { isSpace } from '../text/nameTrie';

const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** A run of white space around a dash longer than this is not a title's dash. */
const MAX_GAP = 64;

function isDash(code: number): boolean {
  return code === HYPHEN || code === EN_DASH || code === EM_DASH;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

export interface SplitTitle {
  /** "Staatssecretaris van Financiën" */
  base: string;
  /** "Fiscaliteit, Belastingdienst en Douane" */
  portfolio: string;
}

/** Splits a whole title at its first spaced dash; null when it has none or a side is empty. */
export function splitTitle(text: string): SplitTitle | null {
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: a dash at the last character or beyond has no space after it
  for (let i = 1; i < text.length - 1; i++) {
    if (!isDash(text.charCodeAt(i)) || !isSpace(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i + 1))) continue;
    const base = text.slice(0, i).trim();
    const portfolio = text.slice(i + 1).trim();
    return base && portfolio ? { base, portfolio } : null;
  }
  return null;
}

/**
 * Where a portfolio would start when `text` goes on at `position` with a
 * spaced dash (" – Fiscaliteit"), or -1. A line may break before an en or em
 * dash, but not before a hyphen: at the start of a line that is a list item.
 */
export function portfolioStartAfter(text: string, position: number): number {
  // Past the end charCodeAt() gives NaN, which is neither white space nor a dash.
  let i = position;
  let lineBreak = false;
  for (; isSpace(text.charCodeAt(i)); i++) if (isLineBreak(text.charCodeAt(i))) lineBreak = true;
  const dash = text.charCodeAt(i);
  if (i === position || i - position > MAX_GAP || !isDash(dash) || (dash === HYPHEN && lineBreak)) return -1;
  const afterDash = ++i;
  while (isSpace(text.charCodeAt(i))) i++;
  return i === afterDash || i - afterDash > MAX_GAP || i === text.length ? -1 : i;
}

/** The canonical way Nota writes a title with a portfolio: with an en dash. */
export function joinTitle(base: string, portfolio: string): string {
  return `${base} – ${portfolio}`;
}
