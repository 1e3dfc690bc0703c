/**
 * The registry of portfolio holders ("bewindspersonen"): who a note may address
 * and name. It is data (schemas/portefeuilles.json, extendable per workspace);
 * this module only compiles it into fast lookups and a text scanner.
 */
import type { RegistryData, Role } from './registryData';
import { PortfolioHints } from './portfolioHints';
import { portfolioStartAfter, splitTitle } from './titlePortfolio';
import { nameKey } from '../text/nameTrie';
import { escapeForRegex, normalizeName, trimTitle, unknownTitleKey } from './titleNames';

export type { MinistryData, PortfolioHolderData, RegistryData, Role } from './registryData';
export { normalizeName, unknownTitleKey } from './titleNames';

export interface PortfolioHolder {
  id: string;
  role: Role;
  portfolio: string;
  /** How the holder is written in running text: "minister van Justitie en Veiligheid". */
  title: string;
  shortForms: string[];
  /** In the registry's list of portfolios; false for those known only by a rule ("a state secretary of any ministry"). */
  listed: boolean;
  /** The portfolios after a dash the registry lists for this holder; empty when any portfolio is accepted. */
  portfolios: string[];
}

/** A portfolio holder named in a piece of text. `holderId` is null when the registry does not know it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  holderId: string | null;
  /** Who is named, for comparing: the holder's id, or for a title the registry does not know, unknownTitleKey() of it. */
  holderKey: string;
  /** The portfolio after the title's dash, as written, when the scan recognised one (it is part of `text`). */
  portfolio?: string;
}

/** A whole title resolved: its holder, and the portfolio after its dash (null when it has none). */
export interface ResolvedTitle {
  holder: PortfolioHolder;
  portfolio: string | null;
}

const DEFAULT_PREFIXES: Record<Role, string> = { minister: 'M', staatssecretaris: 'S' };

/** How many resolved titles a registry keeps (then it starts afresh). */
const RESOLVED_TITLES_KEPT = 512;

