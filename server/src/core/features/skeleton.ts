/**
 * A new note of a given type, drawn from its schema: the required frontmatter
 * keys with placeholders (today's date in Dutch form), then every required
 * section, numbered. One source for the snippet, the completion and the
 * "new note" command.
 */
import type { AnySchemaObject } from 'ajv';
import type { NoteType } from '../schema/noteTypes';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import { frontmatterSchemaOf } from '../check/checkNote';
import { DATE_KEYWORD } from '../schema/keywords/dateKeyword';
import { PORTFOLIO_HOLDER_KEYWORD } from '../schema/keywords/portfolioHolders';
import type { SectionSpecEntry } from '../schema/keywords/sectionSpec';
import type { SnippetPart } from './snippetText';
import { capitalize } from '../domain/capitalize';
import { sectionHint } from '../check/placeholders';

export interface DateRendering {
  /** The date as text ("19 maart 2026"). */
  text: string;
  /** A snippet expression that computes it at insertion time (static snippet files), if any. */
  snippet?: string;
}

export function noteSkeleton(type: NoteType, registry: PortfolioRegistry, date: DateRendering): SnippetPart[] {
  const keys = frontmatterKeyParts(type, registry, date, skeletonKeys(type), {});
  const parts: SnippetPart[] = ['---\n', ...keys.parts];
  let tabStop = keys.nextTabStop;
  parts.push('---\n');
  const sections = (type.sections?.sections ?? []).filter((s) => s.required);
  sections.forEach((section, index) => {
    parts.push('\n', ...sectionSnippet(section, String(index + 1), tabStop++));
  });
  if (sections.length === 0) parts.push('\n', { tabStop: 0 }, '\n');
  return parts;
}

/**
 * The keys a new note starts with: `type` first (without it the note is not
 * read as of its type, whatever the schema requires), then the other required keys.
 */
export function skeletonKeys(type: NoteType): string[] {
  const schema = frontmatterSchemaOf(type);
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  return ['type', ...required.filter((key) => key !== 'type')];
}

/**
 * `key: value` lines for the given keys, with a tab stop on each value to fill
 * in: the type's name, today's date, the schema's example, a registry title
 * for addressees, or a placeholder ("…") that the check reports until it is
 * replaced. `values` gives a key another starting value.
 */
export function frontmatterKeyParts(
  type: NoteType, registry: PortfolioRegistry, date: DateRendering, keys: readonly string[], values: Record<string, string>, firstTabStop = 1,
): { parts: SnippetPart[]; nextTabStop: number } {
  const parts: SnippetPart[] = [];
  let tabStop = firstTabStop;
  const properties = (frontmatterSchemaOf(type)?.properties ?? {}) as Record<string, AnySchemaObject>;
  for (const key of keys) {
    const property = properties[key] ?? {};
    const given = values[key];
    parts.push(`${key}:`);
    if (key === 'type' || property.const !== undefined) {
      parts.push(` ${String(property.const ?? type.name)}\n`);
    } else if (property[DATE_KEYWORD]) {
      const stop = tabStop++;
      parts.push(' ', date.snippet ? { tabStop: stop, placeholder: date.text, raw: `\${${stop}:${date.snippet}}` } : { tabStop: stop, placeholder: date.text }, '\n');
    } else if (property.type === 'array') {
      const items = (property.items ?? {}) as AnySchemaObject;
      const example = given ?? exampleOf(items) ?? (items[PORTFOLIO_HOLDER_KEYWORD] ? capitalize(registry.holders()[0]?.title ?? '') : '…');
      parts.push('\n  - ', { tabStop: tabStop++, placeholder: example }, '\n');
    } else if (given !== undefined || exampleOf(property) !== undefined) {
      parts.push(' ', { tabStop: tabStop++, placeholder: given ?? exampleOf(property) }, '\n');
    } else {
      // No example to show (a reference number, say): a placeholder to fill in,
      // which the check reports as such until it is replaced.
      parts.push(' "', { tabStop: tabStop++, placeholder: '…' }, '"\n');
    }
  }
  return { parts, nextTabStop: tabStop };
}

/**
 * `## 2. Geadviseerd besluit` and a tab stop for its text, holding the
 * section's hint (its description as an HTML comment): not content, so the
 * section still counts as empty, and a placeholder, until the author writes it.
 */
export function sectionSnippet(section: SectionSpecEntry, number: string | SnippetPart, bodyTabStop: number): SnippetPart[] {
  return ['## ', number, `. ${section.title}\n\n`, { tabStop: bodyTabStop, placeholder: sectionHint(section) }, '\n'];
}

function exampleOf(schema: AnySchemaObject): string | undefined {
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  return typeof example === 'string' ? example : undefined;
}
