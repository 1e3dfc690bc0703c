/**
 * Whether each addressee is named in a section (note-format.md, "Portfolio
 * holders"): by title or short form; a title with a portfolio by its full
 * title, or by its base title or short form when no other addressee shares
 * that base title; and the only addressee also by the word the note speaks
 * to them with ("u"). Everything here is a lookup in sets built once, so many
 * addressees and many mentions stay linear.
 */
import type { MentionModel } from '../../model/noteModel';
import type { PortfolioHolder, PortfolioRegistry } from '../../domain/portfolioRegistry';
import { unknownTitleKey } from '../../domain/portfolioRegistry';
import { joinTitle, splitTitle } from '../../domain/titlePortfolio';
import { NameTrie, nameKey } from '../../text/nameTrie';
import { isPlaceholderValue } from '../../check/placeholders';

export interface Addressee {
  /** Index in the frontmatter list. */
  index: number;
  /** As written, trimmed. */
  value: string;
  holder: PortfolioHolder | null;
  /** The holder's id, the unknownTitleKey() of a title the registry does not know, or null for a name that is no title. */
  key: string | null;
  portfolio: string | null;
  /** The title without its portfolio: the registry's title of the holder, or as written. */
  baseTitle: string;
  /** Entries that are the same person ("MJenV" and "Minister van Justitie en Veiligheid") share it. */
  identity: string;
}

export interface NamingVerdict {
  named: boolean;
  /** The other addressees with the same base title (at most a few, for the message). */
  sharedWith: string[];
  /** The pronoun the section uses, if any (with one addressee it names them, so only a note with several tells of it). */
  pronoun: string | null;
  /** The shortest text that names this addressee, for the quick fix. */
  name: string;
  nameIsShortForm: boolean;
}

/** How many others a message lists before it stops. */
const OTHERS_SHOWN = 3;

export function readAddressees(values: readonly unknown[], registry: PortfolioRegistry): Addressee[] {
  const addressees: Addressee[] = [];
  values.forEach((raw, index) => {
    // A placeholder ("…") is no one yet: the check reports it as a field to fill in.
    if (typeof raw !== 'string' || !raw.trim() || isPlaceholderValue(raw)) return;
    const value = raw.trim();
    const resolved = registry.resolveTitle(value);
    let key: string | null = resolved?.holder.id ?? null;
    let portfolio = resolved?.portfolio ?? null;
    let baseTitle = resolved?.holder.title ?? value;
    if (!resolved) {
      // A title the registry does not know, with a portfolio ("Staatssecretaris van Toverkunst – Spreuken") or without.
      const split = splitTitle(value);
      const baseKey = split ? registry.holderKeyOf(split.base) : null;
      key = baseKey ?? registry.holderKeyOf(value);
      if (baseKey && split) {
        portfolio = split.portfolio;
        baseTitle = split.base;
      }
    }
    const identity = key ? (portfolio === null ? key : `${key}|${nameKey(portfolio)}`) : `=${nameKey(withoutArticle(value))}`;
    addressees.push({ index, value, holder: resolved?.holder ?? null, key, portfolio, baseTitle, identity });
  });
  return addressees;
}

/**
 * A name without a leading "de" ("de directeur-generaal" is named by
 * "directeur-generaal"). White space does not count in names (nameKey), so
 * one character of it is enough to tell the article from a word.
 */
function withoutArticle(value: string): string {
  return value.replace(/^de\s/i, '');
}

/** Who a section names: holders by title or short form, with the portfolios given after a dash. */
interface SectionNames {
  bare: Set<string>;
  portfolios: Map<string, Set<string>>;
}

function sectionNames(mentions: readonly MentionModel[]): SectionNames {
  const names: SectionNames = { bare: new Set(), portfolios: new Map() };
  for (const mention of mentions) {
    // A mention's text holds a spaced dash only when a portfolio follows its title.
    const key = mention.holder ?? unknownTitleKey(splitTitle(mention.text)?.base ?? mention.text);
    if (mention.portfolio === undefined) {
      names.bare.add(key);
      continue;
    }
    let set = names.portfolios.get(key);
    if (!set) {
      set = new Set();
      names.portfolios.set(key, set);
    }
    set.add(nameKey(mention.portfolio));
  }
  return names;
}

