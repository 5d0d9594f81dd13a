// Why: `npm start` and `npm run dist` rebuild better-sqlite3 for Electron's ABI, which breaks it under plain Node.
// Before Node-side commands (tests, CLI, harness) we check cheaply, in a child process, that it loads here
// and rebuild it for Node if not (a native module cannot be reloaded inside one process).
import { execFileSync, execSync } from 'node:child_process';

const probe = "const D=require('better-sqlite3'); new D(':memory:').close()";
function loads() {
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
if (!loads()) {
  console.error('better-sqlite3 non è compilato per Node: lo ricompilo (npm rebuild better-sqlite3)…');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  if (!loads()) {
    console.error('better-sqlite3 non si carica nemmeno dopo la ricompilazione: reinstallare con npm ci.');
    process.exit(1);
  }
}
