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

export interface VsCodeSnippet {
  prefix: string[];
  body: string[];
  description: string;
}

export function staticSnippets(types: readonly NoteType[], registry: PortfolioRegistry): Record<string, VsCodeSnippet> {
  const snippets: Record<string, VsCodeSnippet> = {};
  for (const type of types) {
    const body = renderSnippet(noteSkeleton(type, registry, { text: '', snippet: DUTCH_DATE_SNIPPET }));
    snippets[`Nota: nieuwe ${type.name}`] = {
      prefix: [type.name, `nota-${type.name}`],
      body: body.split('\n'),
      description: `${type.title}: ${type.description}`.trim(),
    };
    for (const section of type.sections?.sections ?? []) {
      const key = `Nota: sectie ${section.title}`;
      if (snippets[key]) continue;
      snippets[key] = {
        prefix: [`sectie-${section.id}`],
        body: renderSnippet(sectionSnippet(section, { tabStop: 1, placeholder: 'N' }, 0)).split('\n'),
        description: section.description ?? section.title,
      };
    }
  }
  return snippets;
}
