/**
 * `nota check`: findings for CI and batch work, as text, JSON or a CI
 * format (format.ts), on standard output or in a file (--output, while the
 * text report still goes to the terminal). --fix first applies the safe
 * fixes; with --dry-run it prints them as a diff and writes nothing.
 */
import { LANG_OPTION, UsageError, localeOption, parseCommandLine } from '../args';
import { collectFiles } from '../collectFiles';
import { checkTargets } from '../checkParallel';
import { FORMATS, NEEDS_TEXT, fixSummary, formatReport, formatText, type Format } from '../format';
import { fixTargets } from '../fixFiles';
import { unifiedDiff } from '../unifiedDiff';
import { folderUri, reportPath } from '../reports/paths';
import { readReportTexts, toolInfo, writeReport } from '../reportOutput';
import { localeFromEnvironment, reportError, type CliCommand } from './command';

const OPTIONS = {
  format: { type: 'string', short: 'f', choices: FORMATS },
  output: { type: 'string', short: 'o' },
  base: { type: 'string' },
  lang: LANG_OPTION,
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'notes-only': { type: 'boolean' },
} as const;

export const checkCommand: CliCommand = {
  name: 'check',
  usage: [
    `nota check [--format ${FORMATS.join('|')}] [--output <file>] [--base <folder>] [--lang nl|en]`,
    '           [--fix [--dry-run]] [--notes-only] <file|folder|glob>...',
  ],
  async run(args) {
    const started = performance.now();
    const { options, positionals: paths } = parseCommandLine('check', args, OPTIONS);
    if (paths.length === 0) throw new UsageError('check needs at least one file, folder or glob');
    if (options['dry-run'] && !options.fix) throw new UsageError('--dry-run goes with --fix');
    const format = (options.format ?? 'text') as Format;
    if (options['dry-run'] && format !== 'text') throw new UsageError('--fix --dry-run prints a diff: it takes no --format');
    const locale = localeOption(options.lang) ?? localeFromEnvironment();
    const base = options.base ?? '.';
    const { targets, errors } = await collectFiles(paths, { notesOnly: options['notes-only'] });
    // Human-readable lines go to standard output, unless a report does.
    const terminal = format === 'text' || options.output !== undefined ? process.stdout : process.stderr;

    if (options.fix) {
      const dryRun = options['dry-run'];
      const fixes = await fixTargets(targets, locale, { write: !dryRun });
      for (const message of fixes.skipped) reportError(message);
      errors.push(...fixes.errors);
      if (dryRun) {
        for (const message of errors) reportError(message);
        const diff = fixes.fixed.map((f) => unifiedDiff(reportPath(f.path, base), f.before, f.after)).join('');
        if (options.output !== undefined && !(await writeReport(options.output, diff))) return 2;
        if (options.output === undefined) process.stdout.write(diff);
        (options.output === undefined ? process.stderr : process.stdout).write(`${fixSummary(fixes.fixed.length, true, locale)}\n`);
        if (errors.length) return 2;
        return fixes.errorsRemain ? 1 : 0;
      }
      terminal.write(`${fixSummary(fixes.fixed.length, false, locale)}\n`);
    }

    // Each note is checked with the configuration (.nota/) of the workspace it lies in, on every core.
    // Findings across notes name the other note as the report names files.
    const { results, errors: readErrors } = await checkTargets(targets, locale, { nameOf: (file) => reportPath(file, base) });
    errors.push(...readErrors);
    // A file --fix could not read is not read by the check either: one message for it.
    for (const message of new Set(errors)) reportError(message);
    const texts = NEEDS_TEXT.has(format) ? readReportTexts(results.map((r) => r.file)) : new Map<string, string>();
    const entries = results.map((r) => ({ file: reportPath(r.file, base), findings: r.findings, config: r.config, text: texts.get(r.file) }));
    const report = formatReport(format, entries, { locale, tool: toolInfo(), baseUri: folderUri(base), seconds: (performance.now() - started) / 1000 });
    if (options.output !== undefined) {
      process.stdout.write(format === 'text' ? report : formatText(entries, locale));
      if (!(await writeReport(options.output, report))) return 2;
    } else {
      process.stdout.write(report);
    }
    if (errors.length) return 2;
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