/**
 * A matcher for the pronouns as whole words in any case (letters only; other
 * entries, from a workspace schema, are left out), or null when there are
 * none: not part of a longer word, nor of a compound joined by a hyphen ("U-bocht").
 */
export function pronounPattern(pronouns: unknown): RegExp | null {
  if (!Array.isArray(pronouns)) return null;
  const words = pronouns.filter((p): p is string => typeof p === 'string' && /^\p{L}+$/u.test(p));
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}-])(?:${words.join('|')})(?![\\p{L}\\p{N}\\p{M}-])`, 'iu') : null;
}

export function judgeAddressees(addressees: readonly Addressee[], mentions: readonly MentionModel[], sectionText: string, pronouns: RegExp | null): Map<Addressee, NamingVerdict> {
  const names = sectionNames(mentions);
  const identitiesByKey = new Map<string, Map<string, string>>();
  for (const addressee of addressees) {
    if (!addressee.key) continue;
    let identities = identitiesByKey.get(addressee.key);
    if (!identities) {
      identities = new Map();
      identitiesByKey.set(addressee.key, identities);
    }
    if (!identities.has(addressee.identity)) identities.set(addressee.identity, addressee.value);
  }
  const distinct = new Set(addressees.map((a) => a.identity)).size;
  // Not global nor sticky: exec() starts at 0 and keeps no cursor between notes.
  const pronoun = pronouns?.exec(sectionText)?.[0].toLowerCase() ?? null;
  const others = (addressee: Addressee): string[] => {
    if (!addressee.key) return [];
    const list: string[] = [];
    for (const [identity, value] of identitiesByKey.get(addressee.key) ?? []) {
      if (identity === addressee.identity) continue;
      if (list.length === OTHERS_SHOWN) {
        list.push('…');
        break;
      }
      list.push(value);
    }
    return list;
  };
  const literal = literalNames(addressees, others, sectionText);

  const verdicts = new Map<Addressee, NamingVerdict>();
  for (const addressee of addressees) {
    const sharedWith = others(addressee);
    let named = literal.has(addressee.index);
    if (addressee.key) {
      const portfolios = names.portfolios.get(addressee.key);
      if (addressee.portfolio !== null && portfolios?.has(nameKey(addressee.portfolio))) named = true;
      // The base title or a short form names an addressee only while no other one shares it.
      else if (sharedWith.length === 0 && (names.bare.has(addressee.key) || (addressee.portfolio === null && !!portfolios))) named = true;
    }
    if (!named && distinct === 1 && pronoun) named = true;
    verdicts.set(addressee, { named, sharedWith, pronoun, ...shortestName(addressee, sharedWith.length > 0) });
  }
  return verdicts;
}

/**
 * Addressees the registry does not know can still be named as written (a
 * title it does not know in lower case is no mention: "staatssecretaris van
 * toverkunst"); not one without a portfolio whose base title another
 * addressee shares, since that text alone would name both. One with a
 * portfolio is told apart by it.
 */
function literalNames(addressees: readonly Addressee[], others: (a: Addressee) => string[], text: string): Set<number> {
  const trie = new NameTrie();
  for (const addressee of addressees) {
    // Stryker disable next-line ConditionalExpression: a known title as written is a mention too (in any case), which names it above
    if (addressee.holder) continue;
    if (addressee.portfolio === null && others(addressee).length) continue;
    trie.add(withoutArticle(addressee.value), addressee.index);
  }
  return trie.size ? trie.occurring(text) : new Set();
}

function shortestName(addressee: Addressee, shared: boolean): { name: string; nameIsShortForm: boolean } {
  const { holder } = addressee;
  if (!holder) return { name: addressee.value, nameIsShortForm: false };
  if (shared) return { name: addressee.portfolio === null ? holder.title : joinTitle(holder.title, addressee.portfolio), nameIsShortForm: false };
  const short = holder.shortForms[0];
  return short && short.length < holder.title.length ? { name: short, nameIsShortForm: true } : { name: holder.title, nameIsShortForm: false };
}
