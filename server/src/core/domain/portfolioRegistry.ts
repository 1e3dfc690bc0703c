/**
 * The registry of portfolio holders ("bewindspersonen"): who a note may address
 * and name. It is data (schemas/portefeuilles.json, extendable per workspace);
 * this module only compiles it into fast lookups and a text scanner.
 */
export type Role = 'minister' | 'staatssecretaris';

export interface MinistryData {
  short: string;
  name: string;
  formerShorts?: string[];
  formerNames?: string[];
}

export interface PortfolioHolderData {
  role: Role;
  portfolio: string;
  ministry?: string;
  title?: string;
  aliases?: string[];
  shortForms?: string[];
}

export interface RegistryData {
  ministries?: MinistryData[];
  portfolioHolders?: PortfolioHolderData[];
  rules?: {
    ministerOfEveryMinistry?: boolean;
    stateSecretaryOfEveryMinistry?: boolean;
    shortFormPrefixes?: Partial<Record<Role, string>>;
  };
}

export interface PortfolioHolder {
  id: string;
  role: Role;
  portfolio: string;
  /** How the holder is written in running text: "minister van Justitie en Veiligheid". */
  title: string;
  shortForms: string[];
  /** In the registry's list of portfolios; false for those known only by a rule ("a state secretary of any ministry"). */
  listed: boolean;
}

/** A portfolio holder named in a piece of text. `holderId` is null when the registry does not know it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  holderId: string | null;
}

const DEFAULT_PREFIXES: Record<Role, string> = { minister: 'M', staatssecretaris: 'S' };

/** Lower case, single spaces, ", " after commas: the form names are compared in. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();
}

function escapeForRegex(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s*,\s*/g, '\\s*,\\s*')
    .replace(/\s+/g, '\\s+');
}

// Sources only: each registry builds its own RegExp objects, since global and
// sticky expressions carry a cursor (lastIndex) that must not be shared.
const TITLE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:(minister-president)|(ministers?|staatssecretaris(?:sen)?)\s+(?:van|voor)\s+)`;
const PLURAL_CONTINUATION_SOURCE = String.raw`(?:\s*,\s*|\s+en\s+)(?:(?:de\s+)?(?:van|voor)\s+)?`;
const CAPITALISED_RUN_SOURCE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:(?:\s*,\s*|\s+(?:en|van|voor)\s+|\s+)\p{Lu}[\p{L}\p{M}'’-]*)*`;

export class PortfolioRegistry {
  private readonly byId = new Map<string, PortfolioHolder>();
  private readonly names: Record<Role, Map<string, string>> = { minister: new Map(), staatssecretaris: new Map() };
  private readonly titles = new Map<string, string>();
  private readonly shortForms = new Map<string, string>();
  private readonly knownName: RegExp;
  private readonly shortForm: RegExp | null;
  private readonly title = new RegExp(TITLE_SOURCE, 'giu');
  private readonly pluralContinuation = new RegExp(PLURAL_CONTINUATION_SOURCE, 'iuy');
  private readonly capitalisedRun = new RegExp(CAPITALISED_RUN_SOURCE, 'uy');

