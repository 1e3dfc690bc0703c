/**
 * The core's one entry point: createLanguageService() wires parsing, the note
 * types and the registry together and answers with plain data. Adapters (the
 * language server, the CLI) hold one and never reach past it.
 */
import { NoteParser, type ParsedNote } from './parse/parseNote';
import { PortfolioRegistry, type RegistryData } from './domain/portfolioRegistry';
import { NoteTypeRegistry, type NoteType } from './schema/noteTypes';
import { checkNote } from './check/checkNote';
import { resolveNoteType } from './check/noteType';
import type { Finding } from './findings/finding';
import type { Locale } from './findings/messages';
import { BUILTIN_NOTE_TYPE_SCHEMAS, BUILTIN_REGISTRY, DEFAULT_NOTE_TYPE } from './builtin';

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
  version: number;
  text: string;
  parsed: ParsedNote;
  results: Map<string, Finding[]>;
}

export class NotaLanguageService {
  readonly noteTypes: NoteTypeRegistry;
  private registry: PortfolioRegistry;
  private readonly documents = new Map<string, DocumentState>();
  private readonly defaultNoteType: string;

  constructor(options: LanguageServiceOptions = {}) {
    this.registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY, ...(options.registries ?? []));
    this.noteTypes = new NoteTypeRegistry(() => this.registry);
    for (const schema of BUILTIN_NOTE_TYPE_SCHEMAS) this.noteTypes.add(schema, 'builtin');
    for (const extra of options.extraNoteTypes ?? []) this.noteTypes.add(extra.schema, extra.origin);
    this.defaultNoteType = options.defaultNoteType ?? DEFAULT_NOTE_TYPE;
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
      findings = checkNote(state.parsed, type, { types: this.noteTypes, registry: this.registry, locale: request.locale });
      state.results.set(key, findings);
    }
    return findings;
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    this.documents.delete(uri);
  }

  private state(document: NoteDocument): DocumentState {
    const existing = this.documents.get(document.uri);
    if (existing && existing.version === document.version) return existing;
    const text = document.getText();
    if (existing && existing.text === text) {
      existing.version = document.version;
      return existing;
    }
    const parser = existing?.parser ?? new NoteParser();
    const state: DocumentState = { parser, version: document.version, text, parsed: parser.parse(text), results: new Map() };
    this.documents.set(document.uri, state);
    return state;
  }
}

export function createLanguageService(options?: LanguageServiceOptions): NotaLanguageService {
  return new NotaLanguageService(options);
}
