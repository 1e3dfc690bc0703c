/**
 * Expands the paths given to `nota check`: a file is checked as a note
 * whatever it holds; a folder is searched for Markdown files (skipping
 * node_modules and dot-folders), and a glob's matches likewise, and those are
 * checked only when they are notes by the detection rules. With `notesOnly`
 * (pre-commit hands over every staged Markdown file by name) a named file is
 * also checked only when it is a note.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { isMarkdownFile } from '../core/workspace/scanRules';
import { walkMarkdownFiles } from '../node/walkMarkdown';

export interface Target {
  path: string;
  /** Given by name: a note even without a known type. */
  explicit: boolean;
}

export interface Collected {
  targets: Target[];
  errors: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export async function collectFiles(inputs: readonly string[], options: { notesOnly?: boolean } = {}): Promise<Collected> {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path: file, explicit });
  };

  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (error) {
      if (GLOB_CHARS.test(input)) {
        const matches = await glob(input, { absolute: path.isAbsolute(input), ignore: ['**/node_modules/**', '**/.*/**'], dot: false, onlyFiles: true, expandDirectories: false });
        if (matches.length === 0) errors.push(`no files match '${input}'`);
        for (const match of matches.sort()) if (isMarkdownFile(match)) add(match, false);
        continue;
      }
      errors.push(`cannot read '${input}': ${describeFsError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of await walk(input, errors)) add(file, false);
    } else {
      add(input, !options.notesOnly);
    }
  }
  return { targets, errors };
}

function walk(folder: string, errors: string[]): Promise<string[]> {
  return walkMarkdownFiles(folder, (at, error) => errors.push(`cannot read folder '${at}': ${describeFsError(error)}`));
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}
