/**
 * The snippets file VS Code's snippet picker reads, generated at build time
 * from the note types (never written by hand). Today's date in Dutch form is
 * computed by snippet variables and transforms when the snippet is inserted.
 */
import type { NoteType } from '../schema/noteTypes';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import { DUTCH_MONTHS } from '../domain/dutchDate';
import { noteSkeleton, sectionSnippet } from './skeleton';
import { renderSnippet } from './snippetText';

/** "19 maart 2026" from CURRENT_DATE / CURRENT_MONTH / CURRENT_YEAR at insertion time. */
export const DUTCH_DATE_SNIPPET =
  '${CURRENT_DATE/^0//} ${CURRENT_MONTH/' +
  DUTCH_MONTHS.map((_, i) => `(${String(i + 1).padStart(2, '0')})`).join('|') +
  '/' +
  DUTCH_MONTHS.map((month, i) => `\${${i + 1}:+${month}}`).join('') +
  '/} ${CURRENT_YEAR}';

/** Longer section titles are cut at a word in snippet descriptions (the body shows them whole). */
const DESCRIPTION_TITLE = 36;

export interface VsCodeSnippet {
  prefix: string[];
  body: string[];
  description: string;
}

export function staticSnippets(types: readonly NoteType[], registry: PortfolioRegistry): Record<string, VsCodeSnippet> {
  const snippets: Record<string, VsCodeSnippet> = {};
  for (const type of types) {
    // The date's text is only the plain-text rendering's: a snippet computes it (the snippet expression replaces it).
    // Stryker disable next-line StringLiteral: see above, the snippet never shows the text
    const body = renderSnippet(noteSkeleton(type, registry, { text: '', snippet: DUTCH_DATE_SNIPPET }));
    // One prefix: each prefix is an entry of its own in the suggestion list.
    // Descriptions stay short: the suggestion details show a long one as a
    // single line broken anywhere, mid-word too.
    snippets[`Nota: nieuwe ${type.name}`] = {
      prefix: [type.name],
      body: body.split('\n'),
      description: `Nota: nieuwe ${type.name}`,
    };
    for (const section of type.sections?.sections ?? []) {
      const key = `Nota: sectie ${section.title}`;
      if (snippets[key]) continue;
      snippets[key] = {
        prefix: [`sectie-${section.id}`],
        body: renderSnippet(sectionSnippet(section, { tabStop: 1, placeholder: 'N' }, 0)).split('\n'),
        description: `Nota: sectie ${shorten(section.title, DESCRIPTION_TITLE)}`,
      };
    }
  }
  return snippets;
}

function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`;
}
