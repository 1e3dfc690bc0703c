/** The section titles (and their aliases) of note types: where a note's body starts. */
import { BUILTIN_NOTE_TYPE_SCHEMAS } from '../builtin';
import type { NoteType } from '../schema/noteTypes';
import { isSectionsSpec } from '../schema/keywords/sectionSpec';

export function sectionTitlesOf(types: readonly NoteType[]): string[] {
  return types.flatMap((type) => (type.sections?.sections ?? []).flatMap((section) => [section.title, ...(section.aliases ?? [])]));
}

/** The built-in types' titles, read from their schemas as data: no schema compiler is set up for them. */
export function builtinSectionTitles(): string[] {
  return BUILTIN_NOTE_TYPE_SCHEMAS.flatMap((schema) => {
    const spec = (schema as Record<string, unknown>)['x-nota-sections'];
    if (isSectionsSpec(spec)) return spec.sections.flatMap((section) => [section.title, ...(section.aliases ?? [])]);
    // Stryker disable next-line ArrayDeclaration: every built-in schema has its sections; this return only narrows the type
    return [];
  });
}
