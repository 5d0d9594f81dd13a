// Makes the code cache of a built CLI (see codeCache.cjs) by running it on the sample plan, once per build.
// Why: V8 compiles most functions only when they are first called, so a cache made right after compiling the script
// would hold little; one made at the end of real commands holds what an export, an import and a write compile.
// Each command adds to the cache the one before it wrote, and the parse process makes its own.
// It needs better-sqlite3 built for this Node: the caller checks that first (a build for Electron cannot train).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The file, written by the build, that names the cache files the entries look for. */
export const CACHE_MANIFEST = 'codecache.json';

/** The commands whose compiled code goes into the cache: the paths a `pira` user takes most, on 18 cards (file names
 * are made absolute in the training folder: the CLI resolves relative ones against npm's INIT_CWD). */
const TRAINING = [
  ['init', '--db', 'sample.pira', '--sample'],
  ['export', '--db', 'sample.pira', '--out', 'plan.xlsx'],
  ['export', '--db', 'sample.pira', '--out', 'plan.ods'],
  ['import', '--db', 'sample.pira', 'plan.xlsx'],
  ['import', '--db', 'sample.pira', 'plan.ods'],
  ['init', '--db', 'empty.pira'],
  ['import', '--db', 'empty.pira', 'plan.xlsx'],
  ['import', '--db', 'changed.pira', 'plan.xlsx'],
  ['undo-import', '--db', 'changed.pira', '--year', '2024'],
  ['score', '--db', 'sample.pira'],
];

/**
 * changed.pira: the sample with three numeric values one higher than in plan.xlsx, so that importing plan.xlsx
 * changes values (the path of a colleague's workbook: merge, change log, undo record). Written through SQLite
 * because no command edits one value; the file's own checks do not mind (its cards keep their versions).
 */
function writeChangedPlan(work) {
  copyFileSync(path.join(work, 'sample.pira'), path.join(work, 'changed.pira'));
  const Database = createRequire(import.meta.url)('better-sqlite3');
  const db = new Database(path.join(work, 'changed.pira'));
  try {
    const numbers = "json_extract(value_json, '$.kind') = 'number'";
    db.prepare(
      `UPDATE measurements SET value_json = json_set(value_json, '$.value', json_extract(value_json, '$.value') + 1)
       WHERE (indicator_id, date) IN (SELECT indicator_id, date FROM measurements WHERE ${numbers} LIMIT 3 OFFSET 10)`,
    ).run();
  } finally {
    db.close();
  }
}

/** The cache files the build's entries look for, by entry (`main`, `parseWorker`); none before a build. */
export function expectedCaches(outDir) {
  const file = path.join(outDir, CACHE_MANIFEST);
  if (!existsSync(file)) return {};
  return Object.fromEntries(Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([entry, name]) => [entry, path.join(outDir, name)]));
}

/** True when a cache the entries look for is not there (never trained, or a build made since). */
export function codeCacheMissing(outDir) {
  const caches = Object.values(expectedCaches(outDir));
  return caches.length === 0 || caches.some((file) => !existsSync(file));
}

function modifiedAt(file) {
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

/** Waits (up to 5 s) until `file` changes from `before`: a parse process writes its cache as it exits, a moment after
 * the command has ended, and the next command's parse process must start from it for the caches to add up. */
async function changed(file, before) {
  for (let waited = 0; modifiedAt(file) === before && waited < 5000; waited += 20) await sleep(20);
}

/** Runs the training commands in a temporary folder; throws (with the command's stderr) when one fails. */
export async function trainCodeCache(outDir) {
  const work = mkdtempSync(path.join(tmpdir(), 'pira-code-cache-'));
  const env = { ...process.env, PIRA_CODE_CACHE_TRAIN: '1', PIRA_DESK_DATA_DIR: path.join(work, 'dati') };
  delete env.PIRA_CODE_CACHE_LOG;
  delete env.INIT_CWD;
  const inWork = (arg) => (/\.(pira|xlsx|ods)$/.test(arg) ? path.join(work, arg) : arg);
  try {
    const parseCache = expectedCaches(outDir).parseWorker;
    for (const args of TRAINING) {
      if (args[2] === 'changed.pira' && args[0] === 'import') writeChangedPlan(work);
      const before = modifiedAt(parseCache);
      execFileSync(process.execPath, [path.join(outDir, 'main.js'), ...args.map(inWork)], { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
      if (args[0] === 'import') await changed(parseCache, before);
    }
    if (codeCacheMissing(outDir)) throw new Error(`cache di compilazione incompleta in ${outDir}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
