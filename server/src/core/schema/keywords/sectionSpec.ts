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

export function titleMatches(entry: SectionSpecEntry, title: string): boolean {
  const wanted = normalizeTitle(title);
  return normalizeTitle(entry.title) === wanted || (entry.aliases ?? []).some((alias) => normalizeTitle(alias) === wanted);
}

/**
 * For each spec entry, the index of the first section in the note with its
 * title (-1 when absent). Later sections with the same title are extra ones.
 */
export function matchSections(spec: SectionsSpec, sections: readonly TopSectionModel[]): number[] {
  const taken = new Set<number>();
  return spec.sections.map((entry) => {
    const index = sections.findIndex((section, i) => !taken.has(i) && titleMatches(entry, section.title));
    if (index >= 0) taken.add(index);
    return index;
  });
}

export function isSectionsSpec(value: unknown): value is SectionsSpec {
  if (!value || typeof value !== 'object') return false;
  const sections = (value as { sections?: unknown }).sections;
  return Array.isArray(sections) && sections.every((s) => s && typeof s === 'object' && typeof s.id === 'string' && typeof s.title === 'string');
}
