/**
 * What Nota's custom schema keywords can see while a note is validated. ajv
 * keywords are plain functions compiled once per schema, so the per-note
 * facts (the source map, for ranges in fix data) reach them through this
 * object, which the validating NoteTypeRegistry owns and sets for the
 * duration of one synchronous validation.
 */
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import type { LineIndex } from '../text/lineIndex';
import type { NoteSourceMap } from '../model/noteModel';
import type { FindingCode } from '../findings/codes';
import type { MessageArgs, MessageId } from '../findings/messages';

export interface KeywordContext {
  registry: () => PortfolioRegistry;
  current: { sourceMap: NoteSourceMap; lines: LineIndex } | null;
}

/**
 * The error a Nota keyword reports; turned into a finding by errorsToFindings.
 * ajv adds the schemaPath itself (and overwrites any given).
 */
export interface NotaKeywordError {
  keyword: string;
  instancePath: string;
  params: NotaErrorParams;
  message: string;
}

export interface NotaErrorParams {
  code: FindingCode;
  /** Absolute JSON pointer into the note model where the finding belongs. */
  pointer: string;
  messageId: MessageId;
  args: MessageArgs;
  /** What a quick fix needs; becomes the diagnostic's `data`. */
  data?: Record<string, unknown>;
  /** Overrides the span of `pointer`. */
  span?: { start: number; end: number };
}

export function keywordError(keyword: string, params: NotaErrorParams): NotaKeywordError {
  return { keyword, instancePath: params.pointer, params, message: params.code };
}
