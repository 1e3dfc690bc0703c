/**
 * The core's one entry point: createLanguageService() wires parsing, the note
 * types and the registry together and answers with plain data. Adapters (the
 * language server, the CLI) hold one and never reach past it.
 */
import { NoteParser, type ParsedNote } from './parse/parseNote';
import { PortfolioRegistry, type RegistryData } from './domain/portfolioRegistry';
import { NoteTypeError, NoteTypeRegistry, type NoteType } from './schema/noteTypes';
import { problemAtStart, type ConfigProblem, type WorkspaceConfig } from './workspace/workspaceConfig';
import { analyzeNote, checkNote } from './check/checkNote';
import type { NoteModelWithMap } from './model/noteModel';
import type { NoteContext } from './features/noteContext';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { completions, noteTypeCompletions } from './features/completion';
import { hover } from './features/hover';
import { FIX_ALL_KIND, codeActions, type CodeActionRequest } from './features/codeActions';
import { applyEdits } from './features/textEdits';
import { noteSkeleton } from './features/skeleton';
import { renderSnippet, renderText } from './features/snippetText';
import { staticSnippets, type VsCodeSnippet } from './features/staticSnippets';
import { calendarDateOf, formatDutchDate } from './domain/dutchDate';
import { renderNoteContent, renderPage, type PageOptions, type RenderedNote } from './render/renderNote';
import { BodyRenderer } from './render/bodyRenderer';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import { resolveNoteType } from './check/noteType';
import { compareFindings, type Finding } from './findings/finding';
import type { Locale } from './findings/messages';
import { describePage } from './page/describePage';
import type { NotePage } from './page/notePage';
import { prepareExport, type PreparedExport } from './page/exportNote';
import { NoteIndex } from './workspace/noteIndex';
import { summarizeNote, type NoteSummary } from './workspace/noteSummary';
import { crossNoteFindings } from './workspace/crossNoteChecks';
import { BUILTIN_NOTE_TYPE_SCHEMAS, BUILTIN_REGISTRY, DEFAULT_NOTE_TYPE, WOO_GROUNDS } from './builtin';
import { makeNoteEdit, type MakeNoteAnswer } from './features/makeNote';
import { whileWriting } from './check/placeholders';

/** A document as the core sees it; vscode-languageserver's TextDocument fits. */
export interface NoteDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface CheckRequest {
  locale: Locale;
  /** Treat the document as a note even without a known type (the CLI's explicit files). */
  force?: boolean;
}

export interface LanguageServiceOptions {
  registries?: RegistryData[];
  extraNoteTypes?: { schema: unknown; origin: string }[];
  defaultNoteType?: string;
}

interface DocumentState {
  parser: NoteParser;
  bodyRenderer: BodyRenderer;
  version: number;
  text: string;
  parsed: ParsedNote;
  results: Map<string, Finding[]>;
  analyses: Map<string, NoteModelWithMap>;
}

export interface FeatureRequest {
  locale: Locale;
  /** Today, for date completions and placeholders; defaults to now. */
  today?: Date;
}

/** A feature request that may treat the document as a note even without a known type (the CLI's explicit files). */
export type ForcedFeatureRequest = FeatureRequest & { force?: boolean };

export class NotaLanguageService {
  private types!: NoteTypeRegistry;
  private registry!: PortfolioRegistry;
  private readonly documents = new Map<string, DocumentState>();
  private readonly defaultNoteType: string;
  /**
   * The notes of the workspace as plain data, filled by the adapter (from the
   * files it read and the documents that are open); checks across notes read it.
   */
  readonly workspace = new NoteIndex();

  constructor(private readonly options: LanguageServiceOptions = {}) {
    this.defaultNoteType = options.defaultNoteType ?? DEFAULT_NOTE_TYPE;
    this.configure({ noteTypes: [], registries: [], problems: [] });
  }

  get noteTypes(): NoteTypeRegistry {
    return this.types;
  }

