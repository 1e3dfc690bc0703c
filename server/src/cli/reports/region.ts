/**
 * Findings carry LSP ranges: 0-based lines and UTF-16 columns, end exclusive.
 * Reports count from 1. Columns stay UTF-16 code units, as in the editor (and
 * SARIF's default columnKind); the end stays exclusive, so a one-character
 * finding at column 5 ends at column 6, as SARIF defines endColumn.
 */
import type { Range } from '../../core/text/lineIndex';

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function oneBased(range: Range): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
