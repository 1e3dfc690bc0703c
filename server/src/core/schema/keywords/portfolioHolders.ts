/**
 * `x-nota-addressees` (on the note): every portfolio holder addressed in a
 * frontmatter list must be named in a given section, and every holder that
 * section names must be known. `x-nota-portfolio-holder` (on a string): the
 * value must be a holder the registry knows.
 */
import type { NoteModel, NoteSourceMap, TopSectionModel } from '../../model/noteModel';
import type { PortfolioRegistry } from '../../domain/portfolioRegistry';
import { normalizeName } from '../../domain/portfolioRegistry';
import type { LineIndex } from '../../text/lineIndex';
import { escapePointerToken } from '../../model/jsonPointer';
import { keywordError, type NotaKeywordError } from '../context';
import { matchSections, type SectionsSpec } from './sectionSpec';

export const ADDRESSEES_KEYWORD = 'x-nota-addressees';
export const PORTFOLIO_HOLDER_KEYWORD = 'x-nota-portfolio-holder';

export interface AddresseesSpec {
  /** The frontmatter key holding the list of addressees, e.g. "aan". */
  field: string;
  /** The id (in x-nota-sections) of the section that must name them. */
  section: string;
}

export function checkAddressees(
  spec: AddresseesSpec,
  sectionsSpec: SectionsSpec | undefined,
  model: NoteModel,
  registry: PortfolioRegistry,
  where: { sourceMap: NoteSourceMap; lines: LineIndex },
): NotaKeywordError[] {
  // Nothing to compare without frontmatter or without the section: those
  // already have their own single finding.
  const addressees = model.frontmatter?.[spec.field];
  const entryIndex = sectionsSpec?.sections.findIndex((s) => s.id === spec.section) ?? -1;
  if (!sectionsSpec || entryIndex < 0) return [];
  const sectionIndex = matchSections(sectionsSpec, model.sections)[entryIndex] ?? -1;
  const section = model.sections[sectionIndex];
  if (!section) return [];
  const entry = sectionsSpec.sections[entryIndex];
  const errors: NotaKeywordError[] = [];

  if (Array.isArray(addressees)) {
    addressees.forEach((value, i) => {
      if (typeof value !== 'string' || !value.trim()) return;
      const holder = registry.resolve(value);
      if (isNamed(section, value, holder?.id ?? null)) return;
      // After the last line with text, whole (trailing spaces stay with their line).
      const lastText = trimmedEnd(where.sourceMap, sectionIndex, section);
      const insertAt = where.lines.positionAt(where.lines.lineSpanAt(Math.max(0, lastText - 1)).end);
      errors.push(keywordError(ADDRESSEES_KEYWORD, {
        code: 'portfolio-holder-missing',
        pointer: `/frontmatter/${escapePointerToken(spec.field)}/${i}`,
        messageId: 'portfolio-holder-missing',
        args: { holder: value.trim(), field: spec.field, section: entry?.title ?? spec.section },
        data: { holder: holder?.title ?? value.trim(), holderId: holder?.id ?? null, sectionId: spec.section, insertAt },
      }));
    });
  }
  section.mentions.forEach((mention, k) => {
    if (mention.holder !== null) return;
    errors.push(keywordError(ADDRESSEES_KEYWORD, {
      code: 'portfolio-holder-unknown',
      pointer: `/sections/${sectionIndex}/mentions/${k}`,
      messageId: 'portfolio-holder-unknown',
      args: { holder: mention.text },
      data: { holder: mention.text },
    }));
  });
  return errors;
}

function isNamed(section: TopSectionModel, value: string, holderId: string | null): boolean {
  if (holderId) return section.mentions.some((m) => m.holder === holderId);
  // An addressee the registry does not know can still be named literally.
  const wanted = normalizeName(value.replace(/^\s*de\s+/i, ''));
  return normalizeName(section.text).includes(wanted);
}

/** The end of a section's text without trailing blank lines: where a new line of text belongs. */
function trimmedEnd(sourceMap: NoteSourceMap, index: number, section: TopSectionModel): number {
  const end = sourceMap.sectionEnds[index] ?? sourceMap.textLength;
  return end - (section.text.length - section.text.trimEnd().length);
}

export function checkPortfolioHolder(value: unknown, pointer: string, registry: PortfolioRegistry): NotaKeywordError[] {
  if (typeof value !== 'string' || !value.trim() || registry.resolve(value)) return [];
  return [keywordError(PORTFOLIO_HOLDER_KEYWORD, {
    code: 'portfolio-holder-unknown', pointer, messageId: 'portfolio-holder-unknown',
    args: { holder: value.trim() }, data: { holder: value.trim() },
  })];
}
