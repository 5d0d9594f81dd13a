// Before Node-side commands (tests, harness, bench) that load better-sqlite3: rebuild it for Node if `npm start`
// or `npm run dist` left it built for Electron (the commands after this one, new processes, load the rebuild).
import { ensureSqliteOrRerun } from '../electron/cli/nativeSqlite.mjs';

ensureSqliteOrRerun();
