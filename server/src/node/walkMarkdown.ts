/** The Markdown files under a folder on disk, by the scan rules (core/workspace/scanRules.ts), in name order. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isMarkdownFile, isSkippedName } from '../core/workspace/scanRules';

export async function walkMarkdownFiles(folder: string, onError: (folder: string, error: unknown) => void = () => {}): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    onError(folder, error);
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (isSkippedName(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkMarkdownFiles(full, onError)));
    else if (entry.isFile() && isMarkdownFile(entry.name)) files.push(full);
  }
  return files;
}
