/**
 * Mounts the application shell on the store main.tsx created (and already asked to open the plan).
 * Why: a module of its own so that React and the screens load as a chunk apart from the entry (see main.tsx).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PiraStore } from './store/createPiraStore';
import { StoreProvider } from './store/StoreContext';

export function mountApp(root: HTMLElement, store: PiraStore): void {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
