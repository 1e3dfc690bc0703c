/**
 * Reads the workspace's notes through the file access and hands them to the
 * records (workspaceNotes.ts): a whole scan at start and after a change of
 * configuration or settings, single files when they change on disk, and a
 * note's file again when its editor closes. One operation at a time, in
 * order, so a slow read can never overwrite a newer one; a newer scan makes
 * an older one stop at its next batch.
 */
import type { ReadFileResult } from '../protocol';
import { isMarkdownFile, isScannedPath, isSkippedName } from '../core/workspace/scanRules';
import type { WorkspaceFileAccess } from './fileAccess';
import type { WorkspaceNotes } from './workspaceNotes';
import { relativePath, uriKey } from './uris';

/** Files read and checked at a time; their findings are published together. */
const BATCH = 100;
/** A scan of this many files or more shows progress in the editor. */
const PROGRESS_FROM = 50;
/** Changes on disk are gathered this long, so a git checkout is handled as one batch. */
const CHANGE_DELAY_MS = 50;
/** New paths that may be folders, searched one by one; beyond this, one search of the whole workspace. */
const SEARCHED_ONE_BY_ONE = 10;

export interface ScanProgress {
  report(done: number): void;
  done(): void;
}

export interface ScanHost {
  /** Undefined when no files can be reached (no folder, or no way to read it). */
  access(): WorkspaceFileAccess | undefined;
  folders(): readonly string[];
  /** nota.validate.workspace */
  enabled(): boolean;
  maxBytes(): number;
  progress(total: number): Promise<ScanProgress>;
  log(message: string): void;
}

export interface FileChange {
  uri: string;
  deleted: boolean;
}

export class WorkspaceScanner {
  private queue: Promise<void> = Promise.resolve();
  private generation = 0;
  private scans = 0;
  private readonly pending = new Map<string, FileChange>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly notes: WorkspaceNotes, private readonly host: ScanHost) {}

  /** Whether a scan is under way (the notes view says the list is not complete yet). */
  get scanning(): boolean {
    return this.scans > 0;
  }

  /** Reads every note of every folder again; resolves when done (or superseded by a newer scan). */
  scan(): Promise<void> {
    const generation = ++this.generation;
    return this.enqueue(() => this.runScan(generation));
  }

  /** Files changed on disk (reported by the client's watchers). */
  filesChanged(changes: readonly FileChange[]): void {
    for (const change of changes) this.pending.set(uriKey(change.uri), change);
    if (this.changeTimer !== undefined) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const batch = [...this.pending.values()];
      this.pending.clear();
      void this.enqueue(() => this.applyChanges(batch));
    }, CHANGE_DELAY_MS);
  }

  /** A note's editor closed: its findings go back to those of its file, or away when it is no file the scan takes. */
  closed(uri: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.notes.isOpen(uri)) return; // opened again meanwhile
      const access = this.active();
      const place = this.notes.placeOf(uri);
      if (!access || !place || !isScannedPath(place.path)) {
        this.notes.forget(uri, { always: true });
        return;
      }
      const [file] = await access.readFiles([uri], this.host.maxBytes());
      if (file) this.apply(file);
    });
  }

  dispose(): void {
    if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
    this.generation++;
  }

  private active(): WorkspaceFileAccess | undefined {
    return this.host.enabled() ? this.host.access() : undefined;
  }

  private async runScan(generation: number): Promise<void> {
    const access = this.active();
    if (!access) {
      for (const uri of this.notes.fileNotes()) this.notes.forget(uri);
      return;
    }
    this.scans++;
    try {
      const listed: string[] = [];
      for (const folder of this.host.folders()) listed.push(...(await access.findMarkdownFiles(folder)));
      if (generation !== this.generation) return;
      const found = new Set(listed.map(uriKey));
      for (const uri of this.notes.fileNotes()) if (!found.has(uriKey(uri))) this.notes.forget(uri);
      // The next batch is being read while this one is checked.
      const read = (start: number) => settle(access.readFiles(listed.slice(start, start + BATCH).filter((uri) => !this.notes.isOpen(uri)), this.host.maxBytes()));
      let next = read(0);
      const progress = listed.length >= PROGRESS_FROM ? await this.host.progress(listed.length) : undefined;
      try {
        for (let start = 0; start < listed.length; start += BATCH) {
          const files = await next;
          if (generation !== this.generation) return;
          if (start + BATCH < listed.length) next = read(start + BATCH);
          if ('error' in files) throw files.error;
          for (const file of files.value) this.apply(file);
          progress?.report(Math.min(listed.length, start + BATCH));
        }
        this.host.log(`checked ${listed.length} Markdown file(s) of the workspace (files from the ${access.kind})`);
      } finally {
        progress?.done();
      }
    } finally {
      this.scans--;
      this.notes.changed();
    }
  }

  private async applyChanges(changes: readonly FileChange[]): Promise<void> {
    const access = this.active();
    if (!access) return;
    const toRead: string[] = [];
    const created: string[] = [];
    for (const change of changes) {
      const place = this.notes.placeOf(change.uri);
      if (!place) continue;
      if (!change.deleted) {
        if (isScannedPath(place.path)) toRead.push(change.uri);
        // Perhaps a folder, whose notes an editor may not report one by one (a name with an
        // extension, such as an exported .docx, is taken for a file and not searched).
        else if (!/\.[A-Za-z0-9]{1,5}$/.test(place.path) && !place.path.split('/').some(isSkippedName)) created.push(change.uri);
      } else if (isMarkdownFile(place.path)) {
        this.notes.checkFile(change.uri, null);
      } else {
        // A folder went (a checkout, a move): the notes that were in it go too.
        for (const uri of this.notes.fileNotes()) if (relativePath(change.uri, uri) !== undefined) this.notes.checkFile(uri, null);
      }
    }
    toRead.push(...(await this.newFilesIn(access, created)));
    for (let start = 0; start < toRead.length; start += BATCH) {
      for (const file of await access.readFiles(toRead.slice(start, start + BATCH), this.host.maxBytes())) this.apply(file);
    }
  }

  /** The Markdown files in new paths that are folders; many new paths: the files the workspace has that are not known yet. */
  private async newFilesIn(access: WorkspaceFileAccess, created: readonly string[]): Promise<string[]> {
    if (created.length === 0) return [];
    if (created.length <= SEARCHED_ONE_BY_ONE) return (await Promise.all(created.map((uri) => access.findMarkdownFiles(uri)))).flat();
    const known = new Set(this.notes.fileNotes().map(uriKey));
    const listed: string[] = [];
    for (const folder of this.host.folders()) listed.push(...(await access.findMarkdownFiles(folder)));
    return listed.filter((uri) => !known.has(uriKey(uri)) && !this.notes.isOpen(uri));
  }

  private apply(file: ReadFileResult): void {
    if ('text' in file) {
      this.notes.checkFile(file.uri, file.text);
    } else if (file.problem === 'not-found') {
      this.notes.checkFile(file.uri, null);
    } else {
      // Too large to check as a whole, or unreadable: no findings (nota check still checks large files).
      this.host.log(`${file.uri} is not checked: ${file.problem}${file.detail ? ` (${file.detail})` : ''}`);
      this.notes.checkFile(file.uri, null);
    }
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.queue.then(operation).catch((error: unknown) => this.host.log(`workspace scan failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    this.queue = next;
    return next;
  }
}

/** A promise that never rejects (one read ahead may be dropped unawaited when a scan is superseded). */
function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}
