/**
 * React access to the store: a provider for the one store of the window and a typed selector hook.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PiraStore } from './createPiraStore';
import type { PiraState } from './types';

const StoreContext = createContext<PiraStore | null>(null);

export function StoreProvider({ store, children }: { store: PiraStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function usePiraStore(): PiraStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider mancante');
  return store;
}

export function usePira<T>(selector: (state: PiraState) => T): T {
  return useStore(usePiraStore(), selector);
}
