// Makes sure better-sqlite3 loads under the Node that runs us, rebuilding it for Node when it does not.
// Why: `npm start` and `npm run dist` rebuild it for Electron's ABI in place, after which plain Node (tests, CLI,
// harness, bench) cannot load it. A native module cannot be reloaded in one process, so after a rebuild the
// current command runs again in a new process (once: a second failure asks for a reinstall).
import { execSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Not imported from bundle.mjs: bundle.mjs imports this module while it runs (a cycle would never settle).
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REBUILT = 'PIRA_SQLITE_REBUILT';

/** True when better-sqlite3 loads and opens a database under the Node that runs us. */
export function sqliteLoadsHere() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

/** Returns when better-sqlite3 works here; otherwise rebuilds it, re-runs this command and exits with its code. */
export function ensureSqliteOrRerun() {
  if (sqliteLoadsHere()) return;
  if (process.env[REBUILT]) {
    console.error('better-sqlite3 non si carica nemmeno dopo la ricompilazione: reinstallare i pacchetti con npm ci.');
    process.exit(1);
  }
  console.error('better-sqlite3 non è compilato per Node: lo ricompilo (npm rebuild better-sqlite3)…');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit', cwd: PACKAGE_ROOT });
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [REBUILT]: '1' },
  });
  process.exit(again.status ?? 1);
}
