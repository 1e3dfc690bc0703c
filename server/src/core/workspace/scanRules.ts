/**
 * Which files a search of a workspace takes, the same for `nota check` on a
 * folder and for the language server's scan: Markdown files, outside
 * node_modules, and no file or folder whose name starts with a dot (.git,
 * .nota, .vscode, ...). Whether such a file is a note is decided by reading it.
 */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isMarkdownFile(name: string): boolean {
  return /\.md$/i.test(name);
}

/** A path relative to the folder searched, with `/` between its parts. */
export function isScannedPath(relativePath: string): boolean {
  // The name ends the path, so the path ends as a Markdown file's name does; a
  // path ending in `/` is a folder (even one named `x.md`) and is not taken.
  return isMarkdownFile(relativePath) && !relativePath.split('/').some(isSkippedName);
}
