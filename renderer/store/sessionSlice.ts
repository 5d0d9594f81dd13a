/**
 * Session and open plan: which file and plans exist, which plan is shown, loading errors.
 * Why: every view reads the same loaded PlanDocument; opening or reloading a plan rebuilds this user's undo
 * history on it from the file's change log.
 */
import type { PlanDocument } from '../../shared/model';
import { parseDraftKey, type Drafts } from './draftKeys';
import type { SessionSlice, Slice } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The drafts of cards still in `doc` (and those not tied to a card, like the settings'). */
function keepDraftsOf(drafts: Drafts, doc: PlanDocument): Drafts {
  const ids = new Set(doc.cards.map((c) => c.id));
  const kept = Object.entries(drafts).filter(([key]) => {
    const target = parseDraftKey(key);
    return target.kind === 'other' || ids.has(target.cardId);
  });
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
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
      set({ planId, doc, loading: false, drafts: {}, pendingVariation: null, variationReason: null });
      await get().loadHistory(planId);
    } catch (error) {
      set({ loading: false, loadError: `Impossibile caricare il piano: ${messageOf(error)}` });
    }
  },

  async reloadDocument() {
    const { planId } = get();
    try {
      await get().flush();
      const previousFile = get().session?.filePath;
      const session = await api.getSession({});
      set({ session });
      const stillThere = session.plans.some((p) => p.id === planId);
      if (planId === null || !stillThere) {
        await get().init(null);
        return;
      }
      const doc = await api.loadPlan({ planId });
      // Unsaved texts belong to the cards they were typed in: another file, or a card gone, takes them along.
      const sameFile = previousFile === session.filePath;
      set((state) => ({ doc, drafts: sameFile ? keepDraftsOf(state.drafts, doc) : {}, pendingVariation: null }));
      await get().loadHistory(planId);
    } catch (error) {
      set({ loadError: `Impossibile ricaricare il piano: ${messageOf(error)}` });
    }
  },
});
