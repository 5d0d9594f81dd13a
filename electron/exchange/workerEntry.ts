/**
 * Starts the parse worker thread, used inside the parse process only where its heap could not be capped by its
 * launcher (parseWorker.ts), from the right file: the bundled `parseWorker.js` next to the running module (electron-vite
 * builds it as its own entry in out/main) or, when running from sources (vitest, tsx CLI), `parseWorker.ts` through
 * a small bootstrap that registers tsx inside the worker thread first.
 * Why: `new Worker()` needs a real JavaScript file; this is the one place that knows both layouts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startParseWorker(options: WorkerOptions): Worker {
  const bundled = new URL('./parseWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled, options);
  const source = new URL('./parseWorker.ts', import.meta.url).href;
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((api) => { api.register(); return import(${JSON.stringify(source)}); })` +
    `.catch((error) => { throw error; });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
