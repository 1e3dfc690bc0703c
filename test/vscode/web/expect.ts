/**
 * The few assertions the web suite needs, without Node's assert module (the
 * browser's extension host has no Node). Values are compared as JSON.
 */
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new Error(`${message ? `${message}: ` : ''}expected ${String(expected)}, got ${String(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ? `${message}: ` : ''}expected\n  ${e}\ngot\n  ${a}`);
}

export function match(actual: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(actual)) throw new Error(`${message ? `${message}: ` : ''}${JSON.stringify(actual)} does not match ${String(pattern)}`);
}
