/**
 * Command-line arguments of `nota`, parsed without surprises: each command
 * declares its options, and an unknown flag, a missing value or a value
 * outside its choices is a usage error (exit status 2), never a guess.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import type { Locale } from '../core/findings/messages';

export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For a string: the values it may take. */
  choices?: readonly string[];
  /** May be given more than once (the values are collected). */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : S[K]['multiple'] extends true ? string[] : string | undefined;
};

export interface ParsedCommandLine<S extends OptionSpecs> {
  options: OptionValues<S>;
  positionals: string[];
}

/** Reads a command's options and positional arguments (`--flag value`, `--flag=value`, `-f value`, `--` ends the options). */
export function parseCommandLine<S extends OptionSpecs>(command: string, args: readonly string[], specs: S): ParsedCommandLine<S> {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...args],
      options: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, multiple: spec.multiple === true, ...(spec.short ? { short: spec.short } : {}) }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error)}`);
  }
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = (parsed.values as Record<string, unknown>)[name];
    for (const single of Array.isArray(value) ? value : [value]) {
      if (spec.choices && typeof single === 'string' && !spec.choices.includes(single)) {
        throw new UsageError(`--${name} must be ${orList(spec.choices)}, not '${single}'`);
      }
    }
    options[name] = spec.type === 'boolean' ? value === true : spec.multiple ? ((value as string[] | undefined) ?? []) : value;
  }
  return { options: options as OptionValues<S>, positionals: parsed.positionals };
}

/** The `--lang` option that every command with messages takes. */
export const LANG_OPTION = { type: 'string', choices: ['nl', 'en'] } as const satisfies OptionSpec;

export function localeOption(value: string | undefined): Locale | undefined {
  return value === 'nl' || value === 'en' ? value : undefined;
}

function orList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1];
    return `unknown option '${flag ?? message}'`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /Option '([^']+)'/.exec(message)?.[1];
    return flag ? `${flag.replace(/^-\w, /, '').replace(/ <value>$/, '')} needs a value` : message;
  }
  return message;
}
