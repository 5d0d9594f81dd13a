/**
 * The renderer's only reader of `window.api` (set by the Electron preload or by the harness bridge).
 * Why: React code depends on the typed `PiraApi` from shared/api.ts, never on the transport.
 */
import { createApiClient, type PiraApi, type PiraBridge } from '../shared/api';

declare global {
  interface Window {
    api?: PiraBridge;
  }
}

function bridge(): PiraBridge {
  if (!window.api) throw new Error('PIRA Desk: API non disponibile (né preload Electron né bridge del browser).');
  return window.api;
}

export const api: PiraApi = createApiClient(bridge());
