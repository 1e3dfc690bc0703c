/**
 * What `nota check --fix --dry-run` prints: a unified diff per changed file,
 * with git's a/ and b/ prefixes, so `git apply` or `patch -p1` applies it.
 * Lines keep their own line breaks (a CRLF file's lines end in CR LF in the
 * diff too), and a last line without a line break is marked as such.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
