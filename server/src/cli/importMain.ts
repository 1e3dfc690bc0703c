/**
 * `nota import` on its own. dist/cli.js starts this bundle (dist/import-cli-main.js)
 * for an import instead of the whole CLI, so an import sets up neither the
 * checker nor the language server (`--check` loads the checker when asked):
 * importing a .docx is meant to be as quick as pandoc.
 */
import * as engine from '../import/engine';
import { UsageError } from './args';
import { importCommand, runImport } from './commands/import';
import { exitWith } from './exitWith';

async function main(args: readonly string[]): Promise<number> {
  try {
    return await runImport(args, () => engine);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nota: ${error.message}\nUsage:\n${importCommand.usage.map((line) => `  ${line}`).join('\n')}\n  nota --help   (every command)\n`);
    return 2;
  }
}

exitWith(main(process.argv.slice(3)));
