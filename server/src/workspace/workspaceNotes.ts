/**
 * The notes of the workspace as the language server publishes them: one
 * record per note, from its open document (live, with its version) or else
 * from its file on disk. It keeps the core's workspace index in step with the
 * records, and republishes the notes a change affects through checks across
 * notes (two notes that share a reference). Reading files is the scanner's
 * job (workspaceScan.ts); this holds what was found.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NotaLanguageService, NoteDocument } from '../core/languageService';
import { compareFindings, createFinding, type Finding } from '../core/findings/finding';
import { toDiagnostic } from '../core/findings/toDiagnostic';
import { whileWriting } from '../core/check/placeholders';
import type { Locale } from '../core/findings/messages';
import { crossNoteFindings } from '../core/workspace/crossNoteChecks';
import type { NoteSummary } from '../core/workspace/noteSummary';
import type { IndexedNote } from '../core/workspace/noteIndex';
import { isNotaFileName, typeLineIn } from '../core/check/noteType';
import type { NoteListEntry } from '../protocol';
import { baseName, relativePath, uriKey } from './uris';

export interface NotesHost {
  readonly service: NotaLanguageService;
  locale(): Locale;
  maxLiveSize(): number;
  /** Sends a note's diagnostics; `version` for an open document. */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** The notes (or their findings) changed: the notes view should ask again. Called at most every NOTIFY_DELAY_MS. */
  notesChanged(): void;
  error(message: string, error: unknown): void;
}

interface NoteRecord {
  uri: string;
  /** The note's own findings; null for a document that is not a note. */
  findings: Finding[] | null;
  /** Open in the editor: live results, published with the document's version. */
  version?: number;
}

/** The notes view is told of changes at most this often (a scan changes thousands of notes). */
const NOTIFY_DELAY_MS = 500;

export class WorkspaceNotes {
  private readonly records = new Map<string, NoteRecord>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  /** What was last sent per note, so an unchanged file is not published again. */
  private readonly published = new Map<string, string>();
  private folders: string[] = [];

  constructor(private readonly host: NotesHost) {}

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  /** Where a file lies: its workspace folder and path there, if it is in one. */
  placeOf(uri: string): { folder: string; path: string } | undefined {
    for (const folder of this.folders) {
      const path = relativePath(folder, uri);
      if (path !== undefined) return { folder, path };
    }
    return undefined;
  }

