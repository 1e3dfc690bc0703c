/**
 * The `x-nota-sections` keyword's value: which sections a note type has, in
 * which order, which are required. Shared by the checks and (later) by
 * snippets, completion and fixes, so it is parsed in one place.
 */
import type { TopSectionModel } from '../../model/noteModel';

export interface SectionSpecEntry {
  id: string;
  title: string;
  aliases?: string[];
  required?: boolean;
  description?: string;
}

export interface SectionsSpec {
  sections: SectionSpecEntry[];
}

export function normalizeTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Each entry's title and aliases, normalized once: specs live as long as their note type. */
const entryTitleCache = new WeakMap<SectionSpecEntry, readonly string[]>();

function entryTitles(entry: SectionSpecEntry): readonly string[] {
  let titles = entryTitleCache.get(entry);
  // Stryker disable next-line ConditionalExpression: computed again, the titles are the same; the cache only saves time
  if (!titles) {
    titles = (entry.aliases ? [entry.title, ...entry.aliases] : [entry.title]).map(normalizeTitle);
    entryTitleCache.set(entry, titles);
  }
  return titles;
}

export function titleMatches(entry: SectionSpecEntry, title: string): boolean {
  return entryTitles(entry).includes(normalizeTitle(title));
}

/** Several checks ask for the same note's matches: one answer per sections list and spec. */
const matchCache = new WeakMap<readonly TopSectionModel[], Map<SectionsSpec, readonly number[]>>();

/**
 * For each spec entry, the index of the first section in the note with its
 * title (-1 when absent). Later sections with the same title are extra ones.
 */
export function matchSections(spec: SectionsSpec, sections: readonly TopSectionModel[]): readonly number[] {
  let bySpec = matchCache.get(sections);
  const known = bySpec?.get(spec);
  if (known) return known;
  const titles = sections.map((section) => normalizeTitle(section.title));
  const taken = new Set<number>();
  const matches = spec.sections.map((entry) => {
    const wanted = entryTitles(entry);
    const index = titles.findIndex((title, i) => !taken.has(i) && wanted.includes(title));
    // -1 (absent) is never a section's index: taking it changes nothing.
    taken.add(index);
    return index;
  });
  // Stryker disable next-line ConditionalExpression: a new map loses only answers kept to save time
  if (!bySpec) matchCache.set(sections, (bySpec = new Map()));
  bySpec.set(spec, matches);
  return matches;
}

/**
 * The note's section for the spec entry with this id (a section that checks
 * cite, such as the one naming the addressees), or null when the note type
 * has no such entry or the note no such section.
 */
export function sectionById(spec: SectionsSpec | undefined, id: string, sections: readonly TopSectionModel[]): { entry: SectionSpecEntry; index: number; section: TopSectionModel } | null {
  if (!spec) return null;
  const entryIndex = spec.sections.findIndex((s) => s.id === id);
  // -1 for an id the note type does not have, as for a section the note does not have.
  const index = matchSections(spec, sections)[entryIndex] ?? -1;
  const section = sections[index];
  return section ? { entry: spec.sections[entryIndex] as SectionSpecEntry, index, section } : null;
}

export function isSectionsSpec(value: unknown): value is SectionsSpec {
  // Other values have no property `sections` (a string's is undefined too).
  if (!value) return false;
  const sections = (value as { sections?: unknown }).sections;
  return Array.isArray(sections) && sections.every((s) => s && typeof s.id === 'string' && typeof s.title === 'string');
}
