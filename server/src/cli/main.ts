/**
 * `nota`: the command-line adapter. Each subcommand lives in commands/; this
 * file only dispatches and turns usage errors into exit status 2.
 */
import { UsageError } from './args';
import type { CliCommand } from './commands/command';
import { checkCommand } from './commands/check';
import { renderCommand } from './commands/render';
import { newCommand } from './commands/new';
import { lspCommand } from './commands/lsp';
import { exportCommand } from './commands/export';

declare const NOTA_VERSION: string;

const COMMANDS: readonly CliCommand[] = [checkCommand, exportCommand, renderCommand, newCommand, lspCommand];

export const USAGE = `Usage:
${COMMANDS.flatMap((c) => c.usage).map((line) => `  ${line}`).join('\n')}
  nota --help | --version

Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${typeof NOTA_VERSION === 'string' ? NOTA_VERSION : 'dev'}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command.run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nota: ${error.message}\n${USAGE}\n`);
    return 2;
  }
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
