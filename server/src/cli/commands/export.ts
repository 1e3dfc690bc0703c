/**
 * `nota export`: notes as Word (.docx) or PDF documents in house style, each
 * beside its note unless -o says where. A note with errors is not exported
 * (its errors are listed and the exit status is 1) unless --force, which
 * marks every page CONCEPT.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../core/findings/messages';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/page/exportNote';
import { loadWriters } from '../../node/exportWriters';
import type { NoteWriters } from '../../export/index';
import { LANG_OPTION, UsageError, localeOption, parseCommandLine } from '../args';
import { decodeText } from '../checkFiles';
import { collectFiles, describeFsError, type Target } from '../collectFiles';
import { findingLine } from '../format';
import { WorkspaceServices } from '../workspaceServices';
import { localeFromEnvironment, reportError, type CliCommand } from './command';

const OPTIONS = {
  to: { type: 'string', short: 't', choices: EXPORT_FORMATS },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  lang: LANG_OPTION,
} as const;

type Outcome = 'written' | 'refused' | 'failed' | 'skipped';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: ['nota export --to docx|pdf [-o <file|folder>] [--force] [--lang nl|en] <note|folder|glob>...'],
  async run(args) {
    const { options, positionals } = parseCommandLine('export', args, OPTIONS);
    if (!options.to) throw new UsageError('export needs --to docx or --to pdf');
    if (positionals.length === 0) throw new UsageError('export needs at least one note, folder or glob');
    const format = options.to as ExportFormat;
    const locale = localeOption(options.lang) ?? localeFromEnvironment();
    const { targets, errors } = await collectFiles(positionals);
    for (const message of errors) reportError(message);
    let destination;
    try {
      destination = await destinationOf(options.output, targets.length);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      reportError(error instanceof Error ? error.message : String(error));
      return 2;
    }

    const services = new WorkspaceServices();
    let writers: NoteWriters | undefined;
    const outcomes: Outcome[] = [];
    for (const target of targets) {
      outcomes.push(await exportOne(target, { format, locale, force: options.force, destination, services, writers: () => (writers ??= loadWriters()) }));
    }
    const written = outcomes.filter((o) => o === 'written').length;
    process.stdout.write(`${summary(written, format, locale)}\n`);
    if (errors.length || outcomes.includes('failed')) return 2;
    return outcomes.includes('refused') ? 1 : 0;
  },
};

interface ExportContext {
  format: ExportFormat;
  locale: Locale;
  force: boolean;
  destination: (source: string, format: ExportFormat) => string;
  services: WorkspaceServices;
  writers: () => NoteWriters;
}

async function exportOne(target: Target, context: ExportContext): Promise<Outcome> {
  let text: string;
  try {
    text = decodeText(await fs.readFile(target.path));
  } catch (error) {
    reportError(`cannot read '${target.path}': ${describeFsError(error)}`);
    return 'failed';
  }
  const service = await context.services.forFile(target.path);
  const document = { uri: target.path, version: 1, getText: () => text };
  const prepared = service.prepareExport(document, { locale: context.locale, force: context.force, treatAsNote: target.explicit });
  service.close(target.path);
  switch (prepared.kind) {
    case 'not-a-note':
      return 'skipped';
    case 'too-large':
      reportError(`'${target.path}' is ${(prepared.size / 1e6).toFixed(1)} MB; notes over ${prepared.limit / 1e6} MB are not exported`);
      return 'failed';
    case 'refused':
      for (const finding of prepared.errors) process.stdout.write(`${findingLine(target.path, finding)}\n`);
      reportError(`'${target.path}' has ${prepared.errors.length} error(s) and was not exported; fix them, or use --force to export it marked CONCEPT`);
      return 'refused';
    case 'page':
      break;
  }
  const output = context.destination(target.path, context.format);
  if (path.resolve(output) === path.resolve(target.path)) {
    reportError(`will not write '${output}' over the note itself`);
    return 'failed';
  }
  let bytes: Uint8Array;
  try {
    const writers = context.writers();
    bytes = context.format === 'docx' ? await writers.docx(prepared.page) : await writers.pdf(prepared.page);
  } catch (error) {
    reportError(`could not export '${target.path}': ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
  try {
    await writeWhole(output, bytes);
  } catch (error) {
    reportError(`cannot write '${output}': ${describeFsError(error)}`);
    return 'failed';
  }
  const concept = prepared.page.concept ? ' (CONCEPT)' : '';
  process.stdout.write(`${target.path} → ${output}${concept}\n`);
  return 'written';
}

/**
 * Where each export goes: beside its note with the format's extension; into
 * the folder -o names (an existing folder, or one ending in a slash); or,
 * for a single note, to the file -o names.
 */
async function destinationOf(output: string | undefined, count: number): Promise<(source: string, format: ExportFormat) => string> {
  const beside = (source: string, format: ExportFormat) => `${source.replace(/\.(md|markdown|txt)$/i, '')}.${format}`;
  if (output === undefined) return beside;
  const isFolder = /[\\/]$/.test(output) || (await fs.stat(output).then((s) => s.isDirectory(), () => false));
  if (!isFolder && count > 1) throw new UsageError(`with several notes, -o must be a folder (end it with '/' to create one): '${output}'`);
  if (!isFolder) return () => output;
  try {
    await fs.mkdir(output, { recursive: true });
  } catch (error) {
    throw new Error(`cannot create the folder '${output}': ${describeFsError(error)}`);
  }
  return (source, format) => path.join(output, path.basename(beside(source, format)));
}

/** Writes the file whole or not at all: a reader never sees half a document, and a failed write leaves nothing behind. */
async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

function summary(written: number, format: ExportFormat, locale: Locale): string {
  const kind = format === 'docx' ? 'Word' : 'PDF';
  if (locale === 'en') return `${written} ${written === 1 ? 'note' : 'notes'} exported to ${kind}`;
  return `${written} ${written === 1 ? 'nota' : "nota's"} geëxporteerd naar ${kind}`;
}
