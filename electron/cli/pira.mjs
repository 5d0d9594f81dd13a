#!/usr/bin/env node
// The `pira` command (package.json "bin") and `npm run pira`: runs the bundled CLI in this same process.
// Why a launcher: in a source checkout it rebuilds out/cli only when a source file is newer than the bundle
// (a few stat calls, about 100 ms when it must build), and it rebuilds better-sqlite3 for Node after `npm start`
// left it built for Electron; in both cases nothing else runs per call, and no TypeScript is compiled at run time.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_OUT_DIR, MANIFEST, PACKAGE_ROOT, bundleCli } from './bundle.mjs';
import { ensureSqliteOrRerun } from './nativeSqlite.mjs';
import { codeCacheMissing, trainCodeCache } from './trainCodeCache.mjs';

const entry = path.join(DEFAULT_OUT_DIR, 'main.js');

function bundleIsStale() {
  if (!existsSync(entry)) return true;
  const manifest = path.join(DEFAULT_OUT_DIR, MANIFEST);
  if (!existsSync(manifest)) return true;
  const builtAt = statSync(entry).mtimeMs;
  const inputs = JSON.parse(readFileSync(manifest, 'utf8'));
  return inputs.some((file) => {
    const source = path.join(PACKAGE_ROOT, file);
    return !existsSync(source) || statSync(source).mtimeMs > builtAt;
  });
}

// Sources are absent in an installation that ships only the bundle: then the bundle is what there is.
if (existsSync(path.join(PACKAGE_ROOT, 'electron', 'cli', 'main.ts')) && bundleIsStale()) await bundleCli();
ensureSqliteOrRerun();
if (codeCacheMissing(DEFAULT_OUT_DIR)) {
  // Once per build (a few seconds): without the cache the CLI works the same, only each command compiles its code again.
  await trainCodeCache(DEFAULT_OUT_DIR).catch((error) => console.error(`Cache di compilazione non creata: ${error.message}`));
}
await import(pathToFileURL(entry).href);