  /**
   * Applies a workspace's configuration: its registry extensions and note
   * types (which may override built-in ones by name). Returns the problems,
   * each tied to its file; a broken file is left out, the rest applies.
   */
  configure(workspace: WorkspaceConfig): ConfigProblem[] {
    const problems = [...workspace.problems];
    this.registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY, ...(this.options.registries ?? []), ...workspace.registries.map((r) => r.data));
    const types = new NoteTypeRegistry(() => this.registry, new Set(WOO_GROUNDS.map((g) => g.code)));
    for (const schema of BUILTIN_NOTE_TYPE_SCHEMAS) types.add(schema, 'builtin');
    for (const extra of [...(this.options.extraNoteTypes ?? []), ...workspace.noteTypes]) {
      try {
        types.add(extra.schema, extra.origin);
      } catch (error) {
        if (!(error instanceof NoteTypeError)) throw error;
        problems.push(problemAtStart(extra.origin, `not a valid note type: ${error.message}`));
      }
    }
    this.types = types;
    // Findings depend on types and registry: every document is checked again.
    for (const state of this.documents.values()) {
      state.results.clear();
      state.analyses.clear();
    }
    return problems;
  }

  get portfolioRegistry(): PortfolioRegistry {
    return this.registry;
  }

  /** Parses once per document version; later versions reuse unchanged chunks. */
  parse(document: NoteDocument): ParsedNote {
    return this.state(document).parsed;
  }

  noteTypeOf(document: NoteDocument, force = false): NoteType | null {
    return resolveNoteType(this.parse(document), this.noteTypes, this.defaultNoteType, { fileName: document.uri, force });
  }

  /** The findings for a document, or null when it is not a note (no findings at all). */
  check(document: NoteDocument, request: CheckRequest): Finding[] | null {
    const state = this.state(document);
    const type = resolveNoteType(state.parsed, this.noteTypes, this.defaultNoteType, { fileName: document.uri, force: request.force });
    if (!type) return null;
    const key = `${type.name}|${request.locale}`;
    let findings = state.results.get(key);
    if (!findings) {
      findings = checkNote(state.parsed, type, { types: this.noteTypes, registry: this.registry, locale: request.locale }, this.analysis(state, type));
      state.results.set(key, findings);
    }
    return findings;
  }

  /** The findings of a document together with those across notes (from the workspace index). */
  checkInWorkspace(document: NoteDocument, request: CheckRequest): Finding[] | null {
    const own = this.check(document, request);
    if (!own) return null;
    const across = crossNoteFindings(document.uri, this.workspace, request.locale);
    return across.length ? [...own, ...across].sort(compareFindings) : own;
  }

  /** What the workspace index keeps about a note, or null when it is not a note. */
  summarize(document: NoteDocument, request: CheckRequest): NoteSummary | null {
    const findings = this.check(document, request);
    const state = this.state(document);
    const type = resolveNoteType(state.parsed, this.noteTypes, this.defaultNoteType, { fileName: document.uri, force: request.force });
    if (!findings || !type) return null;
    const { model, sourceMap } = this.analysis(state, type);
    return summarizeNote({ uri: document.uri, type, model, sourceMap, parsed: state.parsed }, findings);
  }

  /** All a feature needs about a note, or null for a document that is not a note. */
  context(document: NoteDocument, request: ForcedFeatureRequest): NoteContext | null {
    const state = this.state(document);
    const type = resolveNoteType(state.parsed, this.noteTypes, this.defaultNoteType, { fileName: document.uri, force: request.force });
    return type ? this.contextFor(document.uri, state, type, request) : null;
  }

  private contextFor(uri: string, state: DocumentState, type: NoteType, request: FeatureRequest): NoteContext {
    const { model, sourceMap, hints } = this.analysis(state, type);
    return {
      uri, text: state.text, parsed: state.parsed, type, model, sourceMap,
      registry: this.registry, portfolioHints: hints, types: this.noteTypes, locale: request.locale, today: request.today ?? new Date(),
    };
  }

  documentSymbols(document: NoteDocument, request: FeatureRequest): DocumentSymbol[] {
    const context = this.context(document, request);
    return context ? documentSymbols(context) : [];
  }

  foldingRanges(document: NoteDocument): FoldingRange[] {
    return this.context(document, { locale: 'nl' }) ? foldingRanges(this.parse(document)) : [];
  }

  completions(document: NoteDocument, position: Position, request: FeatureRequest): CompletionItem[] {
    const context = this.context(document, request);
    return context ? completions(context, position) : noteTypeCompletions(this.parse(document), this.noteTypes, position);
  }

  hover(document: NoteDocument, position: Position, request: FeatureRequest): Hover | null {
    const context = this.context(document, request);
    return context ? hover(context, position) : null;
  }

  codeActions(document: NoteDocument, actionRequest: CodeActionRequest, request: ForcedFeatureRequest): CodeAction[] {
    const context = this.context(document, request);
    const findings = this.checkInWorkspace(document, { locale: request.locale, force: request.force });
    if (!context || !findings) return [];
    // Fix-all re-checks each intermediate text from scratch, without touching the open document's state.
    const recheck = (text: string) => {
      const scratch: NoteDocument = { uri: `${document.uri}#nota-scratch`, version: 0, getText: () => text };
      const scratchContext = this.context(scratch, request);
      const scratchFindings = this.check(scratch, { locale: request.locale, force: request.force });
      this.close(scratch.uri);
      return scratchContext && scratchFindings ? { context: scratchContext, findings: scratchFindings } : null;
    };
    return codeActions(context, findings, actionRequest, recheck);
  }

  /**
   * The text with every safe fix applied: exactly the edit of *Fix all*
   * (`source.fixAll.nota`), for `nota check --fix`. Null when the document is
   * not a note or no safe fix changes it.
   */
  fixAll(document: NoteDocument, request: ForcedFeatureRequest): string | null {
    const origin = { line: 0, character: 0 };
    const [action] = this.codeActions(document, { range: { start: origin, end: origin }, diagnostics: [], only: [FIX_ALL_KIND] }, request);
    const edits = action?.edit?.changes?.[document.uri];
    return edits?.length ? applyEdits(document.getText(), this.parse(document).lines, edits) : null;
  }

  /**
   * The note rendered in house style (inner content), or null when it is not a
   * note. `whileWriting`: counted and marked as the editor shows the findings
   * (untouched placeholders are things to do, not errors).
   */
  render(document: NoteDocument, request: FeatureRequest & { force?: boolean; whileWriting?: boolean }, options: PageOptions = {}): (RenderedNote & { title: string }) | null {
    const state = this.state(document);
    const type = resolveNoteType(state.parsed, this.noteTypes, this.defaultNoteType, { fileName: document.uri, force: request.force });
    const checked = this.checkInWorkspace(document, { locale: request.locale, force: request.force });
    if (!type || !checked) return null;
    const findings = request.whileWriting ? whileWriting(checked) : checked;
    const context = this.contextFor(document.uri, state, type, request);
    const subject = context.model.frontmatter?.onderwerp;
    return { ...renderNoteContent(context, findings, options, state.bodyRenderer), title: typeof subject === 'string' && subject.trim() ? subject : type.title };
  }

  /** The frontmatter that makes a Markdown file a note of the given type (default: the default type), or why not. */
  makeNote(document: NoteDocument, typeName: string | undefined, options: { today?: Date } = {}): MakeNoteAnswer | null {
    const type = this.noteTypes.get(typeName ?? this.defaultNoteType);
    if (!type) return null;
    return makeNoteEdit(this.parse(document), type, this.noteTypes, this.registry, { text: formatDutchDate(calendarDateOf(options.today ?? new Date())) });
  }

  /** The description of the note's page, for the Word and PDF writers; null when it is not a note. */
  page(document: NoteDocument, request: FeatureRequest & { force?: boolean; concept?: boolean }): NotePage | null {
    const state = this.state(document);
    const type = resolveNoteType(state.parsed, this.noteTypes, this.defaultNoteType, { fileName: document.uri, force: request.force });
    const findings = this.check(document, { locale: request.locale, force: request.force });
    if (!type || !findings) return null;
    return describePage(this.contextFor(document.uri, state, type, request), findings, { concept: request.concept });
  }

  /**
   * What an export of the note gets: its page, or why not (errors, size, not a
   * note). `force` exports despite errors, with every page marked CONCEPT.
   */
  prepareExport(document: NoteDocument, request: FeatureRequest & { force?: boolean; treatAsNote?: boolean }): PreparedExport {
    const text = document.getText();
    return prepareExport({
      size: text.length,
      findings: () => this.check(document, { locale: request.locale, force: request.treatAsNote }),
      page: (concept) => this.page(document, { ...request, force: request.treatAsNote, concept }),
    }, request.force === true);
  }

  /** A standalone HTML page of the note (for `nota render`). */
  renderStandalone(document: NoteDocument, request: FeatureRequest & { force?: boolean }, options: PageOptions = {}): string | null {
    const rendered = this.render(document, request, options);
    return rendered ? renderPage(rendered, rendered.title, options) : null;
  }

  /** A new note of the given type, as a snippet (with tab stops) or as plain text. */
  newNote(typeName: string | undefined, options: { today?: Date; format: 'snippet' | 'text' }): string | null {
    const type = this.noteTypes.get(typeName ?? this.defaultNoteType);
    if (!type) return null;
    const parts = noteSkeleton(type, this.registry, { text: formatDutchDate(calendarDateOf(options.today ?? new Date())) });
    return options.format === 'snippet' ? renderSnippet(parts) : renderText(parts);
  }

  /** The snippets file for VS Code's snippet picker, from every note type. */
  staticSnippets(): Record<string, VsCodeSnippet> {
    return staticSnippets(this.noteTypes.all(), this.registry);
  }

  private analysis(state: DocumentState, type: NoteType): NoteModelWithMap {
    let analysis = state.analyses.get(type.name);
    // Stryker disable next-line ConditionalExpression: a cache; analysing the same text again gives an equal model, only slower
    if (!analysis) {
      analysis = analyzeNote(state.parsed, type, this.registry);
      state.analyses.set(type.name, analysis);
    }
    return analysis;
  }

  /** Forgets a closed document. */
  // Stryker disable next-line BlockStatement: forgetting frees memory only; a document opened again is parsed from its text either way
  close(uri: string): void {
    this.documents.delete(uri);
  }

  private state(document: NoteDocument): DocumentState {
    const existing = this.documents.get(document.uri);
    const text = document.getText();
    // Same text, same parse: a TextDocument hands out one string per version, so this is cheap.
    if (existing && existing.text === text) {
      existing.version = document.version;
      return existing;
    }
    const parser = existing?.parser ?? new NoteParser();
    const bodyRenderer = existing?.bodyRenderer ?? new BodyRenderer();
    const state: DocumentState = { parser, bodyRenderer, version: document.version, text, parsed: parser.parse(text), results: new Map(), analyses: new Map() };
    this.documents.set(document.uri, state);
    return state;
  }
}

export function createLanguageService(options?: LanguageServiceOptions): NotaLanguageService {
  return new NotaLanguageService(options);
}
