/**
 * Raw text of fields that do not parse yet, keyed by field (see fieldKeys.ts).
 * Why: nothing typed is ever lost — the text stays visible with its error while the file keeps the last valid value.
 */
import type { DraftSlice, Slice } from './types';

export const draftSlice: Slice<DraftSlice> = () => (set) => ({
  drafts: {},
  setDraft: (key, text) =>
    set((state) => {
      if (text === null) {
        if (!(key in state.drafts)) return {};
        const { [key]: _removed, ...rest } = state.drafts;
        return { drafts: rest };
      }
      return { drafts: { ...state.drafts, [key]: text } };
    }),
});
