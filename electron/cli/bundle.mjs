// Builds the headless CLI into plain JavaScript (out/cli/main.js + out/cli/parseWorker.js) with esbuild.
// Why: `pira` must start in a fraction of a second, so no TypeScript is compiled when it runs; the parse worker
// is its own entry next to main.js because `new Worker()` needs a real file (see electron/exchange/workerEntry.ts).
// Runtime dependencies (better-sqlite3, xlsx, zod) stay in node_modules, as in the desktop bundle.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_OUT_DIR = path.join(PACKAGE_ROOT, 'out', 'cli');
/** Written after a successful build: the source files the bundle was made from, for the launcher's freshness check. */
export const MANIFEST = 'inputs.json';

export async function bundleCli(outDir = DEFAULT_OUT_DIR) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true }); // chunk names change with their content: no stale ones left behind
  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { main: 'electron/cli/main.ts', parseWorker: 'electron/exchange/parseWorker.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true, // main.js and parseWorker.js share their chunks instead of each carrying a copy
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: '[name]-[hash]', // same folder as the entries: workerEntry finds ./parseWorker.js from any chunk
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(inputs));
  return { outDir, inputs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, inputs } = await bundleCli(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`CLI compilata in ${path.relative(process.cwd(), outDir) || outDir} (${inputs.length} moduli).`);
}
