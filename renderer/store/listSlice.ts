/**
 * Search, filters, sorting, the ticked rows and the row that has the keyboard focus of the card list, and the date the
 * views score at, kept in the store so they survive opening a card and coming back.
 */
import { NO_FILTERS } from './listSelectors';
import type { ListSlice, Slice } from './types';

export const listSlice: Slice<ListSlice> = () => (set) => ({
  filters: NO_FILTERS,
  sort: { key: 'position', direction: 'asc' },
  selection: { planId: null, codes: [] },
  activeCode: null,
  scoringDate: null,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setSort: (sort) => set({ sort }),
  setSelection: (planId, codes) => set({ selection: { planId, codes } }),
  setActiveCode: (activeCode) => set({ activeCode }),
  setScoringDate: (scoringDate) => set({ scoringDate }),
});