  constructor(sources: readonly RegistryData[]) {
    for (const source of sources) this.addSource(source);
    const allNames = new Set<string>();
    for (const role of Object.keys(this.names) as Role[]) for (const name of this.names[role].keys()) allNames.add(name);
    const alternatives = [...allNames].sort((a, b) => b.length - a.length).map(escapeForRegex);
    // Sticky and anchored after a title; the lookahead stops "Defensie" matching inside "Defensiebeleid".
    this.knownName = new RegExp(`(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iuy');
    const shorts = [...this.shortForms.keys()].sort((a, b) => b.length - a.length).map(escapeForRegex);
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

  /** Resolves a whole title or short form ("de Minister voor Asiel en Migratie", "SJenV"). */
  resolve(text: string): PortfolioHolder | null {
    const cleaned = text.trim().replace(/^de\s+/i, '').replace(/[\s.,;:]+$/, '');
    if (!cleaned) return null;
    const mentions = this.findMentions(cleaned);
    const only = mentions.length === 1 ? mentions[0] : undefined;
    if (!only || only.start !== 0 || only.end !== cleaned.length || !only.holderId) return null;
    return this.byId.get(only.holderId) ?? null;
  }

  /** Every portfolio holder named in `text`, by title or short form, in text order. */
  findMentions(text: string): Mention[] {
    const mentions: Mention[] = [];
    this.title.lastIndex = 0;
    for (let match = this.title.exec(text); match; match = this.title.exec(text)) {
      const start = match.index;
      if (match[1]) {
        const end = start + match[1].length;
        mentions.push({ start, end, text: match[1], holderId: this.titles.get(normalizeName(match[1])) ?? null });
        continue;
      }
      const roleWord = (match[2] as string).toLowerCase();
      const role: Role = roleWord.startsWith('minister') ? 'minister' : 'staatssecretaris';
      const plural = roleWord === 'ministers' || roleWord === 'staatssecretarissen';
      let position = start + match[0].length;
      const first = this.matchName(text, position, role);
      if (first) {
        mentions.push({ start, end: first.end, text: text.slice(start, first.end), holderId: first.holderId });
        position = first.end;
        // "de staatssecretarissen van JenV en van VWS" names two holders.
        while (plural) {
          this.pluralContinuation.lastIndex = position;
          const joint = this.pluralContinuation.exec(text);
          const next = joint ? this.matchName(text, position + joint[0].length, role) : null;
          if (!next || !next.holderId) break;
          mentions.push({ start: next.start, end: next.end, text: text.slice(next.start, next.end), holderId: next.holderId });
          position = next.end;
        }
        this.title.lastIndex = position;
        continue;
      }
      // A capitalised name that is not a known portfolio: an unknown holder.
      this.capitalisedRun.lastIndex = position;
      const run = this.capitalisedRun.exec(text);
      if (run && !plural) {
        const end = position + run[0].length;
        mentions.push({ start, end, text: text.slice(start, end), holderId: null });
        this.title.lastIndex = end;
      }
    }
    if (this.shortForm) {
      this.shortForm.lastIndex = 0;
      for (let match = this.shortForm.exec(text); match; match = this.shortForm.exec(text)) {
        mentions.push({ start: match.index, end: match.index + match[0].length, text: match[0], holderId: this.shortForms.get(match[0]) ?? null });
      }
      mentions.sort((a, b) => a.start - b.start);
    }
    return mentions;
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
      for (const alias of holder.aliases ?? []) this.names[holder.role].set(normalizeName(alias), id);
      for (const short of holder.shortForms ?? []) this.addShortForm(short, id);
    }
    for (const ministry of source.ministries ?? []) {
      const roles: Role[] = [];
      if (source.rules?.ministerOfEveryMinistry !== false) roles.push('minister');
      if (source.rules?.stateSecretaryOfEveryMinistry) roles.push('staatssecretaris');
      for (const role of (['minister', 'staatssecretaris'] as const)) {
        const id = holderId(role, ministry.name);
        if (!this.byId.has(id) && !roles.includes(role)) continue;
        const holderKey = this.addHolder(role, ministry.name);
        const names = [ministry.short, ...(ministry.formerShorts ?? []), ...(ministry.formerNames ?? [])];
        for (const name of names) if (!this.names[role].has(normalizeName(name))) this.names[role].set(normalizeName(name), holderKey);
        for (const short of [ministry.short, ...(ministry.formerShorts ?? [])]) this.addShortForm(prefixes[role] + short, holderKey);
      }
    }
  }

  private addHolder(role: Role, portfolio: string, title?: string, listed = false): string {
    const id = holderId(role, portfolio);
    const existing = this.byId.get(id);
    if (existing) {
      existing.listed ||= listed;
      if (title && existing.title !== title) {
        existing.title = title;
        this.titles.set(normalizeName(title), id);
      }
      return id;
    }
    const holder: PortfolioHolder = { id, role, portfolio: portfolio.trim(), title: title ?? `${role} van ${portfolio.trim()}`, shortForms: [], listed };
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
}

function holderId(role: Role, portfolio: string): string {
  return `${role}:${normalizeName(portfolio)}`;
}
