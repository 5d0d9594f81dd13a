/**
 * Search, filters and sorting of the card list, kept in the store so they survive opening a card and coming back.
 */
import { NO_FILTERS } from './listSelectors';
import type { ListSlice, Slice } from './types';

export const listSlice: Slice<ListSlice> = () => (set) => ({
  filters: NO_FILTERS,
  sort: { key: 'position', direction: 'asc' },
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setSort: (sort) => set({ sort }),
});
