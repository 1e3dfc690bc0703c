/**
 * A workspace schema's `pattern` runs against what authors type, on every
 * keystroke. A pattern with a quantified group that itself holds a quantifier
 * (`(a+)+`, `(\w*)*`, `(x|xy){2,}`) can backtrack for minutes on a short
 * value; such schemas are refused with a clear message instead.
 */
export function isPathologicalPattern(pattern: string): boolean {
  const open: { quantified: boolean; alternatives: boolean }[] = [];
  let inClass = false;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is none of the characters looked for
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const group = open.at(-1);
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') open.push({ quantified: false, alternatives: false });
    else if (ch === '|' && group) group.alternatives = true;
    else if (ch === ')') {
      open.pop();
      if (group && repeats(pattern.slice(i + 1)) && (group.quantified || group.alternatives)) return true;
      // The quantifier after this group marks the enclosing group when it is
      // read next; a quantifier inside this group makes the enclosing one
      // quantified as well.
      const outer = open.at(-1);
      if (outer && group?.quantified) outer.quantified = true;
    } else if ((ch === '*' || ch === '+' || ch === '{') && group) group.quantified = true;
  }
  return false;
}

/** Whether a quantifier at the start of `rest` lets what stands before it match more than once. */
function repeats(rest: string): boolean {
  if (rest[0] === '*' || rest[0] === '+') return true;
  // An exact count ({2}) cannot be split up in more than one way; a range can.
  const range = /^\{(\d*),(\d*)\}/.exec(rest);
  return range !== null && (range[2] === '' || Number(range[2]) > 1);
}

/**
 * The first `pattern` (or patternProperties key) in a schema, wherever it
 * stands, that can take exponential time. The walk keeps its own list instead
 * of recursing, so no nesting is too deep for it.
 */
export function pathologicalPatternIn(schema: unknown): string | undefined {
  const pending = [schema];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string' && isPathologicalPattern(value)) return value;
      const risky = key === 'patternProperties' ? Object.keys(value ?? {}).find(isPathologicalPattern) : undefined;
      if (risky !== undefined) return risky;
      pending.push(value);
    }
  }
  return undefined;
}
