/**
 * The imported note's frontmatter as YAML, written as the `yaml` library
 * writes it (two-space indents, indented sequences, no folding): a value is
 * plain where YAML reads it back as the same string, else quoted. A property
 * test holds this to the library, byte for byte and value for value; the
 * library itself was most of an import's start-up.
 */
import type { ImportedFrontmatter } from './importedNote';

export function frontmatterYaml(frontmatter: ImportedFrontmatter): string {
  const lines: string[] = [];
  const add = (indent: string, key: string, value: unknown) => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      lines.push(`${indent}${key}:`, ...value.map((item) => `${indent}  - ${scalar(String(item))}`));
    } else if (typeof value === 'object' && value !== null) {
      lines.push(`${indent}${key}:`);
      for (const [inner, innerValue] of Object.entries(value)) add(`${indent}  `, inner, innerValue);
    } else if (typeof value === 'number') {
      lines.push(`${indent}${key}: ${String(value)}`);
    } else {
      // The reference is text: always quoted, so "7244668" never reads as a number.
      lines.push(`${indent}${key}: ${key === 'referentie' ? doubleQuoted(String(value)) : scalar(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(frontmatter)) add('', key, value);
  return `${lines.join('\n')}\n`;
}

/** What the library will not write plain: indicators at the start, ": " or " #" inside, a space or colon at the end. */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Plain text YAML 1.2 (core schema) would read as null, a boolean or a number. */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Whether the text has characters a plain or single-quoted scalar cannot carry: control characters and line separators. */
function needsEscapes(value: string): boolean {
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no such character
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return false;
}

function scalar(value: string): string {
  // Text that needs escapes goes double-quoted. (A value follows its key on the line, so "---" is no document marker.)
  if (needsEscapes(value)) return doubleQuoted(value);
  if (!NOT_PLAIN.test(value) && !NOT_A_STRING.some((pattern) => pattern.test(value))) return value;
  // As the library: single quotes for text with double quotes only, double quotes otherwise.
  return value.includes('"') && !value.includes("'") ? `'${value}'` : doubleQuoted(value);
}

/** Control characters that JSON writes as \u00XX and YAML has a short escape for; the others become \xXX. */
const ESCAPES: Record<string, string> = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e' };
/** Line separators and the byte order mark: JSON leaves them as they are, YAML would not read them back. */
const SEPARATORS: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P', '\ufeff': '\\ufeff' };

function doubleQuoted(value: string): string {
  // JSON's escapes, in YAML's spelling where they differ. An escaped backslash is taken as a whole, so text that reads "\u0041" stays that text.
  return JSON.stringify(value)
    .replace(/\\(?:u([0-9a-f]{4})|\\)/g, (whole, code?: string) => (code ? (ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : whole)) : whole))
    .replace(/[\u0085\u2028\u2029\ufeff]/g, (char) => SEPARATORS[char] ?? char);
}
