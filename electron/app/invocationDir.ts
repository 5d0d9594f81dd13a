/**
 * The directory the user typed the command in. Why: `npm run pira`, `npm run dev:web` and `npm start` run
 * from the package root, so relative paths like `--db piano.pira` must be resolved against npm's INIT_CWD.
 */
import path from 'node:path';

export function invocationDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const initCwd = env.INIT_CWD;
  return initCwd && path.isAbsolute(initCwd) ? initCwd : cwd;
}
