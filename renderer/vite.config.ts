// Builds the renderer as a plain web bundle (out/web) for the HTTP harness and the browser e2e tests.
// Relative base so the same files load from file:// (Electron) and from the harness; everything bundled offline.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { LIST_CHUNKS, preloadAppChunks } from './vitePreloadApp';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadAppChunks()],
  build: {
    outDir: fileURLToPath(new URL('../out/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // One stylesheet in index.html, in the order of the modules: the screens' chunks load no CSS of their own.
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: LIST_CHUNKS } },
  },
});
