// Builds the desktop app into out/: main process (ESM, out/main/main.js = package.json "main", plus the workbook
// parse worker as its own entry), the sandboxed preload (CommonJS .cjs: sandboxed preloads cannot load ESM), and
// the renderer (out/renderer, served by the app:// protocol). better-sqlite3 stays external (native module).
// Output folders are electron-vite's defaults (out/main, out/preload, out/renderer) so `--outDir` can move them.
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { LIST_CHUNKS, preloadAppChunks } from './renderer/vitePreloadApp';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true, // production dependencies (better-sqlite3, xlsx, zod) load from node_modules
      rolldownOptions: {
        input: { main: at('./electron/main/main.ts'), parseWorker: at('./electron/exchange/parseWorker.ts') },
        external: ['better-sqlite3'],
        // Shared chunks next to the entries: modules locate parseWorker.js relative to import.meta.url.
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false, // a sandboxed preload can require only 'electron': everything else is bundled
      rolldownOptions: {
        input: { preload: at('./electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('./renderer'),
    base: './',
    plugins: [react(), preloadAppChunks()],
    build: {
      emptyOutDir: true,
      assetsInlineLimit: 0,
      cssCodeSplit: false, // one stylesheet in index.html (renderer/vite.config.ts)
      rolldownOptions: { input: at('./renderer/index.html'), output: { codeSplitting: LIST_CHUNKS } },
    },
  },
});
