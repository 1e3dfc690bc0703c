/**
 * A workspace's own configuration, from files an adapter read: note type
 * schemas (`.nota/types/*.schema.json`, or paths from the `nota.schemas`
 * setting) and portfolio registry extensions (`.nota/portefeuilles.json`).
 * Every problem becomes a finding on the file that has it; a broken file is
 * skipped and everything else, the built-in types first of all, keeps working.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Range } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import type { RegistryData } from '../domain/portfolioRegistry';
import registrySchema from '../../../../schemas/portefeuilles.schema.json';
import { createFinding, type Finding } from '../findings/finding';
import type { Locale } from '../findings/messages';
import { MAX_JSON_DEPTH, tooDeepAt } from './jsonDepth';

export interface ConfigFile {
  /** A path or URI, used to report problems. */
  path: string;
  kind: 'note-type' | 'registry';
  text: string;
}

export interface ConfigProblem {
  path: string;
  message: string;
  range: Range;
}

export interface WorkspaceConfig {
  noteTypes: { schema: unknown; origin: string }[];
  registries: { data: RegistryData; origin: string }[];
  problems: ConfigProblem[];
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

let registryValidator: ValidateFunction | undefined;

/** Compiled once, when a workspace first has files to read, not on every change of its configuration. */
function validateRegistry(): ValidateFunction {
  // Only the first error is reported, and the built-in schema is valid and strict: ajv's defaults serve.
  registryValidator ??= new Ajv().compile(registrySchema);
  return registryValidator;
}

export function readWorkspaceConfig(files: readonly ConfigFile[]): WorkspaceConfig {
  const config: WorkspaceConfig = { noteTypes: [], registries: [], problems: [] };
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const deep = tooDeepAt(file.text);
    if (deep !== undefined) {
      config.problems.push({ path: file.path, message: `nested more than ${MAX_JSON_DEPTH} levels deep`, range: lines.rangeOf({ start: deep, end: deep + 1 }) });
      continue;
    }
    const errors: ParseError[] = [];
    // jsonc-parser's defaults: comments are allowed (people explain their settings), trailing commas are not (JSON has none).
    const value: unknown = parseJsonc(file.text, errors);
    const firstError = errors[0];
    if (firstError) {
      config.problems.push({
        path: file.path,
        message: `not valid JSON: ${printParseErrorCode(firstError.error)}`,
        range: lines.rangeOf({ start: firstError.offset, end: firstError.offset + Math.max(1, firstError.length) }),
      });
      continue;
    }
    if (file.kind === 'note-type') {
      config.noteTypes.push({ schema: value, origin: file.path });
    } else if (validateRegistry()(value)) {
      config.registries.push({ data: value as RegistryData, origin: file.path });
    } else {
      // Data that fails validation has at least one error, and ajv gives each a message.
      const error = validateRegistry().errors?.[0];
      config.problems.push({ path: file.path, message: `not a valid portfolio registry: ${error?.instancePath || '/'} ${error?.message}`, range: START });
    }
  }
  return config;
}

/** The configuration from files as read, with the problems met while reading them first. */
export function workspaceConfigOf(read: { files: readonly ConfigFile[]; problems: readonly ConfigProblem[] }): WorkspaceConfig {
  const config = readWorkspaceConfig(read.files);
  config.problems.unshift(...read.problems);
  return config;
}

/** A configuration problem as the finding reported on its file. */
export function configProblemFinding(locale: Locale, problem: ConfigProblem): Finding {
  return createFinding(locale, { code: 'config-invalid', messageId: 'config-invalid', args: { detail: problem.message }, range: problem.range });
}

export function problemAtStart(path: string, message: string): ConfigProblem {
  return { path, message, range: START };
}
