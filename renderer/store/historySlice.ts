/**
 * The history's and the status's writes from the screens: "Annulla questa modifica" (the file reverts a logged
 * change, then the plan is read again — its rows and the loaded cards it changed — with its rebuilt undo stack) and the plan's status moves.
 * Why apart from the edit slice: these are not snapshots of the document but operations the file performs.
 */
import type { StatusRequest } from '../../shared/planStatus';
import type { HistorySlice, PiraState, Slice } from './types';

export const historySlice: Slice<HistorySlice> = (api) => (set, get) => ({
  async revertLogged(changeId, reason) {
    const { planId } = get();
    if (planId === null) return '';
    await get().flush();
    const result = await api.revertChange({ planId, changeId, mode: 'revert', ...(reason?.trim() ? { change: { reason: reason.trim() } } : {}) });
    await get().reloadDocument();
    return result.message;
  },

  async changePlanStatus({ reason, ...request }: StatusRequest) {
    const { planId } = get();
    if (planId === null) return;
    await get().flush();
    const status = await api.setPlanStatus({ planId, ...request, ...(reason?.trim() ? { change: { reason: reason.trim() } } : {}) });
    set((state: PiraState) => {
      if (!state.plan) return {};
      const { status: _old, ...plan } = state.plan;
      return { plan: status.stage === 'bozza' ? plan : { ...plan, status }, ...(status.stage === 'approvato' ? {} : { variationReason: null }) };
    });
  },
});
