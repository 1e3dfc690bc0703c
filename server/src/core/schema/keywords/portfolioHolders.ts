/**
 * `x-nota-addressees` (on the note): every portfolio holder addressed in a
 * frontmatter list must be named in a given section, and every holder that
 * section names must be known. `x-nota-portfolio-holder` (on a string): the
 * value must be a holder the registry knows. Who counts as named is
 * addresseeNaming.ts.
 */
import type { NoteModel, NoteSourceMap, TopSectionModel } from '../../model/noteModel';
import type { PortfolioHolder, PortfolioRegistry } from '../../domain/portfolioRegistry';
import type { LineIndex } from '../../text/lineIndex';
import type { MessageArgs, MessageId } from '../../findings/messages';
import { escapePointerToken } from '../../model/jsonPointer';
import { keywordError, type NotaKeywordError } from '../context';
import { sectionById, type SectionsSpec } from './sectionSpec';
import { joinTitle } from '../../domain/titlePortfolio';
import { judgeAddressees, pronounPattern, readAddressees, type NamingVerdict } from './addresseeNaming';
import { isPlaceholderSection, isPlaceholderValue } from '../../check/placeholders';

export const ADDRESSEES_KEYWORD = 'x-nota-addressees';
export const PORTFOLIO_HOLDER_KEYWORD = 'x-nota-portfolio-holder';

export interface AddresseesSpec {
  /** The frontmatter key holding the list of addressees, e.g. "aan". */
  field: string;
  /** The id (in x-nota-sections) of the section that must name them. */
  section: string;
  /** Words the note speaks to its reader with ("u"): with exactly one addressee, one of them in the section names that addressee. */
  pronouns?: string[];
}

/** The spec with what can be prepared once per schema: the matcher of its pronouns. */
export interface PreparedAddressees extends AddresseesSpec {
  pronounPattern: RegExp | null;
}

export function prepareAddressees(spec: AddresseesSpec): PreparedAddressees {
  return { ...spec, pronounPattern: pronounPattern(spec.pronouns) };
}

export function checkAddressees(
  spec: PreparedAddressees,
  sectionsSpec: SectionsSpec | undefined,
  model: NoteModel,
  registry: PortfolioRegistry,
  where: { sourceMap: NoteSourceMap; lines: LineIndex },
): NotaKeywordError[] {
  // Nothing to compare without frontmatter or without the section: those
  // already have their own single finding.
  const values = model.frontmatter?.[spec.field];
  const found = sectionById(sectionsSpec, spec.section, model.sections);
  if (!found) return [];
  const { entry, index: sectionIndex, section } = found;
  // The section holds only Nota's hint: naming the addressees is part of writing it, a thing to do.
  const unwritten = isPlaceholderSection(section.text, entry);
  const errors: NotaKeywordError[] = [];

  if (Array.isArray(values)) {
    const addressees = readAddressees(values, registry);
    const verdicts = judgeAddressees(addressees, section.mentions, section.text, spec.pronounPattern);
    // After the last line with text, whole (trailing spaces stay with their line).
    const lastText = trimmedEnd(where.sourceMap, sectionIndex, section);
    const insertAt = where.lines.positionAt(where.lines.lineSpanAt(Math.max(0, lastText - 1)).end);
    for (const addressee of addressees) {
      const verdict = verdicts.get(addressee);
      if (!verdict || verdict.named) continue;
      const { messageId, args } = missingMessage(verdict, { holder: addressee.value, field: spec.field, section: entry.title, base: addressee.baseTitle });
      errors.push(keywordError(ADDRESSEES_KEYWORD, {
        code: 'portfolio-holder-missing',
        pointer: `/frontmatter/${escapePointerToken(spec.field)}/${addressee.index}`,
        messageId,
        args,
        data: {
          holder: addressee.holder && addressee.portfolio !== null ? joinTitle(addressee.holder.title, addressee.portfolio) : addressee.holder?.title ?? addressee.value,
          holderId: addressee.holder?.id ?? null,
          name: verdict.name,
          nameIsShortForm: verdict.nameIsShortForm,
          sharedWith: verdict.sharedWith,
          sectionId: spec.section,
          insertAt,
          ...(unwritten ? { placeholder: true } : {}),
        },
      }));
    }
  }
  section.mentions.forEach((mention, k) => {
    const holder = mention.holder === null ? undefined : registry.get(mention.holder);
    if (holder && (mention.portfolio === undefined || registry.portfolioAccepted(holder, mention.portfolio))) return;
    errors.push(unknownError(ADDRESSEES_KEYWORD, `/sections/${sectionIndex}/mentions/${k}`, mention.text, holder, mention.portfolio));
  });
  return errors;
}

function missingMessage(verdict: NamingVerdict, args: MessageArgs): { messageId: MessageId; args: MessageArgs } {
  const { pronoun: word } = verdict;
  if (verdict.sharedWith.length) {
    const others = verdict.sharedWith.map((v) => (v === '…' ? v : `‘${v}’`)).join(', ');
    return word ? { messageId: 'portfolio-holder-missing.shared-pronoun', args: { ...args, others, word } } : { messageId: 'portfolio-holder-missing.shared', args: { ...args, others } };
  }
  return word ? { messageId: 'portfolio-holder-missing.pronoun', args: { ...args, word } } : { messageId: 'portfolio-holder-missing', args };
}

function unknownError(keyword: string, pointer: string, text: string, holder: PortfolioHolder | undefined, portfolio: string | undefined): NotaKeywordError {
  if (holder && portfolio !== undefined) {
    // A known title with a portfolio the registry does not list for it: say which ones it does.
    return keywordError(keyword, {
      code: 'portfolio-holder-unknown', pointer, messageId: 'portfolio-holder-unknown.portfolio',
      args: { holder: text, portfolio, base: holder.title, known: holder.portfolios.map((p) => `‘${p}’`).join(', ') },
      data: { holder: text, holderId: holder.id, portfolio, knownPortfolios: holder.portfolios },
    });
  }
  return keywordError(keyword, {
    code: 'portfolio-holder-unknown', pointer, messageId: 'portfolio-holder-unknown', args: { holder: text }, data: { holder: text },
  });
}

/** The end of a section's text without trailing blank lines: where a new line of text belongs. */
function trimmedEnd(sourceMap: NoteSourceMap, index: number, section: TopSectionModel): number {
  const end = sourceMap.sectionEnds[index] ?? sourceMap.textLength;
  return end - (section.text.length - section.text.trimEnd().length);
}

export function checkPortfolioHolder(value: unknown, pointer: string, registry: PortfolioRegistry): NotaKeywordError[] {
  if (typeof value !== 'string' || !value.trim() || isPlaceholderValue(value)) return [];
  const resolved = registry.resolveTitle(value);
  if (resolved && (resolved.portfolio === null || registry.portfolioAccepted(resolved.holder, resolved.portfolio))) return [];
  return [unknownError(PORTFOLIO_HOLDER_KEYWORD, pointer, value.trim(), resolved?.holder, resolved?.portfolio ?? undefined)];
}
