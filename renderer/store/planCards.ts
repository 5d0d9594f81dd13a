/**
 * The open plan's cards in the store, as plain functions: the list's rows (every card, from `listCardRows`), the whole
 * cards loaded so far (opened, edited, or all of them for a view that needs every indicator), and the whole plan once
 * every card is loaded. Why: the list of a large plan shows at once while its cards stay in the file; a row always
 * follows its card (rebuilt with shared/planListing.ts's `cardListRow`, the back end's own function), so the list,
 * the editor and the whole-plan views never disagree.
 */
import type { Card, PlanDocument, PlanSettings } from '../../shared/model';
import { cardListRow, type CardListRow, type ClosedCards, type PlanHead } from '../../shared/planListing';

export interface PlanCards {
  plan: PlanHead | null;
  rows: CardListRow[];
  /** Whole cards by id: only those loaded. */
  cards: Record<number, Card>;
}

type CardsPatch = Pick<PlanCards, 'rows' | 'cards'>;

/** Rows in plan order: by position, and in the order they came for equal positions (what the file and `withCard` do). */
function inPlanOrder(rows: CardListRow[]): CardListRow[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.position - b.row.position || a.index - b.index).map(({ row }) => row);
}

/** Card `id` shown as `card` (its row rebuilt; a new card takes its place by position), or removed (null); no plan open, nothing. */
export function withCardShown(state: PlanCards, id: number, card: Card | null): CardsPatch {
  if (card === null) {
    const { [id]: _gone, ...cards } = state.cards;
    return { rows: state.rows.filter((row) => row.id !== id), cards };
  }
  if (!state.plan) return { rows: state.rows, cards: state.cards };
  const row = cardListRow(card, state.plan.settings);
  const exists = state.rows.some((r) => r.id === id);
  const rows = exists ? state.rows.map((r) => (r.id === id ? row : r)) : inPlanOrder([...state.rows, row]);
  return { rows, cards: { ...state.cards, [id]: card } };
}

/** Cards fetched from the file: kept, and their rows rebuilt from them (the rows may be older than the cards). */
export function withCardsLoaded(state: PlanCards, loaded: readonly Card[]): CardsPatch {
  if (loaded.length === 0) return { rows: state.rows, cards: state.cards };
  const settings = state.plan?.settings;
  const byId = new Map(loaded.map((card) => [card.id, card]));
  const rows = state.rows.map((row) => {
    const card = byId.get(row.id);
    return card && settings ? cardListRow(card, settings) : row;
  });
  const cards = { ...state.cards };
  for (const card of loaded) cards[card.id] = card;
  return { rows, cards };
}

/** The card the back end gave a new id: its row and its whole card follow. */
export function withCardRenamed(state: PlanCards, oldId: number, newId: number): CardsPatch {
  const rows = state.rows.map((row) => (row.id === oldId ? { ...row, id: newId } : row));
  const card = state.cards[oldId];
  if (!card) return { rows, cards: state.cards };
  const { [oldId]: _old, ...cards } = state.cards;
  return { rows, cards: { ...cards, [newId]: { ...card, id: newId } } };
}

/** The rows scored again with `settings` (a new policy): those of loaded cards here; the others need the back end. */
export function rowsRescored(state: PlanCards, settings: PlanSettings): { rows: CardListRow[]; unloaded: boolean } {
  let unloaded = false;
  const rows = state.rows.map((row) => {
    const card = state.cards[row.id];
    if (!card) unloaded = true;
    return card ? cardListRow(card, settings) : row;
  });
  return { rows, unloaded };
}

/**
 * The plan's closings with the scores they kept for cards just read added (`loadCards`): a closing's `snapshot.cards`
 * holds the entries of the cards read so far, every card's once the whole plan is.
 */
export function withClosedCards(plan: PlanHead, closed: readonly ClosedCards[]): PlanHead {
  if (!plan.closures || closed.every((c) => c.cards.length === 0)) return plan;
  const closures = plan.closures.map((closure) => {
    const added = closed.find((c) => c.date === closure.date)?.cards ?? [];
    if (added.length === 0) return closure;
    const key = (card: { cardId: number; code: string }) => `${card.cardId}|${card.code}`;
    const have = new Set(closure.snapshot.cards.map(key));
    const cards = [...closure.snapshot.cards, ...added.filter((card) => !have.has(key(card)))];
    return { ...closure, snapshot: { ...closure.snapshot, cards } };
  });
  return { ...plan, closures };
}

/** A header read again (a reload): its closings keep the entries read before when they are the same closing. */
export function withClosedCardsKept(previous: PlanHead | null, next: PlanHead): PlanHead {
  if (!previous?.closures || !next.closures) return next;
  const closures = next.closures.map((closure) => {
    const same = previous.closures?.find((p) => p.date === closure.date && p.closedAt === closure.closedAt);
    return same ? { ...closure, snapshot: { ...closure.snapshot, cards: same.snapshot.cards } } : closure;
  });
  return { ...next, closures };
}

/** Ids of the rows whose card is not loaded. */
export function missingCards(state: PlanCards): number[] {
  return state.rows.filter((row) => !state.cards[row.id]).map((row) => row.id);
}

/** The whole plan, once every card of the list is loaded (null before). */
export function wholePlanOf(state: PlanCards): PlanDocument | null {
  if (!state.plan) return null;
  const cards: Card[] = [];
  for (const row of state.rows) {
    const card = state.cards[row.id];
    if (!card) return null;
    cards.push(card);
  }
  const { id, settings, catalogues, ...rest } = state.plan;
  return { id, settings, catalogues, cards, ...rest };
}
