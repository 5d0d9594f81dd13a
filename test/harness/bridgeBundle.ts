/**
 * Bundles the harness bridge (bridge.ts + shared/api.ts) into one classic script, in memory, once per process.
 * Why: the bridge is typed TypeScript that imports the contract; bundling at start keeps it out of the
 * production renderer and needs no extra build step (vite is already a dev dependency).
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./bridge.ts', import.meta.url));

let bundled: Promise<string> | null = null;

function firstChunk(output: Awaited<ReturnType<typeof build>>): string {
  const outputs = Array.isArray(output) ? output : [output];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = (out.output as Rolldown.OutputChunk[]).find((item) => item.type === 'chunk');
    if (chunk) return chunk.code;
  }
  throw new Error('Impossibile preparare il bridge del server di prova: il bundle è vuoto.');
}

export function bridgeScript(): Promise<string> {
  bundled ??= build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: 'PiraHarnessBridge', fileName: 'bridge' },
    },
  }).then(firstChunk);
  return bundled;
}
