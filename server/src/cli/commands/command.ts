/** One `nota` subcommand: its usage lines and what it does with its arguments. */
import { toLocale, type Locale } from '../../core/findings/messages';

export interface CliCommand {
  name: string;
  /** Lines for `nota --help`, each starting with `nota <name>`. */
  usage: readonly string[];
  /** Returns the exit status, or -1 for a command that keeps running (the language server). */
  run(args: readonly string[]): Promise<number>;
}

/** Message language from the environment: NOTA_LANG, then the POSIX locale variables. */
export function localeFromEnvironment(): Locale {
  const env = process.env;
  return toLocale(env.NOTA_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Writes an error line as every command does: `nota: <message>` on standard error. */
export function reportError(message: string): void {
  process.stderr.write(`nota: ${message}\n`);
}
