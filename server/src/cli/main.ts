/**
 * `nota`: the command-line adapter. Each subcommand lives in commands/; this
 * file only dispatches and turns usage errors into exit status 2. Commands
 * are loaded when they run: one command's libraries (the checker's schemas,
 * the language server) are not set up for another.
 */
import { UsageError } from './args';
import type { CliCommand } from './commands/command';
import { exitWith } from './exitWith';

declare const NOTA_VERSION: string;

const COMMANDS: readonly [string, () => Promise<CliCommand>][] = [
  ['check', async () => (await import('./commands/check')).checkCommand],
  ['import', async () => (await import('./commands/import')).importCommand],
  ['export', async () => (await import('./commands/export')).exportCommand],
  ['render', async () => (await import('./commands/render')).renderCommand],
  ['new', async () => (await import('./commands/new')).newCommand],
  ['lsp', async () => (await import('./commands/lsp')).lspCommand],
];

export async function usage(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map(([, load]) => load()));
  return `Usage:
${commands.flatMap((c) => c.usage).map((line) => `  ${line}`).join('\n')}
  nota --help | --version

Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${typeof NOTA_VERSION === 'string' ? NOTA_VERSION : 'dev'}\n`);
    return 0;
  }
  const load = COMMANDS.find(([command]) => command === name)?.[1];
  try {
    if (!load) throw new UsageError(`unknown command '${name}'`);
    return await (await load()).run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nota: ${error.message}\n${await usage()}\n`);
    return 2;
  }
}

exitWith(main(process.argv.slice(2)));
