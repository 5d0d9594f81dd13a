// Builds the headless CLI into plain JavaScript (out/cli) with esbuild: two CommonJS bundles, main.bundle.js and
// parseWorker.bundle.js, each run by a small entry (main.js, parseWorker.js) through V8's code cache (codeCache.cjs).
// Why: `pira` must start in a fraction of a second, so no TypeScript is compiled when it runs, and the functions V8
// compiled when the build trained the cache (trainCodeCache.mjs) are not compiled again in each process. The parse
// worker is its own entry next to main.js because the parse process is started from a real file (parseProcess.ts).
// better-sqlite3 (native) and xlsx (SheetJS, for odd files only) stay in node_modules; zod is bundled, so that its
// compiled code is in the cache as well.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_MANIFEST, trainCodeCache } from './trainCodeCache.mjs';

const { cacheFileOf, contentHash } = createRequire(import.meta.url)('./codeCache.cjs');

export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_OUT_DIR = path.join(PACKAGE_ROOT, 'out', 'cli');
/** Written after a successful build: the source files the bundle was made from, for the launcher's freshness check. */
export const MANIFEST = 'inputs.json';
const ENTRIES = { main: 'electron/cli/main.ts', parseWorker: 'electron/exchange/parseWorker.ts' };

/**
 * The V8 options the CLI sets when it starts (electron/exchange/compilerOptions.ts), for its entry to set before the
 * bundle is compiled. The parse process has them on its command line already.
 */
async function cliCompilerOptions(build) {
  const { outputFiles } = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: ['electron/exchange/compilerOptions.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports.COMPILER_OPTIONS;
}

/** The entry that runs `<name>.bundle.js` from the cache of exactly this content, under `v8Options`. */
function entrySource(name, hash, v8Options) {
  return [
    '#!/usr/bin/env node',
    `// Written by electron/cli/bundle.mjs: runs ${name}.bundle.js through the code cache (codeCache.cjs).`,
    `require('./codeCache.cjs').runBundle(__dirname, '${name}.bundle.js', '${hash}', ${JSON.stringify(v8Options)});`,
    '',
  ].join('\n');
}

export async function bundleCli(outDir = DEFAULT_OUT_DIR) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true }); // no cache of an older build left behind
  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: ENTRIES,
    entryNames: '[name].bundle',
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'xlsx'],
    // Modules find files next to themselves (parseProcess.ts: ./parseWorker.js) through import.meta.url.
    define: { 'import.meta.url': '__pira_module_url' },
    banner: { js: "var __pira_module_url = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
  copyFileSync(path.join(PACKAGE_ROOT, 'electron', 'cli', 'codeCache.cjs'), path.join(outDir, 'codeCache.cjs'));
  const options = { main: await cliCompilerOptions(build), parseWorker: [] };
  const caches = {};
  for (const name of Object.keys(ENTRIES)) {
    const bundle = `${name}.bundle.js`;
    const hash = contentHash(readFileSync(path.join(outDir, bundle)));
    writeFileSync(path.join(outDir, `${name}.js`), entrySource(name, hash, options[name]), { mode: 0o755 });
    caches[name] = path.basename(cacheFileOf(outDir, bundle, hash));
  }
  writeFileSync(path.join(outDir, CACHE_MANIFEST), JSON.stringify(caches));
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(inputs));
  return { outDir, inputs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, inputs } = await bundleCli(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const where = path.relative(process.cwd(), outDir) || outDir;
  console.log(`CLI compilata in ${where} (${inputs.length} moduli).`);
  // After `npm start` better-sqlite3 is built for Electron: then the first `npm run pira` makes the cache.
  const { sqliteLoadsHere } = await import('./nativeSqlite.mjs');
  if (sqliteLoadsHere()) {
    await trainCodeCache(outDir);
    console.log(`Cache di compilazione creata in ${where}.`);
  } else console.log('Cache di compilazione rimandata al primo uso di npm run pira (better-sqlite3 è compilato per Electron).');
}
