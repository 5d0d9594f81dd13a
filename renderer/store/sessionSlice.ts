/**
 * Session and open plan: which file and plans exist, which plan is shown, loading errors; the plan is read list first
 * (its header and rows), each whole card when a screen needs it, every card only for the views that need them all.
 * Why: a plan of 1.800 cards lists at once; opening or reloading a plan rebuilds this user's undo history on it from
 * the file's change log; a reload refreshes the rows and only the loaded cards the file holds in another version.
 */
import type { Card } from '../../shared/model';
import { openedPlanId, type LoadedCards, type PlanListing } from '../../shared/planListing';
import { parseDraftKey, type Drafts } from './draftKeys';
import { missingCards, withCardsLoaded, withClosedCards, withClosedCardsKept } from './planCards';
import type { CardLoad, PiraState, SessionSlice, Slice } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The drafts of cards still listed (and those not tied to a card, like the settings'). */
function keepDraftsOf(drafts: Drafts, ids: ReadonlySet<number>): Drafts {
  const kept = Object.entries(drafts).filter(([key]) => {
    const target = parseDraftKey(key);
    return target.kind === 'other' || ids.has(target.cardId);
  });
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** `loads` with the entries of `ids` set to `load` (removed when null). */
function withLoads(loads: Record<number, CardLoad>, ids: readonly number[], load: CardLoad | null): Record<number, CardLoad> {
  const next = { ...loads };
  for (const id of ids) {
    if (load) next[id] = load;
    else delete next[id];
  }
  return next;
}

const CLOSED_PLAN: Pick<SessionSlice, 'plan' | 'rows' | 'cards' | 'cardLoads' | 'wholePlan' | 'wholePlanError'> = {
  plan: null,
  rows: [],
  cards: {},
  cardLoads: {},
  wholePlan: 'idle',
  wholePlanError: null,
};

export const sessionSlice: Slice<SessionSlice> = (api, known) => (set, get) => {
  /** Card id -> the fetch reading it now. */
  const fetching = new Map<number, Promise<void>>();
  /** Answers for another plan than the one open now (the user switched meanwhile) are dropped. */
  const stillOpen = (planId: number) => get().planId === planId && get().plan?.id === planId;

  /** Shows what the file answered for `ids` (cards missing from the answer were deleted meanwhile: their rows go). */
  const received = (planId: number, ids: readonly number[], { cards: loaded, closed }: LoadedCards) => {
    if (!stillOpen(planId)) return;
    const answered = new Set(loaded.map((card) => card.id));
    const gone = new Set(ids.filter((id) => !answered.has(id)));
    set((state: PiraState) => {
      const shown = withCardsLoaded(state, loaded);
      return {
        ...shown,
        ...(state.plan ? { plan: withClosedCards(state.plan, closed) } : {}),
        rows: gone.size > 0 ? shown.rows.filter((row) => !gone.has(row.id)) : shown.rows,
        cardLoads: withLoads(state.cardLoads, ids, null),
      };
    });
  };

  /** Opens plan `planId` on its list: `listed`, when it answered for that plan, or the list asked now. */
  const showPlan = async (planId: number, listed: Promise<PlanListing | null> | null) => {
    set({ loading: true, loadError: null });
    try {
      await get().flush();
      const early = await listed;
      const { plan, rows } = early?.plan.id === planId ? early : await api.listCardRows({ planId });
      set({ planId, ...CLOSED_PLAN, plan, rows, loading: false, drafts: {}, pendingVariation: null, variationReason: null });
      await get().loadHistory(planId);
    } catch (error) {
      set({ loading: false, loadError: `Impossibile caricare il piano: ${messageOf(error)}` });
    }
  };

  return {
    session: null,
    planId: null,
    ...CLOSED_PLAN,
    doc: null,
    loading: false,
    loadError: null,

    async init(preferredPlanId = null) {
      set({ loading: true, loadError: null });
      // Without a plan named, the latest plan's list is asked right after the session rather than once it answered:
      // the back end reads it while the session's answer travels and the app's code is evaluated (issue 21). Its
      // failure is told by the list's own request below.
      const asked = api.getSession({});
      const latest = preferredPlanId === null ? api.listLatestPlan({}).catch(() => null) : null;
      try {
        const session = await asked;
        set({ session });
        const planId = openedPlanId(session.plans, preferredPlanId);
        if (planId === null) {
          set({ loading: false, planId: null, ...CLOSED_PLAN });
          return;
        }
        await showPlan(planId, latest);
      } catch (error) {
        set({ loading: false, loadError: `Impossibile aprire il piano: ${messageOf(error)}` });
      }
    },

    selectPlan: (planId) => showPlan(planId, null),

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
        const sameFile = previousFile === session.filePath;
        const listing = await api.listCardRows({ planId });
        const { rows } = listing;
        const plan = sameFile ? withClosedCardsKept(get().plan, listing.plan) : listing.plan;
        // A date closed since: the loaded cards are read again, with the scores it kept for them.
        const before = get().plan?.closures ?? [];
        const newClosing = (plan.closures ?? []).some((c) => !before.some((p) => p.date === c.date && p.closedAt === c.closedAt));
        const listed = new Set(rows.map((row) => row.id));
        // A loaded card stays when the file holds the version this window knows; the others are read again.
        const current = sameFile ? get().cards : {};
        const kept: Record<number, Card> = {};
        const stale: number[] = [];
        for (const row of rows) {
          const card = current[row.id];
          if (!card) continue;
          if (!newClosing && row.version !== undefined && known.get(`card:${row.id}`) === row.version) kept[row.id] = card;
          else stale.push(row.id);
        }
        const wanted = get().wholePlan !== 'idle';
        set((state: PiraState) => ({
          plan,
          ...withCardsLoaded({ plan, rows, cards: {} }, Object.values(kept)),
          cardLoads: {},
          wholePlan: wanted ? 'loading' : 'idle',
          wholePlanError: null,
          // Unsaved texts belong to the cards they were typed in: another file, or a card gone, takes them along.
          drafts: sameFile ? keepDraftsOf(state.drafts, listed) : {},
          pendingVariation: null,
        }));
        if (wanted) await get().loadWholePlan();
        else await get().loadCards(stale);
        await get().loadHistory(planId);
      } catch (error) {
        set({ loadError: `Impossibile ricaricare il piano: ${messageOf(error)}` });
      }
    },

    async loadCards(ids) {
      const { planId, cards } = get();
      if (planId === null) return;
      const wanted = [...new Set(ids)].filter((id) => id > 0 && !cards[id]);
      // A card another call is fetching is waited for, not asked twice.
      const pending = wanted.flatMap((id) => fetching.get(id) ?? []);
      const asked = wanted.filter((id) => !fetching.has(id));
      if (asked.length > 0) {
        set((state: PiraState) => ({ cardLoads: withLoads(state.cardLoads, asked, { state: 'loading' }) }));
        const fetch = api.loadCards({ planId, cardIds: asked }).then(
          (loaded) => received(planId, asked, loaded),
          (error: unknown) => {
            if (stillOpen(planId)) {
              const failed: CardLoad = { state: 'error', message: `Impossibile leggere la scheda dal file: ${messageOf(error)}` };
              set((state: PiraState) => ({ cardLoads: withLoads(state.cardLoads, asked, failed) }));
            }
            throw error;
          },
        );
        const settled = fetch.finally(() => {
          for (const id of asked) if (fetching.get(id) === settled) fetching.delete(id);
        });
        for (const id of asked) fetching.set(id, settled);
        pending.push(settled);
      }
      await Promise.all(pending);
    },

    async loadWholePlan() {
      const { planId } = get();
      if (planId === null || (get().wholePlan === 'ready' && missingCards(get()).length === 0)) return;
      set({ wholePlan: 'loading', wholePlanError: null });
      try {
        await get().loadCards(missingCards(get()));
        if (!stillOpen(planId)) return;
        // Cards added meanwhile are loaded already (they were made here); none should be missing.
        const complete = missingCards(get()).length === 0;
        set(complete ? { wholePlan: 'ready' } : { wholePlan: 'error', wholePlanError: 'alcune schede non si sono potute leggere dal file' });
      } catch (error) {
        if (stillOpen(planId)) set({ wholePlan: 'error', wholePlanError: messageOf(error) });
      }
    },

    async refreshRows() {
      const { planId } = get();
      if (planId === null) return;
      const { rows } = await api.listCardRows({ planId });
      if (!stillOpen(planId)) return;
      const fresh = new Map(rows.map((row) => [row.id, row]));
      // Only the rows of cards not loaded: a loaded card's row is rebuilt from what is on screen.
      set((state: PiraState) => ({ rows: state.rows.map((row) => (state.cards[row.id] ? row : (fresh.get(row.id) ?? row))) }));
    },
  };
};
