/**
 * A time limit for a test that guards against a runaway path (quadratic work,
 * a hang), not against a slow machine. Mutation testing (npm run mutate)
 * counts every statement it runs and makes the code several times slower;
 * there NOTA_TIME_LIMIT_SCALE widens every limit, so that only a real runaway
 * fails a test.
 */
export function timeLimit(ms: number): number {
  const scale = Number(process.env.NOTA_TIME_LIMIT_SCALE);
  return scale > 1 ? ms * scale : ms;
}