// Sources only: each registry builds its own RegExp objects, since global and
// sticky expressions carry a cursor (lastIndex) that must not be shared.
const TITLE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:(minister-president)|(ministers?|staatssecretaris(?:sen)?)\s+(?:van|voor)\s+)`;
const PLURAL_CONTINUATION_SOURCE = String.raw`(?:\s*,\s*|\s+en\s+)(?:(?:de\s+)?(?:van|voor)\s+)?`;
const CAPITALISED_RUN_SOURCE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:(?:\s*,\s*|\s+(?:en|van|voor)\s+|\s+)\p{Lu}[\p{L}\p{M}'’-]*)*`;
// A portfolio as parliament papers write one: words with a capital and then lower case, so that
// "… Jeugd, Preventie en Sport en MJenV" ends before the short form.
const PORTFOLIO_RUN_SOURCE = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:(?:\s*,\s*|\s+en\s+|\s+)\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)*`;

/** A whole value that starts as a title does: "minister voor …", "staatssecretaris van …". */
const WHOLE_TITLE = /^(?:ministers?|staatssecretaris(?:sen)?)\s+(?:van|voor)\s+\S/iu;

export class PortfolioRegistry {
  private readonly byId = new Map<string, PortfolioHolder>();
  private readonly names: Record<Role, Map<string, string>> = { minister: new Map(), staatssecretaris: new Map() };
  private readonly titles = new Map<string, string>();
  private readonly shortForms = new Map<string, string>();
  /** Per holder id: the keys (nameKey) of the portfolios it lists. */
  private readonly portfolioKeys = new Map<string, Set<string>>();
  private readonly listedPortfolios = new PortfolioHints();
  /**
   * Titles resolved before: a note's addressees are resolved by several
   * checks, and again on every keystroke. The registry is rebuilt when its
   * data changes, so the answers never go stale; the size is bounded.
   */
  private readonly resolvedTitles = new Map<string, ResolvedTitle | null>();
  private readonly knownName: RegExp;
  private readonly shortForm: RegExp | null;
  private readonly title = new RegExp(TITLE_SOURCE, 'giu');
  private readonly pluralContinuation = new RegExp(PLURAL_CONTINUATION_SOURCE, 'iuy');
  private readonly capitalisedRun = new RegExp(CAPITALISED_RUN_SOURCE, 'uy');
  private readonly portfolioRun = new RegExp(PORTFOLIO_RUN_SOURCE, 'uy');

  constructor(sources: readonly RegistryData[]) {
    for (const source of sources) this.addSource(source);
    const allNames = new Set<string>();
    for (const role of Object.keys(this.names) as Role[]) for (const name of this.names[role].keys()) allNames.add(name);
    const alternatives = [...allNames].sort((a, b) => b.length - a.length).map(escapeForRegex);
    // Sticky and anchored after a title; the lookahead stops "Defensie" matching inside "Defensiebeleid".
    this.knownName = new RegExp(`(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iuy');
    // Short forms are letters and digits (the registry schema): the lookahead, not their order, makes the whole one match.
    const shorts = [...this.shortForms.keys()].map(escapeForRegex);
    this.shortForm = shorts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${shorts.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  }

  static fromData(...sources: RegistryData[]): PortfolioRegistry {
    return new PortfolioRegistry(sources);
  }

  holders(): PortfolioHolder[] {
    return [...this.byId.values()];
  }

  get(id: string): PortfolioHolder | undefined {
    return this.byId.get(id);
  }

  /** Resolves a whole title or short form without a portfolio ("de Minister voor Asiel en Migratie", "SJenV"). */
  resolve(text: string): PortfolioHolder | null {
    const cleaned = trimTitle(text);
    // Mentions do not overlap: one that spans the whole text is the only one.
    const [first] = this.findMentions(cleaned);
    if (!first || first.start !== 0 || first.end !== cleaned.length || first.portfolio !== undefined) return null;
    return first.holderId === null ? null : (this.byId.get(first.holderId) ?? null);
  }

  /**
   * Resolves a whole title, with or without a portfolio after a dash
   * ("Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en
   * Douane"): known when its base title is. Whether the portfolio is one the
   * registry accepts is portfolioAccepted().
   */
  resolveTitle(text: string): ResolvedTitle | null {
    const known = this.resolvedTitles.get(text);
    // Stryker disable next-line ConditionalExpression: without the cache the title is resolved again, to the same answer
    if (known !== undefined) return known;
    const whole = this.resolve(text);
    const split = whole ? null : splitTitle(text);
    const holder = split ? this.resolve(split.base) : null;
    const resolved = whole ? { holder: whole, portfolio: null } : holder && split ? { holder, portfolio: split.portfolio } : null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache starts afresh changes its size, never an answer
    if (this.resolvedTitles.size >= RESOLVED_TITLES_KEPT) this.resolvedTitles.clear();
    this.resolvedTitles.set(text, resolved);
    return resolved;
  }

  /**
   * The key a whole title without portfolio is compared by (see
   * Mention.holderKey), or null when it is no title at all. A whole value
   * that starts like a title is one, even where running text would need a
   * capital to tell it from prose ("staatssecretaris van toverkunst").
   */
  holderKeyOf(title: string): string | null {
    const holder = this.resolve(title);
    if (holder) return holder.id;
    const cleaned = trimTitle(title);
    const mentions = this.findMentions(cleaned);
    // It starts as a title does and names no other holder further on: a title the registry does not know.
    return WHOLE_TITLE.test(cleaned) && mentions.length <= 1 && (mentions[0]?.start ?? 0) === 0 ? unknownTitleKey(cleaned) : null;
  }

  /** False only when the registry lists portfolios for this holder and this is not one of them. */
  portfolioAccepted(holder: PortfolioHolder, portfolio: string): boolean {
    const keys = this.portfolioKeys.get(holder.id);
    return !keys || keys.has(nameKey(portfolio));
  }

  /**
   * The portfolios to recognise in a note's text beyond those the registry
   * lists: those of the titles given (the note's addressees, say).
   */
  hintsFrom(titles: Iterable<string>): PortfolioHints {
    const hints = new PortfolioHints();
    for (const title of titles) {
      // The holder of the base title, known to the registry (its id) or not (its key).
      const split = splitTitle(title);
      const key = split ? this.holderKeyOf(split.base) : null;
      if (split && key) hints.add(key, split.portfolio);
    }
    return hints;
  }

  /**
   * Every portfolio holder named in `text`, by title or short form, in text
   * order. A title or short form followed by a dash and a portfolio the
   * registry lists, or one of `hints`, takes the portfolio in.
   */
  findMentions(text: string, hints?: PortfolioHints): Mention[] {
    const mentions: Mention[] = [];
    this.title.lastIndex = 0;
    for (let match = this.title.exec(text); match; match = this.title.exec(text)) {
      const start = match.index;
      if (match[1]) {
        this.title.lastIndex = this.addMention(mentions, text, hints, start, start + match[1].length, this.titles.get(normalizeName(match[1])) ?? null);
        continue;
      }
      const roleWord = (match[2] as string).toLowerCase();
      const role: Role = roleWord.startsWith('minister') ? 'minister' : 'staatssecretaris';
      const plural = roleWord === 'ministers' || roleWord === 'staatssecretarissen';
      let position = start + match[0].length;
      const first = this.matchName(text, position, role);
      if (first) {
        position = this.addMention(mentions, text, hints, start, first.end, first.holderId);
        // "de staatssecretarissen van JenV en van VWS" names two holders.
        while (plural) {
          this.pluralContinuation.lastIndex = position;
          const joint = this.pluralContinuation.exec(text);
          const next = joint ? this.matchName(text, position + joint[0].length, role) : null;
          if (!next || !next.holderId) break;
          position = this.addMention(mentions, text, hints, next.start, next.end, next.holderId);
        }
        this.title.lastIndex = position;
        continue;
      }
      // A capitalised name that is not a known portfolio: an unknown holder.
      this.capitalisedRun.lastIndex = position;
      const run = this.capitalisedRun.exec(text);
      if (run && !plural) this.title.lastIndex = this.addMention(mentions, text, hints, start, position + run[0].length, null);
    }
    if (!this.shortForm) return mentions;
    this.shortForm.lastIndex = 0;
    for (let match = this.shortForm.exec(text); match; match = this.shortForm.exec(text)) {
      const start = match.index;
      this.shortForm.lastIndex = this.addMention(mentions, text, hints, start, start + match[0].length, this.shortForms.get(match[0]) ?? null);
    }
    // A mention that starts inside an earlier one (a short form within a portfolio) is part of that one.
    mentions.sort((a, b) => a.start - b.start);
    let reached = 0;
    return mentions.filter((mention) => {
      if (mention.start < reached) return false;
      reached = mention.end;
      return true;
    });
  }

  /** Records a mention (with its portfolio, if one follows) and returns where scanning goes on. */
  private addMention(mentions: Mention[], text: string, hints: PortfolioHints | undefined, start: number, end: number, holderId: string | null): number {
    const holderKey = holderId ?? unknownTitleKey(text.slice(start, end));
    const mention: Mention = { start, end, text: text.slice(start, end), holderId, holderKey };
    this.takePortfolio(text, mention, hints);
    mentions.push(mention);
    return mention.end;
  }

  /** Extends a mention over " – <portfolio>" when the portfolio is one to recognise for its holder. */
  private takePortfolio(text: string, mention: Mention, hints: PortfolioHints | undefined): void {
    const from = portfolioStartAfter(text, mention.end);
    if (from === -1) return;
    let end = Math.max(this.listedPortfolios.endAt(mention.holderKey, text, from), hints?.endAt(mention.holderKey, text, from) ?? -1);
    if (end === -1 && mention.holderId && this.portfolioKeys.has(mention.holderId)) {
      // A holder whose portfolios are listed, with another one: read as far as it is capitalised.
      this.portfolioRun.lastIndex = from;
      const run = this.portfolioRun.exec(text);
      if (run) end = from + run[0].length;
    }
    if (end === -1) return;
    mention.portfolio = text.slice(from, end);
    mention.end = end;
    mention.text = text.slice(mention.start, end);
  }

  private matchName(text: string, position: number, role: Role): { start: number; end: number; holderId: string | null } | null {
    this.knownName.lastIndex = position;
    const found = this.knownName.exec(text);
    if (!found) return null;
    const end = position + found[0].length;
    return { start: position, end, holderId: this.names[role].get(normalizeName(found[0])) ?? null };
  }

  private addSource(source: RegistryData): void {
    const prefixes = { ...DEFAULT_PREFIXES, ...source.rules?.shortFormPrefixes };
    for (const holder of source.portfolioHolders ?? []) {
      const id = this.addHolder(holder.role, holder.portfolio, holder.title, true);
      holder.aliases?.forEach((alias) => this.names[holder.role].set(normalizeName(alias), id));
      for (const short of holder.shortForms ?? []) this.addShortForm(short, id);
      for (const portfolio of holder.portfolios ?? []) this.addPortfolio(id, portfolio);
    }
    for (const ministry of source.ministries ?? []) {
      const roles: Role[] = [];
      if (source.rules?.ministerOfEveryMinistry !== false) roles.push('minister');
      if (source.rules?.stateSecretaryOfEveryMinistry) roles.push('staatssecretaris');
      for (const role of (['minister', 'staatssecretaris'] as const)) {
        const id = holderId(role, ministry.name);
        if (!this.byId.has(id) && !roles.includes(role)) continue;
        const holderKey = this.addHolder(role, ministry.name);
        // A short or former name never takes the place of a portfolio's own name.
        const addName = (name: string) => {
          if (!this.names[role].has(normalizeName(name))) this.names[role].set(normalizeName(name), holderKey);
        };
        const addShort = (short: string) => {
          addName(short);
          this.addShortForm(prefixes[role] + short, holderKey);
        };
        addShort(ministry.short);
        ministry.formerShorts?.forEach(addShort);
        ministry.formerNames?.forEach(addName);
      }
    }
  }

  private addHolder(role: Role, portfolio: string, title?: string, listed = false): string {
    const id = holderId(role, portfolio);
    const existing = this.byId.get(id);
    if (existing) {
      existing.listed ||= listed;
      if (title) {
        existing.title = title;
        this.titles.set(normalizeName(title), id);
      }
      return id;
    }
    const holder: PortfolioHolder = { id, role, portfolio: portfolio.trim(), title: title ?? `${role} van ${portfolio.trim()}`, shortForms: [], listed, portfolios: [] };
    this.byId.set(id, holder);
    this.names[role].set(normalizeName(portfolio), id);
    if (title) this.titles.set(normalizeName(title), id);
    return id;
  }

  private addShortForm(short: string, id: string): void {
    if (this.shortForms.has(short)) return;
    this.shortForms.set(short, id);
    this.byId.get(id)?.shortForms.push(short);
  }

  private addPortfolio(id: string, portfolio: string): void {
    const key = nameKey(portfolio);
    // A blank portfolio (the schema allows none) lists nothing: it does not make the holder's other portfolios unknown.
    if (!key) return;
    const keys = this.portfolioKeys.get(id) ?? new Set<string>();
    this.portfolioKeys.set(id, keys);
    if (keys.has(key)) return;
    keys.add(key);
    this.byId.get(id)?.portfolios.push(portfolio.trim().replace(/\s+/g, ' '));
    this.listedPortfolios.add(id, portfolio);
  }
}

function holderId(role: Role, portfolio: string): string {
  return `${role}:${normalizeName(portfolio)}`;
}
