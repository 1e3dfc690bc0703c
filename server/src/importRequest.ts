/**
 * The language server's import request (`nota/import`): the editor sends a
 * file's bytes, the server answers with the note as Markdown and the report
 * in the user's language. The import engine is loaded on the first request
 * only, so starting the server does not pay for it; a build without one (the
 * Web Worker of VS Code for the Web) answers that it cannot import. The editor writes the
 * note and opens it; the server checks it like any other.
 */
import type { Connection } from 'vscode-languageserver';
import type { Locale } from './core/findings/messages';
import type { NotaLanguageService } from './core/languageService';
import { importMessage } from './core/import/importMessages';
import { sectionTitlesOf } from './core/import/sectionTitles';
import { fromBase64 } from './core/text/base64';
import type * as EngineModule from './import/engine';

export type ImportEngine = typeof EngineModule;

export const IMPORT_REQUEST = 'nota/import';

export interface ImportParams {
  /** The file's name, for its extension. */
  name: string;
  /** The file's bytes, base64. */
  data: string;
}

export type ImportAnswer =
  | { ok: true; markdown: string; type: string; report: string[]; unplaced: string[] }
  | { ok: false; message: string };

export function registerImport(connection: Connection, service: NotaLanguageService, locale: () => Locale, loadEngine: (() => ImportEngine) | undefined): void {
  let engine: ImportEngine | undefined;
  connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportAnswer> => {
    const language = locale();
    if (!loadEngine) return { ok: false, message: importMessage(language, 'unsupported-build', {}) };
    try {
      // Loaded at the first import: the engine is a bundle of its own.
      engine ??= loadEngine();
      const importer = engine.createImporter({ sectionTitles: sectionTitlesOf(service.noteTypes.all()) });
      const result = await importer.importBytes(params.name, fromBase64(params.data));
      return { ok: true, markdown: result.markdown, type: result.frontmatter.type, report: engine.reportLines(result.report, language), unplaced: result.report.unplaced };
    } catch (error) {
      if (engine && error instanceof engine.ImportError) return { ok: false, message: engine.importMessage(language, error.id, error.args) };
      connection.console.error(`Nota could not import ${params.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
}
