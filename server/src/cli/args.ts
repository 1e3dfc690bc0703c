/** Command-line arguments of `nota`, parsed without surprises: unknown flags are usage errors. */
import type { Locale } from '../core/findings/messages';

export type Command =
  | { kind: 'check'; format: 'text' | 'json'; locale: Locale | undefined; paths: string[] }
  | { kind: 'lsp' }
  | { kind: 'new'; type: string | undefined }
  | { kind: 'render'; file: string; output: string | undefined; locale: Locale | undefined }
  | { kind: 'help' }
  | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  nota check [--format text|json] [--lang nl|en] <file|folder|glob>...
  nota render [--lang nl|en] <note> [-o out.html]   write the note as a standalone HTML page
  nota new [type]             print a new note (default: beslisnota) to standard output
  nota lsp --stdio            run the language server over stdin/stdout
  nota --help | --version

Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command === 'lsp') return { kind: 'lsp' };
  if (command === 'new') {
    if (rest.length > 1 || rest[0]?.startsWith('-')) throw new UsageError('new takes at most one note type');
    return { kind: 'new', type: rest[0] };
  }
  if (command === 'render') return parseRender(rest);
  if (command !== 'check') throw new UsageError(`unknown command '${command}'`);

  let format: 'text' | 'json' = 'text';
  let locale: Locale | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--format' || flag === '-f') {
      const chosen = value();
      if (chosen !== 'text' && chosen !== 'json') throw new UsageError(`--format must be text or json, not '${chosen}'`);
      format = chosen;
    } else if (flag === '--lang') {
      const chosen = value();
      if (chosen !== 'nl' && chosen !== 'en') throw new UsageError(`--lang must be nl or en, not '${chosen}'`);
      locale = chosen;
    } else if (flag === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option '${flag}'`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('check needs at least one file, folder or glob');
  return { kind: 'check', format, locale, paths };
}

function parseRender(rest: readonly string[]): Command {
  let output: string | undefined;
  let locale: Locale | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--output') {
      output = rest[++i];
      if (output === undefined) throw new UsageError(`${arg} needs a file name`);
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const chosen = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (chosen !== 'nl' && chosen !== 'en') throw new UsageError(`--lang must be nl or en, not '${chosen ?? ''}'`);
      locale = chosen;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError('render takes exactly one note');
  return { kind: 'render', file: files[0] as string, output, locale };
}
