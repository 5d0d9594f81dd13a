/**
 * Session and open plan: which file and plans exist, which plan is shown, loading errors.
 * Why: every view reads the same loaded PlanDocument; switching plan or year clears the undo history.
 */
import { EMPTY_HISTORY } from './history';
import type { SessionSlice, Slice } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const sessionSlice: Slice<SessionSlice> = (api) => (set, get) => ({
  session: null,
  planId: null,
  doc: null,
  loading: false,
  loadError: null,

  async init(preferredPlanId = null) {
    set({ loading: true, loadError: null });
    try {
      const session = await api.getSession({});
      set({ session });
      const plans = [...session.plans].sort((a, b) => b.year - a.year);
      const planId = plans.find((p) => p.id === preferredPlanId)?.id ?? plans[0]?.id ?? null;
      if (planId === null) {
        set({ loading: false, planId: null, doc: null });
        return;
      }
      await get().selectPlan(planId);
    } catch (error) {
      set({ loading: false, loadError: `Impossibile aprire il piano: ${messageOf(error)}` });
    }
  },

  async selectPlan(planId) {
    set({ loading: true, loadError: null });
    try {
      await get().flush();
      const doc = await api.loadPlan({ planId });
      set({ planId, doc, loading: false, history: EMPTY_HISTORY, drafts: {} });
    } catch (error) {
      set({ loading: false, loadError: `Impossibile caricare il piano: ${messageOf(error)}` });
    }
  },

  async reloadDocument() {
    const { planId } = get();
    try {
      await get().flush();
      const session = await api.getSession({});
      set({ session });
      const stillThere = session.plans.some((p) => p.id === planId);
      if (planId === null || !stillThere) {
        await get().init(null);
        return;
      }
      const doc = await api.loadPlan({ planId });
      set({ doc, history: EMPTY_HISTORY });
    } catch (error) {
      set({ loadError: `Impossibile ricaricare il piano: ${messageOf(error)}` });
    }
  },
});
