/**
 * Nota's own LSP messages beyond the standard ones, shared by the server and
 * the VS Code client (no dependencies, so both bundles can import it).
 *
 * Workspace files: a client that sets `initializationOptions.workspaceFiles`
 * to "client" answers the three `nota/fs/*` requests, and the server reads
 * every workspace file through it (VS Code on the desktop and in the browser).
 * Without it the server reads file: folders from disk itself (other editors).
 */

/** Server → client: files under a folder matching a glob (relative to it), as URIs. */
export const FIND_FILES_REQUEST = 'nota/fs/findFiles';
export interface FindFilesParams {
  /** The folder's URI. */
  base: string;
  include: string;
  /** Left out of the search, relative to the folder. */
  exclude?: string;
}

/** Server → client: the entries of a folder, or null when it does not exist. */
export const LIST_FOLDER_REQUEST = 'nota/fs/listFolder';
export interface ListFolderParams {
  uri: string;
}
export type FolderEntry = [name: string, kind: 'file' | 'folder' | 'other'];

/** Server → client: files as text (UTF-8, a byte order mark dropped); files above maxBytes are not read. */
export const READ_FILES_REQUEST = 'nota/fs/readFiles';
export interface ReadFilesParams {
  uris: string[];
  maxBytes: number;
}
export type FileProblem = 'not-found' | 'too-large' | 'unreadable';
export type ReadFileResult = { uri: string; text: string } | { uri: string; problem: FileProblem; detail?: string };

/**
 * Server → client: files of the extension itself, as base64 (params: { paths },
 * relative to the extension's folder, under dist/). The server in a browser
 * worker loads the Word and PDF writers (dist/web/export.js) and their fonts
 * this way, at its first export.
 */
export const READ_EXTENSION_FILES_REQUEST = 'nota/fs/readExtensionFiles';
export interface ReadExtensionFilesParams {
  paths: string[];
}

/** Client → server: the notes of the workspace, for the notes view. */
export const NOTES_REQUEST = 'nota/notes';
/** Client → server: one note's entry (params: { uri }), or null when the document is no note. */
export const NOTE_REQUEST = 'nota/note';
/** Server → client: the notes (or their findings) changed; ask again. */
export const NOTES_CHANGED_NOTIFICATION = 'nota/notesChanged';

export interface NoteListEntry {
  uri: string;
  /** Path in the workspace. */
  name: string;
  type: string;
  typeTitle: string;
  subject?: string;
  date?: string;
  dateIso?: string;
  reference?: string;
  /** Findings of the note, those across notes included. */
  errors: number;
  warnings: number;
  information: number;
  open: boolean;
}

export interface NotesResult {
  /** Whether the whole workspace is checked (nota.validate.workspace); otherwise only open notes are listed. */
  workspace: boolean;
  /** Still scanning: the list is not complete yet. */
  scanning: boolean;
  notes: NoteListEntry[];
}

export interface NotaInitializationOptions {
  settings?: unknown;
  workspaceFiles?: 'client';
  /** false for an editor whose own Markdown outline already lists a note's sections (VS Code): no second tree. */
  documentSymbols?: boolean;
}
