/**
 * `nota`: the command-line adapter. `nota check` prints findings for CI and
 * batch work; `nota lsp --stdio` runs the language server for any editor.
 */
import { createLanguageService } from '../core/languageService';
import { toLocale, type Locale } from '../core/findings/messages';
import { parseArgs, UsageError, USAGE } from './args';
import { promises as fs } from 'node:fs';
import { collectFiles, describeFsError } from './collectFiles';
import { decodeText } from './checkFiles';
import { checkTargets } from './checkParallel';
import { formatJson, formatText } from './format';

declare const NOTA_VERSION: string;

export async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`nota: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${typeof NOTA_VERSION === 'string' ? NOTA_VERSION : 'dev'}\n`);
      return 0;
    case 'lsp': {
      // Loaded only here: `nota check` need not pay for setting up the server.
      // vscode-languageserver reads the transport (--stdio, --node-ipc, --socket) from process.argv.
      const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([import('vscode-languageserver/node'), import('../server')]);
      startServer(createConnection(ProposedFeatures.all));
      return -1;
    }
    case 'new': {
      const service = createLanguageService();
      const text = service.newNote(command.type, { format: 'text' });
      if (text === null) {
        process.stderr.write(`nota: unknown note type '${command.type}'; known: ${service.noteTypes.all().map((t) => t.name).join(', ')}\n`);
        return 2;
      }
      process.stdout.write(text);
      return 0;
    }
    case 'render':
      return runRender(command.file, command.output, command.locale ?? localeFromEnvironment());
    case 'check':
      return runCheck(command.paths, command.format, command.locale ?? localeFromEnvironment());
  }
}

async function runCheck(paths: string[], format: 'text' | 'json', locale: Locale): Promise<number> {
  const { targets, errors } = await collectFiles(paths);
  // Each note is checked with the configuration (.nota/) of the workspace it lies in, on every core.
  const { results, errors: readErrors } = await checkTargets(targets, locale);
  errors.push(...readErrors);
  for (const message of errors) process.stderr.write(`nota: ${message}\n`);
  process.stdout.write(format === 'json' ? formatJson(results) : formatText(results, locale));
  if (errors.length) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function runRender(file: string, output: string | undefined, locale: Locale): Promise<number> {
  let text: string;
  try {
    text = decodeText(await fs.readFile(file));
  } catch (error) {
    process.stderr.write(`nota: cannot read '${file}': ${describeFsError(error)}\n`);
    return 2;
  }
  const page = createLanguageService().renderStandalone({ uri: file, version: 1, getText: () => text }, { locale, force: true });
  if (page === null) {
    process.stderr.write(`nota: '${file}' could not be rendered as a note\n`);
    return 2;
  }
  if (!output) {
    process.stdout.write(page);
    return 0;
  }
  try {
    await fs.writeFile(output, page);
  } catch (error) {
    process.stderr.write(`nota: cannot write '${output}': ${describeFsError(error)}\n`);
    return 2;
  }
  return 0;
}

function localeFromEnvironment(): Locale {
  const env = process.env;
  return toLocale(env.NOTA_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nota: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
