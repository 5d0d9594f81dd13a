/**
 * Every edit of the session: applied to the open document at once, remembered as a before/after snapshot
 * for undo/redo, and saved with exactly one API call, in order.
 * Why: the file is always the last valid state; saves are queued so a slow answer never overtakes a newer edit,
 * ids handed out by the back end (new or recreated cards) are followed everywhere (queue, history, document,
 * drafts), and a save the back end refuses is rolled back on screen, so screen and file never disagree.
 */
import type { Card, PlanDocument } from '../../shared/model';
import { blankCard } from '../../shared/planDefaults';
import { followCardDrafts, followIndicatorDrafts } from './draftKeys';
import { renameKey, sameCard, withCard, withoutKey } from './cardSnapshots';
import { createSaveQueue } from './saveQueue';
import { inverse, pushEntry, remapCardId, takeRedo, takeUndo, withoutEntry, type CardEntry, type HistoryEntry } from './history';
import type { EditSlice, PiraState, RefusedEdit, Slice } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const editSlice: Slice<EditSlice> = (api) => (set, get) => {
  const saves = createSaveQueue((status) => set(status));
  let lastTempId = 0;
  /** Temporary or deleted card id -> the id the card now has in the file. */
  const movedIds = new Map<number, number>();
  const deletedIds = new Set<number>();
  /** Indicator ids the file holds for a card since its last save: an id removed since then is sent as new (0). */
  const fileIndicatorIds = new Map<number, Set<number>>();
  /** Per card (by its id in the document): what the file holds (null = not in the file) and the writes in flight. */
  const fileCards = new Map<number, Card | null>();
  const inFlight = new Map<number, number>();
  /** Cards whose latest answered write was refused: rolled back to `fileCards` once nothing is in flight. */
  const refusedCards = new Set<number>();

  const resolveId = (id: number): number => {
    let current = id;
    for (let next = movedIds.get(current); next !== undefined; next = movedIds.get(current)) current = next;
    return current;
  };

  /** After the back end assigned a new id, every snapshot, the document, the drafts and the bookkeeping follow it. */
  const followId = (oldId: number, newId: number) => {
    if (oldId === newId) return;
    movedIds.set(oldId, newId);
    renameKey(fileCards, oldId, newId);
    renameKey(inFlight, oldId, newId);
    if (refusedCards.delete(oldId)) refusedCards.add(newId);
    set((state: PiraState) => {
      const refused = state.refusedEdits[oldId];
      return {
        history: remapCardId(state.history, oldId, newId),
        drafts: followCardDrafts(state.drafts, oldId, newId),
        refusedEdits: refused ? { ...withoutKey(state.refusedEdits, oldId), [newId]: refused } : state.refusedEdits,
        doc: state.doc && {
          ...state.doc,
          cards: state.doc.cards.map((c) => (c.id === oldId ? { ...c, id: newId } : c)),
        },
      };
    });
  };

  const writeCard = async (planId: number, card: Card) => {
    const fileId = resolveId(card.id);
    const isNew = fileId <= 0 || deletedIds.has(fileId);
    const known = fileIndicatorIds.get(fileId);
    const indicators = card.indicators.map((ind) => (isNew || (known && !known.has(ind.id)) ? { ...ind, id: 0 } : ind));
    const saved = await api.saveCard({ planId, card: { ...card, id: isNew ? 0 : fileId, indicators } });
    fileIndicatorIds.set(saved.id, new Set(saved.indicators.map((ind) => ind.id)));
    deletedIds.delete(fileId);
    followId(card.id, saved.id);
    if (fileId !== card.id) followId(fileId, saved.id);
  };

  const removeFromFile = async (planId: number, cardId: number) => {
    const fileId = resolveId(cardId);
    if (fileId <= 0 || deletedIds.has(fileId)) return;
    await api.deleteCard({ planId, cardId: fileId });
    deletedIds.add(fileId);
  };

  /** The document shows again what the file holds for the card (its refused edits are gone from the screen). */
  const rollBack = (id: number) => {
    refusedCards.delete(id);
    const fileCard = fileCards.get(id) ?? null;
    set((state: PiraState) => {
      if (!state.doc) return {};
      const shown = state.doc.cards.find((c) => c.id === id);
      const restored = fileCard && { ...fileCard, id };
      const drafts = restored && shown ? followIndicatorDrafts(state.drafts, id, shown.indicators, restored.indicators) : restored ? state.drafts : followCardDrafts(state.drafts, id, null);
      return { doc: withCard(state.doc, id, restored), drafts };
    });
  };

  const settleCard = (enqueuedId: number, entry: CardEntry, error: unknown) => {
    const id = resolveId(enqueuedId);
    const left = (inFlight.get(id) ?? 1) - 1;
    if (left > 0) inFlight.set(id, left);
    else inFlight.delete(id);
    if (error === null) {
      fileCards.set(id, entry.after && { ...entry.after, id });
      refusedCards.delete(id);
    } else {
      refusedCards.add(id);
      const refused: RefusedEdit = { label: entry.label, message: messageOf(error), card: entry.after };
      set((state: PiraState) => ({ refusedEdits: { ...state.refusedEdits, [id]: refused }, history: withoutEntry(state.history, entry) }));
    }
    if (left <= 0 && refusedCards.has(id)) rollBack(id);
  };

  /** One card's snapshot to the document (drafts follow its rows) and to the file. */
  const applyCard = (entry: CardEntry) => {
    const id = entry.after?.id ?? entry.before?.id ?? 0;
    set((state: PiraState) => {
      if (!state.doc) return {};
      const shown = state.doc.cards.find((c) => c.id === id);
      const drafts = !entry.after ? followCardDrafts(state.drafts, id, null) : shown ? followIndicatorDrafts(state.drafts, id, shown.indicators, entry.after.indicators) : state.drafts;
      return { doc: withCard(state.doc, id, entry.after), drafts };
    });
    // Nothing in flight: the document showed what the file holds, so `before` is the file's state.
    if (!inFlight.has(id)) fileCards.set(id, entry.before);
    inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
    const after = entry.after;
    saves.enqueue(
      `card:${id}`,
      entry.label,
      () => (after ? writeCard(entry.planId, after) : removeFromFile(entry.planId, id)),
      (error) => settleCard(id, entry, error),
    );
  };

  /** Writes the `after` side of an entry to the document and to the file (used by edits, undo and redo). */
  const apply = (entry: HistoryEntry) => {
    const { doc } = get();
    if (!doc || doc.id !== entry.planId) return;
    switch (entry.kind) {
      case 'card':
        applyCard(entry);
        return;
      case 'settings':
        set({ doc: { ...doc, settings: entry.after } });
        saves.enqueue('settings', entry.label, async () => {
          await api.savePlanSettings({ planId: entry.planId, settings: entry.after });
        });
        return;
      case 'catalogues':
        set({ doc: { ...doc, catalogues: entry.after } });
        saves.enqueue('catalogues', entry.label, async () => {
          await api.saveCatalogues({ planId: entry.planId, catalogues: entry.after });
        });
        return;
      case 'batch':
        entry.entries.forEach(apply);
        return;
    }
  };

  const record = (entry: HistoryEntry) => {
    set((state: PiraState) => ({ history: pushEntry(state.history, entry) }));
    apply(entry);
  };

  /** The card entry of `recipe` on the card `cardId`, or null when it changes nothing. */
  const cardEntry = (doc: PlanDocument, cardId: number, recipe: (card: Card) => Card, label: string): CardEntry | null => {
    const before = doc.cards.find((c) => c.id === cardId);
    if (!before) return null;
    const after = recipe(before);
    if (sameCard(after, before)) return null;
    return { kind: 'card', planId: doc.id, label, before, after: { ...after, id: before.id } };
  };

  return {
    history: { past: [], future: [] },
    saveState: 'idle',
    saveError: null,
    refusedEdits: {},

    updateCard(cardId, recipe, label) {
      const { doc } = get();
      const entry = doc && cardEntry(doc, cardId, recipe, label);
      if (entry) record(entry);
    },

    updateCards(changes, label) {
      const { doc } = get();
      if (!doc) return;
      const entries = changes.flatMap(({ cardId, recipe }) => cardEntry(doc, cardId, recipe, label) ?? []);
      if (entries.length === 1 && entries[0]) record(entries[0]);
      else if (entries.length > 1) record({ kind: 'batch', planId: doc.id, label, entries });
    },

    addCard(template) {
      const { doc } = get();
      if (!doc) return 0;
      lastTempId -= 1;
      const position = doc.cards.reduce((max, c) => Math.max(max, c.position), 0) + 1;
      const card: Card = blankCard({ ...template, id: lastTempId, position });
      record({ kind: 'card', planId: doc.id, label: 'nuova scheda', before: null, after: card });
      return card.id;
    },

    removeCard(cardId) {
      const { doc } = get();
      const before = doc?.cards.find((c) => c.id === cardId);
      if (!doc || !before) return;
      record({ kind: 'card', planId: doc.id, label: `eliminazione della scheda ${before.code}`, before, after: null });
    },

    updateSettings(settings, label) {
      const { doc } = get();
      if (!doc) return;
      record({ kind: 'settings', planId: doc.id, label, before: doc.settings, after: settings });
    },

    updateCatalogues(catalogues, label) {
      const { doc } = get();
      if (!doc) return;
      record({ kind: 'catalogues', planId: doc.id, label, before: doc.catalogues, after: catalogues });
    },

    updateMany(change, label) {
      const { doc } = get();
      if (!doc) return;
      const entries: HistoryEntry[] = [];
      if (change.catalogues) entries.push({ kind: 'catalogues', planId: doc.id, label, before: doc.catalogues, after: change.catalogues });
      for (const card of change.cards ?? []) {
        const before = doc.cards.find((c) => c.id === card.id);
        if (before) entries.push({ kind: 'card', planId: doc.id, label, before, after: card });
      }
      if (change.settings) entries.push({ kind: 'settings', planId: doc.id, label, before: doc.settings, after: change.settings });
      if (entries.length > 0) record({ kind: 'batch', planId: doc.id, label, entries });
    },

    undo() {
      const taken = takeUndo(get().history);
      if (!taken) return;
      set({ history: taken.history });
      apply(inverse(taken.entry));
    },

    redo() {
      const taken = takeRedo(get().history);
      if (!taken) return;
      set({ history: taken.history });
      apply(taken.entry);
    },

    resolveCardId: resolveId,

    retryRefused(cardId) {
      const { doc, refusedEdits } = get();
      const refused = refusedEdits[cardId];
      if (!doc || !refused) return;
      set((state: PiraState) => ({ refusedEdits: withoutKey(state.refusedEdits, cardId) }));
      const before = doc.cards.find((c) => c.id === cardId) ?? null;
      const after = refused.card && { ...refused.card, id: cardId };
      if ((before === null && after === null) || (before && after && sameCard(before, after))) return;
      record({ kind: 'card', planId: doc.id, label: refused.label, before, after });
    },

    dismissSaveErrors() {
      set({ refusedEdits: {} });
      saves.clearErrors();
    },

    flush: () => saves.flush(),
  };
};
