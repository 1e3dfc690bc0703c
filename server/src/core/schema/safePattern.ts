/**
 * A workspace schema's `pattern` runs against what authors type, on every
 * keystroke. A pattern with a quantified group that itself holds a quantifier
 * (`(a+)+`, `(\w*)*`, `(x|xy){2,}`) can backtrack for minutes on a short
 * value; such schemas are refused with a clear message instead.
 */
export function isPathologicalPattern(pattern: string): boolean {
  const stack: { quantified: boolean; alternatives: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ quantified: false, alternatives: false });
    else if (ch === '|' && stack.length) (stack.at(-1) as { alternatives: boolean }).alternatives = true;
    else if (ch === ')') {
      const group = stack.pop();
      const next = pattern[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(pattern.slice(i + 1)) && !/^\{0?,?1?\}/.test(pattern.slice(i + 1)));
      if (group && repeated && (group.quantified || group.alternatives)) return true;
      // A group's own repetition makes the enclosing group "quantified" too.
      if (stack.length && (repeated || group?.quantified)) (stack.at(-1) as { quantified: boolean }).quantified = true;
    } else if ((ch === '*' || ch === '+' || ch === '{') && stack.length) {
      (stack.at(-1) as { quantified: boolean }).quantified = true;
    }
  }
  return false;
}

/** Every `pattern` (and patternProperties key) in a schema, wherever it stands. */
export function findPatterns(schema: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 64 || !schema || typeof schema !== 'object') return found;
  if (Array.isArray(schema)) {
    for (const item of schema) findPatterns(item, found, depth + 1);
    return found;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'pattern' && typeof value === 'string') found.push(value);
    else if (key === 'patternProperties' && value && typeof value === 'object') found.push(...Object.keys(value));
    findPatterns(value, found, depth + 1);
  }
  return found;
}
