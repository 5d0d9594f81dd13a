/**
 * Finds the plan file to open in a command line: a double-clicked `.pira` (Windows/Linux pass it in argv),
 * `npm start -- piano.pira`, or a second launch forwarded by the single-instance lock.
 * Why: argv also holds the executable, the app folder in development and Chromium switches; only a
 * `.pira` path is taken, resolved against the launching directory. No electron import: unit-tested.
 */
import path from 'node:path';

export const PLAN_EXTENSION = '.pira';

export function isPlanFilePath(candidate: string): boolean {
  return candidate.toLowerCase().endsWith(PLAN_EXTENSION) && path.basename(candidate).length > PLAN_EXTENSION.length;
}

/** The last `.pira` argument after the executable, as an absolute path, or null. */
export function planFileFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-') && isPlanFilePath(arg));
  const last = candidates.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}
