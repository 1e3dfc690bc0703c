/** `nota render`: the note as a standalone HTML page in house style. */
import { promises as fs } from 'node:fs';
import { createLanguageService } from '../../core/languageService';
import { LANG_OPTION, UsageError, localeOption, parseCommandLine } from '../args';
import { describeFsError } from '../collectFiles';
import { decodeText } from '../checkFiles';
import { localeFromEnvironment, reportError, type CliCommand } from './command';

const OPTIONS = { output: { type: 'string', short: 'o' }, lang: LANG_OPTION } as const;

export const renderCommand: CliCommand = {
  name: 'render',
  usage: ['nota render [--lang nl|en] <note> [-o out.html]   write the note as a standalone HTML page'],
  async run(args) {
    const { options, positionals } = parseCommandLine('render', args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError('render takes exactly one note');
    const file = positionals[0] as string;
    const locale = localeOption(options.lang) ?? localeFromEnvironment();
    let text: string;
    try {
      text = decodeText(await fs.readFile(file));
    } catch (error) {
      reportError(`cannot read '${file}': ${describeFsError(error)}`);
      return 2;
    }
    const page = createLanguageService().renderStandalone({ uri: file, version: 1, getText: () => text }, { locale, force: true });
    if (page === null) {
      reportError(`'${file}' could not be rendered as a note`);
      return 2;
    }
    if (!options.output) {
      process.stdout.write(page);
      return 0;
    }
    try {
      await fs.writeFile(options.output, page);
    } catch (error) {
      reportError(`cannot write '${options.output}': ${describeFsError(error)}`);
      return 2;
    }
    return 0;
  },
};
