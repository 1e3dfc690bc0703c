/** `nota new`: a new note of a type, from its schema, on standard output. */
import { createLanguageService } from '../../core/languageService';
import { UsageError, parseCommandLine } from '../args';
import { reportError, type CliCommand } from './command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: ['nota new [type]             print a new note (default: beslisnota) to standard output'],
  async run(args) {
    const { positionals } = parseCommandLine('new', args, {});
    if (positionals.length > 1) throw new UsageError('new takes at most one note type');
    const service = createLanguageService();
    const text = service.newNote(positionals[0], { format: 'text' });
    if (text === null) {
      reportError(`unknown note type '${positionals[0]}'; known: ${service.noteTypes.all().map((t) => t.name).join(', ')}`);
      return 2;
    }
    process.stdout.write(text);
    return 0;
  },
};
