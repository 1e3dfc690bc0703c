/** Everything a feature (outline, completion, fixes, ...) may need about one note, computed once per version. */
import type { ParsedNote } from '../parse/parseNote';
import type { NoteType, NoteTypeRegistry } from '../schema/noteTypes';
import type { NoteModel, NoteSourceMap } from '../model/noteModel';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import type { PortfolioHints } from '../domain/portfolioHints';
import type { Locale } from '../findings/messages';

export interface NoteContext {
  uri: string;
  text: string;
  parsed: ParsedNote;
  type: NoteType;
  model: NoteModel;
  sourceMap: NoteSourceMap;
  registry: PortfolioRegistry;
  /** The portfolios of the note's own titles, to read titles in its text as the check does. */
  portfolioHints?: PortfolioHints;
  types: NoteTypeRegistry;
  locale: Locale;
  /** Today's date, passed in so features stay pure and testable. */
  today: Date;
}
