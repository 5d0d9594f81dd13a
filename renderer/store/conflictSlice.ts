/**
 * A save refused because the file changed elsewhere (row versions): the flag that shows the conflict banner, and
 * its way out, reloading the plan as the file holds it now.
 * Why apart from the edit slice: the flag is raised by the API layer (rowVersions.ts) whatever saved.
 */
import type { ConflictSlice, Slice } from './types';

export const conflictSlice: Slice<ConflictSlice> = () => (set, get) => ({
  saveConflict: false,

  async reloadAfterConflict() {
    await get().reloadDocument();
    get().dismissSaveErrors();
    set({ saveConflict: false });
  },
});
