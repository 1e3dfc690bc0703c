/**
 * Making an ordinary Markdown file a note: the frontmatter it lacks, as a
 * snippet to insert (tab stops on the values to fill in). A file without
 * frontmatter gets the whole block at its top (its `# Title`, if it has one,
 * as the subject); a file whose frontmatter names no type gets `type` and the
 * other required keys it lacks, before the closing `---`. Nothing the author
 * wrote is changed. A file that names a type Nota does not know, or whose
 * frontmatter is broken, gets no edit but the reason.
 */
import type { Position } from 'vscode-languageserver-types';
import type { ParsedNote } from '../parse/parseNote';
import type { NoteType, NoteTypeRegistry } from '../schema/noteTypes';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import { declaredType } from '../check/noteType';
import { frontmatterKeyParts, skeletonKeys, type DateRendering } from './skeleton';
import { renderSnippet } from './snippetText';
import { lineBreakOf } from './textEdits';
import { pageFieldsOf } from '../page/describePage';

export type MakeNoteAnswer =
  | { kind: 'insert'; position: Position; snippet: string }
  /** The frontmatter names a type Nota does not know. */
  | { kind: 'unknown-type'; declared: string; known: string[] }
  /** The frontmatter cannot be read (unclosed, not YAML): fix it first. */
  | { kind: 'broken-frontmatter' }
  /** The file is a note already. */
  | { kind: 'is-note' };

export function makeNoteEdit(parsed: ParsedNote, type: NoteType, types: NoteTypeRegistry, registry: PortfolioRegistry, date: DateRendering): MakeNoteAnswer {
  const declared = declaredType(parsed);
  if (declared && types.get(declared)) return { kind: 'is-note' };
  if (declared) return { kind: 'unknown-type', declared, known: types.all().map((t) => t.name) };
  const { frontmatter, lines } = parsed;
  const eol = lineBreakOf(parsed.text);
  const keys = skeletonKeys(type);
  if (frontmatter.status === 'missing') {
    // Heading text comes trimmed from the parser.
    const title = parsed.headings.find((h) => h.level === 1)?.text;
    const { parts } = frontmatterKeyParts(type, registry, date, keys, title ? { [pageFieldsOf(type.schema).subject]: title } : {});
    // A blank line between the frontmatter and any text (a byte order mark is white space to trim).
    const block = renderSnippet(['---\n', ...parts, '---\n']).replace(/\n/g, eol);
    return { kind: 'insert', position: lines.positionAt(parsed.bodyStart), snippet: `${block}${parsed.text.trim() ? eol : ''}` };
  }
  if (frontmatter.status !== 'ok' || !frontmatter.closeLine) return { kind: 'broken-frontmatter' };
  const present = new Set(Object.keys(frontmatter.yaml?.value ?? {}));
  const { parts } = frontmatterKeyParts(type, registry, date, keys.filter((key) => !present.has(key)), {});
  return { kind: 'insert', position: lines.positionAt(frontmatter.closeLine.start), snippet: renderSnippet(parts).replace(/\n/g, eol) };
}
