/**
 * `nota`: the command-line adapter. `nota check` prints findings for CI and
 * batch work; `nota lsp --stdio` runs the language server for any editor.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import path from 'node:path';
import { createLanguageService, type NotaLanguageService } from '../core/languageService';
import { createFinding } from '../core/findings/finding';
import { readWorkspaceConfig } from '../core/workspace/workspaceConfig';
import { findWorkspaceRoot, readWorkspaceFiles } from '../node/workspaceFiles';
import { toLocale, type Locale } from '../core/findings/messages';
import { startServer } from '../server';
import { parseArgs, UsageError, USAGE } from './args';
import { promises as fs } from 'node:fs';
import { collectFiles, describeFsError } from './collectFiles';
import { checkTarget, decodeText, type FileResult } from './checkFiles';
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
    case 'lsp':
      // vscode-languageserver reads the transport (--stdio, --node-ipc, --socket) from process.argv.
      startServer(createConnection(ProposedFeatures.all));
      return -1;
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
  const results: FileResult[] = [];
  const services = new Map<string, NotaLanguageService>();
  for (const target of targets) {
    // Each note is checked with the configuration (.nota/) of the workspace it lies in.
    const root = (await findWorkspaceRoot(path.dirname(path.resolve(target.path)))) ?? '';
    let service = services.get(root);
    if (!service) {
      service = createLanguageService();
      if (root) results.push(...(await configureFromDisk(service, root, locale)));
      services.set(root, service);
    }
    const outcome = await checkTarget(service, target, locale);
    if (outcome.kind === 'note') results.push(outcome.result);
    else if (outcome.kind === 'error') errors.push(outcome.message);
  }
  for (const message of errors) process.stderr.write(`nota: ${message}\n`);
  process.stdout.write(format === 'json' ? formatJson(results) : formatText(results, locale));
  if (errors.length) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Applies a workspace's .nota/ configuration; its problems are reported as findings on the files that have them. */
async function configureFromDisk(service: NotaLanguageService, root: string, locale: Locale): Promise<FileResult[]> {
  const read = await readWorkspaceFiles(root);
  const config = readWorkspaceConfig(read.files);
  config.problems.unshift(...read.problems);
  const byFile = new Map<string, FileResult>();
  for (const problem of service.configure(config)) {
    const file = path.relative(process.cwd(), problem.path) || problem.path;
    const entry = byFile.get(file) ?? { file, findings: [], config: true };
    entry.findings.push(createFinding(locale, { code: 'config-invalid', messageId: 'config-invalid', args: { detail: problem.message }, range: problem.range }));
    byFile.set(file, entry);
  }
  return [...byFile.values()];
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
