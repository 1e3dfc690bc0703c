/**
 * Which note type a text is, if any (note-format.md, "Which files are notes"):
 * a known `type` in the frontmatter, or a file name ending in `.nota.md`, or a
 * file the user explicitly asked to check.
 */
import type { ParsedNote } from '../parse/parseNote';
import type { NoteType, NoteTypeRegistry } from '../schema/noteTypes';

export function isNotaFileName(name: string | undefined): boolean {
  // The query or fragment of a URI is not part of the file name.
  return !!name && /\.nota\.md$/i.test(name.replace(/[?#].*/s, ''));
}

/** The `type` value, read even from frontmatter whose YAML is broken, so a note mid-edit stays a note. */
export function declaredType(parsed: ParsedNote): string | undefined {
  const { frontmatter } = parsed;
  const value = frontmatter.yaml?.value?.type;
  if (typeof value === 'string') return value.trim();
  if (frontmatter.status === 'invalid' || frontmatter.status === 'unclosed') {
    const from = frontmatter.openLine?.end ?? 0;
    const to = frontmatter.closeLine?.start ?? Math.min(parsed.text.length, from + 4096);
    return typeLineIn(parsed.text.slice(from, to));
  }
  return undefined;
}

/** The note type named on a `type:` line of raw text (for frontmatter that is broken or not parsed). */
export function typeLineIn(text: string): string | undefined {
  return /^type:[ \t]*["']?([a-z][a-z0-9-]*)["']?[ \t]*$/m.exec(text)?.[1];
}

export function resolveNoteType(
  parsed: ParsedNote,
  types: NoteTypeRegistry,
  defaultType: string,
  options: { fileName?: string; force?: boolean },
): NoteType | null {
  const declared = declaredType(parsed);
  const known = declared ? types.get(declared) : undefined;
  if (known) return known;
  if (options.force || isNotaFileName(options.fileName)) return types.get(defaultType) ?? types.all()[0] ?? null;
  return null;
}
