/** fast-check arbitraries for notes: random text, and valid notes broken in the ways editing breaks them. */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('---', '## ', '### 9.9 X', '```', '<!--', '- ', '> ', '\r', '\u0000', 'aan:', '  - MJenV', 'datum: 31 april 2026', '&a [*a]', '[', '*')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies line-level mutations (and character-level truncation) to a text. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = lines.length ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'delete': lines.splice(at, 1); break;
      case 'duplicate': lines.splice(at, 0, lines[at] ?? ''); break;
      case 'swap': {
        const other = lines.length ? m.with % lines.length : 0;
        [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
        break;
      }
      case 'insert': {
        const line = lines[at] ?? '';
        const column = line.length ? m.at % (line.length + 1) : 0;
        lines[at] = line.slice(0, column) + m.text + line.slice(column);
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

/**
 * How many cases a property runs: `short` in `npm test`, `long` in
 * `npm run fuzz` (NOTA_FUZZ=long); NOTA_FUZZ_RUNS overrides both.
 */
export function runs(short: number, long = short * 50): number {
  const configured = Number(process.env.NOTA_FUZZ_RUNS);
  if (Number.isFinite(configured) && configured > 0) return configured;
  return process.env.NOTA_FUZZ === 'long' ? long : short;
}
