/**
 * A build plugin of both renderer builds (web and Electron): index.html preloads the app's chunk (mountApp.tsx and
 * the chunks it imports) next to the entry, instead of the browser asking for them only when the entry runs.
 * Why: the entry asks the back end for the plan's list before importing the app (main.tsx); in the harness and in
 * Electron's main process the list is computed on the thread that also serves the UI's files, so a chunk asked
 * after the list waited for it — preloaded, the chunk arrives and compiles while the list is being read.
 */
import type { Plugin, Rolldown } from 'vite';

/**
 * Fewer chunks before the list: React DOM, React, and the shared/ modules several chunks share in one chunk
 * (instead of one small chunk for each combination), so that the browser's six connections per server fetch them
 * nearly at once, before the list's request (a chunk asked after it waits for it: see preloadAppChunks).
 */
export const LIST_CHUNKS: Rolldown.OutputOptions['codeSplitting'] = {
  groups: [
    { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 3 },
    { name: 'react', test: /node_modules[\\/]react[\\/]/, priority: 2 },
    { name: 'shared', test: /[\\/]shared[\\/]/, minShareCount: 2, priority: 1 },
  ],
};

const APP_MODULE = '/renderer/mountApp.tsx';

export function preloadAppChunks(): Plugin {
  return {
    name: 'pira-preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const app = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(APP_MODULE));
        if (!app) throw new Error(`preloadAppChunks: nessun chunk per ${APP_MODULE}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        const missing = [...files].filter((file) => !html.includes(`/${file}"`));
        return {
          html,
          tags: missing.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}
