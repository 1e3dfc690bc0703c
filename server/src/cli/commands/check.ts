/** `nota check`: findings for CI and batch work, as text or JSON. */
import { LANG_OPTION, UsageError, localeOption, parseCommandLine } from '../args';
import { collectFiles } from '../collectFiles';
import { checkTargets } from '../checkParallel';
import { formatJson, formatText } from '../format';
import { localeFromEnvironment, reportError, type CliCommand } from './command';

const OPTIONS = {
  format: { type: 'string', short: 'f', choices: ['text', 'json'] },
  lang: LANG_OPTION,
} as const;

export const checkCommand: CliCommand = {
  name: 'check',
  usage: ['nota check [--format text|json] [--lang nl|en] <file|folder|glob>...'],
  async run(args) {
    const { options, positionals: paths } = parseCommandLine('check', args, OPTIONS);
    if (paths.length === 0) throw new UsageError('check needs at least one file, folder or glob');
    const locale = localeOption(options.lang) ?? localeFromEnvironment();
    const { targets, errors } = await collectFiles(paths);
    // Each note is checked with the configuration (.nota/) of the workspace it lies in, on every core.
    const { results, errors: readErrors } = await checkTargets(targets, locale);
    errors.push(...readErrors);
    for (const message of errors) reportError(message);
    process.stdout.write(options.format === 'json' ? formatJson(results) : formatText(results, locale));
    if (errors.length) return 2;
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
