/**
 * An imported note written as house Markdown: the frontmatter
 * (frontmatterWriter.ts, held to the `yaml` library by a property test) and
 * the body (markdownWriter.ts, held to remark the same way).
 */
import { frontmatterYaml } from './frontmatterWriter';
import type { ImportedNote } from './importedNote';
import { writeMarkdown } from './markdownWriter';

export function noteMarkdown(note: ImportedNote): string {
  return `---\n${frontmatterYaml(note.frontmatter)}---\n\n${writeMarkdown(note.body)}`;
}
