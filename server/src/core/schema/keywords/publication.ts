/**
 * Checks for publication under the Woo (Wet open overheid):
 * `x-nota-personal-data` warns about e-mail addresses and phone numbers in
 * the body (officials' personal data, withheld under 5.1.2e), and
 * `x-nota-woo-grounds` checks the ground codes cited in a section against the
 * known grounds.
 */
import type { NoteModel, NoteSourceMap } from '../../model/noteModel';
import type { Span } from '../../text/lineIndex';
import { keywordError, type NotaKeywordError } from '../context';
import { sectionById, type SectionsSpec } from './sectionSpec';

export const PERSONAL_DATA_KEYWORD = 'x-nota-personal-data';
export const WOO_GROUNDS_KEYWORD = 'x-nota-woo-grounds';

export interface PersonalDataSpec {
  /** What a redaction fix puts in place of the data, e.g. "[5.1.2e]". */
  redaction?: string;
}

export interface WooGroundsSpec {
  /** The id (in x-nota-sections) of the section that cites grounds. */
  section: string;
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
// Dutch numbers: 0 or +31/0031, then nine more digits, in groups separated by spaces or dashes.
const PHONE = /(?<![\d+])(?:\+31|0031|0)(?:\s?\(0\))?(?:\s?[-–.]?\s?\d){9}(?!\d)/g;
// A Woo ground as cited: 5.1.2e, 5.1.1c, 5.1.5, 5.2 (and typos such as 5.1.3 or 5.1.2z).
const WOO_CODE = /(?<![\d.\w])5\.\d(?:\.\d)?[a-z]?(?![\d\w])/g;

export function checkPersonalData(spec: PersonalDataSpec, model: NoteModel, sourceMap: NoteSourceMap): NotaKeywordError[] {
  const errors: NotaKeywordError[] = [];
  model.sections.forEach((section, index) => {
    const base = (sourceMap.spans.get(`/sections/${index}`) as Span).end;
    for (const [kind, pattern] of [['email', EMAIL], ['phone', PHONE]] as const) {
      // The e-mail pattern is costly to try at every position; without an @ there is nothing to find.
      // Stryker disable next-line ConditionalExpression,StringLiteral: without an @ the e-mail pattern finds nothing; looking first only saves time
      if (kind === 'email' && !section.text.includes('@')) continue;
      for (const match of section.text.matchAll(pattern)) {
        const span = { start: base + match.index, end: base + match.index + match[0].length };
        errors.push(keywordError(PERSONAL_DATA_KEYWORD, {
          code: 'personal-data', span,
          // Stryker disable next-line StringLiteral: the span places this finding; the pointer is read only without one
          pointer: `/sections/${index}`,
          messageId: kind === 'email' ? 'personal-data.email' : 'personal-data.phone', args: { text: match[0] },
          data: { kind, text: match[0], redaction: spec.redaction ?? '[5.1.2e]' },
        }));
      }
    }
  });
  return errors;
}

export function checkWooGrounds(spec: WooGroundsSpec, sectionsSpec: SectionsSpec | undefined, model: NoteModel, sourceMap: NoteSourceMap, known: ReadonlySet<string>): NotaKeywordError[] {
  const found = sectionById(sectionsSpec, spec.section, model.sections);
  if (!found) return [];
  const { index: sectionIndex, section } = found;
  const base = (sourceMap.spans.get(`/sections/${sectionIndex}`) as Span).end;
  const errors: NotaKeywordError[] = [];
  for (const match of section.text.matchAll(WOO_CODE)) {
    if (known.has(match[0])) continue;
    errors.push(keywordError(WOO_GROUNDS_KEYWORD, {
      code: 'woo-ground-unknown', span: { start: base + match.index, end: base + match.index + match[0].length },
      // Stryker disable next-line StringLiteral: the span places this finding; the pointer is read only without one
      pointer: `/sections/${sectionIndex}`,
      messageId: 'woo-ground-unknown', args: { text: match[0] }, data: { text: match[0] },
    }));
  }
  return errors;
}
