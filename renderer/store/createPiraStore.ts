/**
 * The store factory: one zustand store from the slices, bound to an API client.
 * Why: the app passes the real `api`; tests pass a fake one and get a fresh store each time.
 */
import { createStore } from 'zustand/vanilla';
import type { PiraApi } from '../../shared/api';
import { draftSlice } from './draftSlice';
import { editSlice } from './editSlice';
import { listSlice } from './listSlice';
import { sessionSlice } from './sessionSlice';
import type { PiraState } from './types';

export function createPiraStore(api: PiraApi) {
  return createStore<PiraState>()((...args) => ({
    ...sessionSlice(api)(...args),
    ...editSlice(api)(...args),
    ...listSlice(api)(...args),
    ...draftSlice(api)(...args),
  }));
}

export type PiraStore = ReturnType<typeof createPiraStore>;
