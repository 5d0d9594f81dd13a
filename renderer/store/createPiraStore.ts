/**
 * The store factory: one zustand store from the slices, bound to an API client.
 * Why: the app passes the real `api`; tests pass a fake one and get a fresh store each time.
 */
import { createStore } from 'zustand/vanilla';
import type { PiraApi } from '../../shared/api';
import { conflictSlice } from './conflictSlice';
import { followSeasonDrafts } from './draftKeys';
import { draftSlice } from './draftSlice';
import { editSlice } from './editSlice';
import { historySlice } from './historySlice';
import { listSlice } from './listSlice';
import { trackRowVersions } from './rowVersions';
import { sessionSlice } from './sessionSlice';
import type { PiraState } from './types';

export function createPiraStore(client: PiraApi) {
  const store = createStore<PiraState>()((...args) => {
    // Every load and save of the store goes through the row-version tracker (stale saves raise the conflict).
    const api = trackRowVersions(client, () => args[0]({ saveConflict: true }));
    return {
      ...sessionSlice(api)(...args),
      ...editSlice(api)(...args),
      ...listSlice(api)(...args),
      ...draftSlice(api)(...args),
      ...conflictSlice(api)(...args),
      ...historySlice(api)(...args),
    };
  });
  // The season's value column is keyed `value`: when the season moves (picker, Impostazioni, undo, reload of the
  // same plan), the texts not saved yet follow their date.
  store.subscribe((state, previous) => {
    const from = previous.doc?.settings.monitoringDate;
    const to = state.doc?.settings.monitoringDate;
    if (!from || !to || from === to || state.doc?.id !== previous.doc?.id) return;
    const drafts = followSeasonDrafts(state.drafts, from, to);
    if (drafts !== state.drafts) store.setState({ drafts });
  });
  return store;
}

export type PiraStore = ReturnType<typeof createPiraStore>;