  /** Tells the notes view, soon, that the notes changed. */
  changed(): void {
    if (this.notifyTimer !== undefined) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.host.notesChanged();
    }, NOTIFY_DELAY_MS);
  }

  dispose(): void {
    if (this.notifyTimer !== undefined) clearTimeout(this.notifyTimer);
  }

  /**
   * The editor closed the document: until its file is read again, its last
   * findings stay. The file's findings are then sent even if they are the
   * same: some editors drop a closed buffer's diagnostics.
   */
  markClosed(uri: string): void {
    const key = uriKey(uri);
    const record = this.records.get(key);
    if (record) record.version = undefined;
    this.published.set(key, 'closed');
    this.host.service.close(uri);
  }

  isOpen(uri: string): boolean {
    return this.records.get(uriKey(uri))?.version !== undefined;
  }

  /** Checks an open document and publishes it with the notes it affects. */
  checkOpen(document: NoteDocument): void {
    const analysis = this.analyze(document, true);
    if (analysis === undefined) return;
    this.record({ uri: document.uri, findings: analysis?.findings ?? null, version: document.version }, analysis?.summary ?? null);
  }

  /** Records a file read from disk (not open) and publishes it with the notes it affects; null text: the file is gone. */
  checkFile(uri: string, text: string | null): void {
    if (this.isOpen(uri)) return;
    if (text === null) {
      this.forget(uri);
      return;
    }
    const document = { uri, version: 0, getText: () => text };
    const analysis = this.analyze(document, false);
    // Only open documents keep their parse: a workspace of thousands of notes keeps findings, not texts.
    this.host.service.close(uri);
    if (analysis === undefined) return;
    if (analysis === null) this.forget(uri);
    else this.record({ uri, findings: analysis.findings }, analysis.summary);
  }

  /** Drops a note (closed outside the workspace, deleted, or no longer scanned); clears what was published for it. */
  forget(uri: string, options: { always?: boolean } = {}): void {
    const key = uriKey(uri);
    const record = this.records.get(key);
    this.records.delete(key);
    const affected = this.host.service.workspace.delete(record?.uri ?? uri);
    if (options.always || (this.published.get(key) ?? '[]') !== '[]') this.host.publish(record?.uri ?? uri, []);
    this.published.delete(key);
    this.publishAll(affected);
    this.changed();
  }

  /** Notes read from disk (not open), for a scan to drop those it no longer finds. */
  fileNotes(): string[] {
    return [...this.records.values()].filter((r) => r.version === undefined).map((r) => r.uri);
  }

  /** Open documents' records are kept by their owner; this re-checks them after a configuration change. */
  recheckOpen(documents: readonly NoteDocument[]): void {
    for (const document of documents) this.checkOpen(document);
  }

  /** The notes for the notes view (or the one with this uri): every note of the workspace, its findings across notes counted in. */
  list(uri?: string): NoteListEntry[] {
    const index = this.host.service.workspace;
    const notes = uri === undefined ? index.all() : [index.get(this.records.get(uriKey(uri))?.uri ?? uri)].filter((note) => note !== undefined);
    return notes.map((note) => this.entryOf(note, crossNoteFindings(note.uri, index, this.host.locale()).length));
  }

  /** An open note outside the workspace folders, described as the view would (for the status bar); null when it is no note. */
  describeOpen(document: NoteDocument): NoteListEntry | null {
    const summary = this.host.service.summarize(document, { locale: this.host.locale() });
    return summary ? this.entryOf({ ...summary, name: baseName(document.uri) }, 0) : null;
  }

  private entryOf(note: IndexedNote, errorsAcross: number): NoteListEntry {
    const entry: NoteListEntry = {
      uri: note.uri, name: note.name, type: note.type, typeTitle: note.typeTitle,
      errors: note.counts.errors + errorsAcross, warnings: note.counts.warnings, information: note.counts.information,
      open: this.isOpen(note.uri),
    };
    if (note.subject !== undefined) entry.subject = note.subject;
    if (note.date !== undefined) entry.date = note.date;
    if (note.dateIso !== undefined) entry.dateIso = note.dateIso;
    if (note.reference) entry.reference = note.reference.value;
    return entry;
  }

  /**
   * Findings and summary of a document; null when it is not a note, undefined
   * when the check failed (logged: a bug in a check must not take the server
   * down with the author's unsaved work open).
   */
  private analyze(document: NoteDocument, live: boolean): { findings: Finding[]; summary: NoteSummary | null } | null | undefined {
    const locale = this.host.locale();
    try {
      const limit = this.host.maxLiveSize();
      if (document.getText().length > limit) {
        if (!live || !looksLikeNote(document)) return null;
        const start = { line: 0, character: 0 };
        return { findings: [createFinding(locale, { code: 'note-too-large', messageId: 'note-too-large', args: { limit }, range: { start, end: start } })], summary: null };
      }
      const checked = this.host.service.check(document, { locale });
      if (!checked) return null;
      // In the editor, Nota's untouched placeholders (a new note's, a fix's) are a to-do list,
      // not errors; `nota check` and export keep the contract's severities.
      const findings = whileWriting(checked);
      return { findings, summary: this.host.service.summarize(document, { locale }) };
    } catch (error) {
      this.host.error(`Nota could not check ${document.uri}`, error);
      return undefined;
    }
  }

  private record(record: NoteRecord, summary: NoteSummary | null): void {
    const key = uriKey(record.uri);
    const before = this.records.get(key);
    this.records.set(key, record);
    const index = this.host.service.workspace;
    // One file, one entry: an open document may spell the file's URI differently from the listing.
    const affected = before && before.uri !== record.uri ? index.delete(before.uri) : [];
    // Only notes in the workspace folders are compared with each other and listed.
    const place = this.placeOf(record.uri);
    if (summary && place) affected.push(...index.set({ ...summary, uri: record.uri, name: this.nameIn(place) }));
    else affected.push(...index.delete(record.uri));
    this.publish(key);
    this.publishAll(affected);
    this.changed();
  }

  private nameIn(place: { folder: string; path: string }): string {
    return this.folders.length > 1 ? `${baseName(place.folder)}/${place.path}` : place.path;
  }

  private publishAll(uris: readonly string[]): void {
    for (const uri of uris) this.publish(uriKey(uri));
  }

  private publish(key: string): void {
    const record = this.records.get(key);
    if (!record) return;
    const open = record.version !== undefined;
    let diagnostics: Diagnostic[] = [];
    if (record.findings) {
      const across = crossNoteFindings(record.uri, this.host.service.workspace, this.host.locale());
      diagnostics = (across.length ? [...record.findings, ...across].sort(compareFindings) : record.findings).map(toDiagnostic);
    }
    // A file is published when what it shows changed; an open document also when its version
    // moved, but not again for the same version with the same findings (a configuration
    // reload): changed markers make VS Code drop a quick-fix request that is under way.
    const signature = open ? JSON.stringify([record.version, diagnostics]) : JSON.stringify(diagnostics);
    if ((this.published.get(key) ?? '[]') === signature) return;
    this.published.set(key, signature);
    this.host.publish(record.uri, diagnostics, record.version);
  }
}

/** A cheap guess for notes too large to parse live: a `.nota.md` name or a `type:` line near the top. */
function looksLikeNote(document: NoteDocument): boolean {
  return isNotaFileName(document.uri) || typeLineIn(document.getText().slice(0, 4096)) !== undefined;
}
