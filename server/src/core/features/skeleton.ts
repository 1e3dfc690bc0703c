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

export interface DateRendering {
  /** The date as text ("19 maart 2026"). */
  text: string;
  /** A snippet expression that computes it at insertion time (static snippet files), if any. */
  snippet?: string;
}

export function noteSkeleton(type: NoteType, registry: PortfolioRegistry, date: DateRendering): SnippetPart[] {
  const parts: SnippetPart[] = ['---\n'];
  let tabStop = 1;
  const schema = frontmatterSchemaOf(type);
  const properties = (schema?.properties ?? {}) as Record<string, AnySchemaObject>;
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  for (const key of required) {
    const property = properties[key] ?? {};
    parts.push(`${key}:`);
    if (key === 'type' || property.const !== undefined) {
      parts.push(` ${String(property.const ?? type.name)}\n`);
    } else if (property[DATE_KEYWORD]) {
      const stop = tabStop++;
      parts.push(' ', date.snippet ? { tabStop: stop, placeholder: date.text, raw: `\${${stop}:${date.snippet}}` } : { tabStop: stop, placeholder: date.text }, '\n');
    } else if (property.type === 'array') {
      const items = (property.items ?? {}) as AnySchemaObject;
      const example = exampleOf(items) ?? (items[PORTFOLIO_HOLDER_KEYWORD] ? capitalize(registry.holders()[0]?.title ?? '') : key);
      parts.push('\n  - ', { tabStop: tabStop++, placeholder: example }, '\n');
    } else if (exampleOf(property) !== undefined) {
      parts.push(' ', { tabStop: tabStop++, placeholder: exampleOf(property) }, '\n');
    } else {
      // No example to show (a reference number, say): an empty quoted value to fill in.
      parts.push(' "', { tabStop: tabStop++ }, '"\n');
    }
  }
  parts.push('---\n');
  const sections = (type.sections?.sections ?? []).filter((s) => s.required);
  sections.forEach((section, index) => {
    parts.push('\n', ...sectionSnippet(section, String(index + 1), tabStop++));
  });
  if (sections.length === 0) parts.push('\n', { tabStop: 0 }, '\n');
  return parts;
}

/**
 * `## 2. Geadviseerd besluit` and a tab stop for its text, holding the
 * section's description as an HTML comment: a hint that is not content, so
 * the section still counts as empty until the author writes it.
 */
export function sectionSnippet(section: SectionSpecEntry, number: string | SnippetPart, bodyTabStop: number): SnippetPart[] {
  const hint = section.description ? `<!-- ${section.description.replace(/--/g, '—')} -->` : '';
  return ['## ', number, `. ${section.title}\n\n`, { tabStop: bodyTabStop, placeholder: hint }, '\n'];
}

function exampleOf(schema: AnySchemaObject): string | undefined {
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  return typeof example === 'string' ? example : undefined;
}
