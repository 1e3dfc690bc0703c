/** How a `nota` entry ends: the exit status of its run, or 2 with one line for an error nobody expected. */
export function exitWith(run: Promise<number>): void {
  run.then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`nota: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
