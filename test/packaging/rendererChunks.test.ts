// The renderer's build as the list needs it (issue 21): index.html loads a small entry and preloads the app's chunks
// (vitePreloadApp.ts), React is not in the entry (it asks for the plan's list before React loads), and the screens
// the list does not need are chunks of their own, out of what the list loads. Builds renderer/vite.config.ts in memory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));
let html = '';
let chunks: Rolldown.OutputChunk[] = [];

beforeAll(async () => {
  const output = await build({ configFile: config, logLevel: 'silent', build: { write: false } });
  const items = (Array.isArray(output) ? output : [output]).flatMap((out) => ('output' in out ? out.output : []));
  const index = items.find((item): item is Rolldown.OutputAsset => item.type === 'asset' && item.fileName === 'index.html');
  html = String(index?.source ?? '');
  chunks = items.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}, 120_000);

const chunkOf = (module: string) => chunks.find((c) => c.facadeModuleId?.endsWith(module));
/** The chunks a chunk loads before it runs: itself and its static imports, recursively. */
function loadedWith(fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) loadedWith(imported, seen);
  return seen;
}

describe('the renderer build', () => {
  it('preloads the app chunk and what it imports from index.html, next to the entry', () => {
    const app = chunkOf('/renderer/mountApp.tsx');
    expect(app).toBeDefined();
    for (const file of loadedWith(app!.fileName)) expect(html).toContain(`="./${file}"`); // the entry by src, the others by href
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"/);
  });

  it('keeps React out of the entry, which only creates the store and asks for the list', () => {
    const entry = chunks.find((c) => c.isEntry)!;
    const modules = [...loadedWith(entry.fileName)].flatMap((file) => chunks.find((c) => c.fileName === file)?.moduleIds ?? []);
    expect(modules.some((id) => id.includes(`${path.sep}react-dom${path.sep}`))).toBe(false);
    expect(modules.some((id) => id.endsWith('/renderer/store/createPiraStore.ts'))).toBe(true);
  });

  it('leaves the screens the list does not need out of what the list loads', () => {
    const listed = [...loadedWith(chunkOf('/renderer/mountApp.tsx')!.fileName), ...loadedWith(chunks.find((c) => c.isEntry)!.fileName)];
    const modules = listed.flatMap((file) => chunks.find((c) => c.fileName === file)?.moduleIds ?? []);
    for (const screen of ['dashboard/Dashboard.tsx', 'monitoring/MonitoringView.tsx', 'history/HistoryView.tsx', 'print/PrintPreviewDialog.tsx', 'exchange/ImportDialog.tsx']) {
      expect(modules.some((id) => id.endsWith(`/renderer/features/${screen}`)), screen).toBe(false);
    }
    expect(modules.some((id) => id.endsWith('/renderer/features/cards/CardList.tsx'))).toBe(true);
    expect(modules.some((id) => id.endsWith('/renderer/features/help/HelpDialog.tsx'))).toBe(true); // the guide needs no request
  });
});
