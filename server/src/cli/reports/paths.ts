/**
 * Paths as every report shows them: relative to the working directory (or
 * `--base`), with forward slashes on every platform, so a report made on
 * Windows and one made on Linux name a file alike, and CI services can match
 * them to the files of the repository.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** `file` relative to `base`, with forward slashes ('../' when it lies outside). */
export function reportPath(file: string, base: string): string {
  const relative = path.relative(path.resolve(base), path.resolve(file)) || path.basename(file);
  return relative.split(path.sep).join('/');
}

/** A relative path as a relative URI reference: each segment percent-encoded (which leaves '.' and '..' as they are), the slashes kept. */
export function uriReference(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** The folder `base` as an absolute file URI ending in a slash (what SARIF's uriBaseIds require). */
export function folderUri(base: string): string {
  const href = pathToFileURL(path.resolve(base)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
