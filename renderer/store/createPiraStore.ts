/**
 * The store factory: one zustand store from the slices, bound to an API client; `doc`, the whole plan, is derived
 * here after every change from the header, the rows and the loaded cards (planCards.ts).
 * Why: the app passes the real `api`; tests pass a fake one and get a fresh store each time. Deriving `doc` in the
 * one place every change passes keeps it a plain field that selectors and views read like any other.
 */
import { createStore } from 'zustand/vanilla';
import type { PiraApi } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';
import { conflictSlice } from './conflictSlice';
import { followSeasonDrafts } from './draftKeys';
import { draftSlice } from './draftSlice';
import { editSlice } from './editSlice';
import { historySlice } from './historySlice';
import { listSlice } from './listSlice';
import { wholePlanOf } from './planCards';
import { trackRowVersions } from './rowVersions';
import { sessionSlice } from './sessionSlice';
import type { PiraState } from './types';

/** `doc` kept equal to the whole plan of the header, rows and cards: the same object while they are the same. */
function derivingDoc(): (state: PiraState) => PlanDocument | null {
  let last: { plan: PiraState['plan']; rows: PiraState['rows']; cards: PiraState['cards']; doc: PlanDocument | null } | null = null;
  return (state) => {
    if (last && last.plan === state.plan && last.rows === state.rows && last.cards === state.cards) return last.doc;
    last = { plan: state.plan, rows: state.rows, cards: state.cards, doc: wholePlanOf(state) };
    return last.doc;
  };
}

export function createPiraStore(client: PiraApi) {
  const docOf = derivingDoc();
  const store = createStore<PiraState>()((rawSet, get, storeApi) => {
    const set: typeof rawSet = (partial, replace) =>
      rawSet((state) => {
        const patch = typeof partial === 'function' ? partial(state) : partial;
        const next = { ...state, ...patch };
        const doc = docOf(next);
        return doc === state.doc ? patch : { ...patch, doc };
      }, replace as false);
    // Every load and save of the store goes through the row-version tracker (stale saves raise the conflict).
    const known = new Map<string, number>();
    const api = trackRowVersions(client, () => set({ saveConflict: true }), known);
    const args = [set, get, storeApi] as const;
    return {
      ...sessionSlice(api, known)(...args),
      ...editSlice(api, known)(...args),
      ...listSlice(api, known)(...args),
      ...draftSlice(api, known)(...args),
      ...conflictSlice(api, known)(...args),
      ...historySlice(api, known)(...args),
    };
  });
  // The season's value column is keyed `value`: when the season moves (picker, Impostazioni, undo, reload of the
  // same plan), the texts not saved yet follow their date.
  store.subscribe((state, previous) => {
    const from = previous.plan?.settings.monitoringDate;
    const to = state.plan?.settings.monitoringDate;
    if (!from || !to || from === to || state.plan?.id !== previous.plan?.id) return;
    const drafts = followSeasonDrafts(state.drafts, from, to);
    if (drafts !== state.drafts) store.setState({ drafts });
  });
  return store;
}

export type PiraStore = ReturnType<typeof createPiraStore>;
