/**
 * The Word and PDF writers for the server in a browser worker. They are a
 * bundle of their own (dist/web/export.js, built for the browser like the
 * server), loaded at the first export: the worker has no file system, so the
 * client reads it and the fonts from the extension's files
 * (nota/fs/readExtensionFiles) and the worker evaluates it, as it runs ajv's
 * compiled schemas.
 */
import type { Connection } from 'vscode-languageserver';
import type * as WritersModule from '../export/index';
import { READ_EXTENSION_FILES_REQUEST, type ReadExtensionFilesParams } from '../protocol';
import { fromBase64 } from '../core/text/base64';

/** The bundle's name for its exports (esbuild's globalName, scripts/build.mjs). */
export const WRITERS_GLOBAL = 'notaWriters';
export const WRITERS_BUNDLE = 'dist/web/export.js';
const FONTS = 'dist/fonts';

export async function writersFromClient(connection: Connection): Promise<WritersModule.NoteWriters> {
  const read = async (paths: string[]) => (await connection.sendRequest<string[]>(READ_EXTENSION_FILES_REQUEST, { paths } satisfies ReadExtensionFilesParams)).map(fromBase64);
  const [code] = await read([WRITERS_BUNDLE]);
  if (!code) throw new Error(`the client did not send ${WRITERS_BUNDLE}`);
  // A classic script that leaves its exports in one variable: evaluated in a function that returns it.
  const module = new Function(`${new TextDecoder().decode(code)}\nreturn ${WRITERS_GLOBAL};`)() as typeof WritersModule;
  const files = module.FONT_FILES;
  const [regular, bold, italic, boldItalic] = await read([files.regular, files.bold, files.italic, files.boldItalic].map((name) => `${FONTS}/${name}`));
  if (!regular || !bold || !italic || !boldItalic) throw new Error('the client did not send the fonts');
  return module.createWriters({ regular, bold, italic, boldItalic });
}
