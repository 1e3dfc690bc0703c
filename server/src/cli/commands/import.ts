/**
 * `nota import`: existing notes (Word, PDF, extracted text) as Nota notes.
 * Each source gives `<name>.md` beside it (or in `-o <folder>`) and a report
 * of what was recognised, dropped and not placed. A source that cannot be
 * imported gets one line on standard error and nothing written; the others
 * are still imported. `--check` then checks the written notes exactly as
 * `nota check` does (their workspace's note types included).
 */
import { existsSync, mkdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../core/findings/messages';
import { builtinSectionTitles } from '../../core/import/sectionTitles';
import { importEngine, type ImportEngine } from '../../import/loadEngine';
import { LANG_OPTION, UsageError, localeOption, parseCommandLine } from '../args';
import { describeFsError } from '../collectFiles';
import { formatText } from '../format';
import { checker } from '../loadChecker';
import { localeFromEnvironment, reportError, type CliCommand } from './command';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f' },
  check: { type: 'boolean' },
  lang: LANG_OPTION,
} as const;

type Engine = ImportEngine;

export const importCommand: CliCommand = {
  name: 'import',
  usage: ['nota import [--check] [--lang nl|en] [-o folder] [--force] <file.docx|file.pdf|file.txt>...   write each as a note <name>.md'],
  run: (args) => runImport(args, importEngine),
};

/** `nota import` with the engine to use: loaded from its bundle, or carried by the bundle that runs (importMain.ts). */
export async function runImport(args: readonly string[], loadEngine: () => Engine): Promise<number> {
  const { options, positionals: sources } = parseCommandLine('import', args, OPTIONS);
  if (sources.length === 0) throw new UsageError('import needs at least one .docx, .pdf or .txt file');
  const locale = localeOption(options.lang) ?? localeFromEnvironment();
  if (options.output) {
    try {
      mkdirSync(options.output, { recursive: true });
    } catch (error) {
      reportError(`cannot create '${options.output}': ${describeFsError(error)}`);
      return 2;
    }
  }
  const engine = loadEngine();
  const importer = engine.createImporter({ sectionTitles: builtinSectionTitles() });
  const written: string[] = [];
  let failed = false;
  for (const source of sources) {
    const target = await importOne(source, { engine, importer, locale, output: options.output, force: options.force });
    if (target) written.push(target);
    else failed = true;
  }
  let errors = false;
  if (options.check && written.length) {
    const { results, errors: readErrors } = await checker().checkTargets(written.map((file) => ({ path: file, explicit: true })), locale);
    for (const message of readErrors) reportError(message);
    process.stdout.write(formatText(results.map((r) => ({ file: r.file, findings: r.findings, config: r.config })), locale));
    errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  }
  return failed ? 2 : errors ? 1 : 0;
}

interface Context {
  engine: Engine;
  importer: ReturnType<Engine['createImporter']>;
  locale: Locale;
  output: string | undefined;
  force: boolean;
}

/** Imports one source; the path written, or undefined after reporting why not. */
async function importOne(source: string, context: Context): Promise<string | undefined> {
  const { engine, locale } = context;
  const fail = (message: string): undefined => {
    reportError(`import '${source}': ${message}`);
    return undefined;
  };
  try {
    if (statSync(source).isDirectory()) return fail(locale === 'en' ? 'is a folder; name the files to import' : 'is een map; noem de bestanden die geïmporteerd moeten worden');
  } catch (error) {
    return fail(`cannot read: ${describeFsError(error)}`);
  }
  const target = path.join(context.output ?? path.dirname(source), `${path.basename(source, path.extname(source))}.md`);
  if (path.resolve(target) === path.resolve(source)) return fail(locale === 'en' ? 'is already a Markdown file' : 'is al een Markdown-bestand');
  if (!context.force && existsSync(target)) return fail(locale === 'en' ? `'${target}' exists; use --force to overwrite it` : `'${target}' bestaat al; gebruik --force om het te overschrijven`);

  let result;
  try {
    result = await context.importer.importFile(source);
  } catch (error) {
    if (error instanceof engine.ImportError) return fail(engine.importMessage(locale, error.id, error.args));
    return fail(`cannot read: ${describeFsError(error)}`);
  }
  try {
    // "wx" refuses a file that appeared meanwhile; --force overwrites.
    writeFileSync(target, result.markdown, { flag: context.force ? 'w' : 'wx' });
  } catch (error) {
    return fail(`cannot write '${target}': ${describeFsError(error)}`);
  }
  const [typeLine, ...rest] = engine.reportLines(result.report, locale);
  // Straight to the descriptor: setting up process.stdout (a socket, when it is a pipe) cost more than the import of a small note.
  writeSync(1, `${[`${source} → ${target}: ${typeLine}`, ...rest.map((line) => `  ${line}`)].join('\n')}\n`);
  return target;
}
