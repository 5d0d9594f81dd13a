/**
 * Every edit of the session: applied to the open document at once, remembered as a before/after snapshot
 * for undo/redo, and saved with exactly one API call, in order.
 * Why: the file is always the last valid state; saves are queued so a slow answer never overtakes a newer edit,
 * and ids handed out by the back end (new or recreated cards) are followed everywhere (queue, history, document).
 */
import type { Card, PlanDocument } from '../../shared/model';
import { blankCard } from '../../shared/planDefaults';
import { inverse, pushEntry, remapCardId, takeRedo, takeUndo, type HistoryEntry } from './history';
import type { EditSlice, PiraState, Slice } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withCard(doc: PlanDocument, id: number, card: Card | null): PlanDocument {
  const exists = doc.cards.some((c) => c.id === id);
  if (card === null) return { ...doc, cards: doc.cards.filter((c) => c.id !== id) };
  if (!exists) return { ...doc, cards: [...doc.cards, card].sort((a, b) => a.position - b.position) };
  return { ...doc, cards: doc.cards.map((c) => (c.id === id ? card : c)) };
}

export const editSlice: Slice<EditSlice> = (api) => (set, get) => {
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let lastTempId = 0;
  /** Temporary or deleted card id -> the id the card now has in the file. */
  const movedIds = new Map<number, number>();
  const deletedIds = new Set<number>();
  /** Indicator ids the file holds for a card since its last save: an id removed since then is sent as new (0). */
  const fileIndicatorIds = new Map<number, Set<number>>();
  /** Targets ('card:12', 'settings', 'catalogues') whose last save failed: the error stays until they save. */
  const failed = new Map<string, string>();

  const resolveId = (id: number): number => {
    let current = id;
    for (let next = movedIds.get(current); next !== undefined; next = movedIds.get(current)) current = next;
    return current;
  };

  const refreshStatus = () => {
    const firstError = failed.values().next().value;
    if (firstError !== undefined) set({ saveState: 'error', saveError: firstError });
    else set({ saveState: pending > 0 ? 'saving' : 'saved', saveError: null });
  };

  const enqueue = (target: string, label: string, write: () => Promise<void>) => {
    pending += 1;
    refreshStatus();
    queue = queue
      .then(write)
      .then(
        () => failed.delete(target),
        (error: unknown) => failed.set(target, `Errore nel salvataggio (${label}): ${messageOf(error)}`),
      )
      .then(() => {
        pending -= 1;
        refreshStatus();
      });
  };

  /** After the back end assigned a new id, every snapshot and the document follow it. */
  const followId = (oldId: number, newId: number) => {
    if (oldId === newId) return;
    movedIds.set(oldId, newId);
    set((state: PiraState) => ({
      history: remapCardId(state.history, oldId, newId),
      doc: state.doc && {
        ...state.doc,
        cards: state.doc.cards.map((c) => (c.id === oldId ? { ...c, id: newId } : c)),
      },
    }));
  };

  const writeCard = (planId: number, card: Card, label: string) =>
    enqueue(`card:${card.id}`, label, async () => {
      const fileId = resolveId(card.id);
      const isNew = fileId <= 0 || deletedIds.has(fileId);
      const known = fileIndicatorIds.get(fileId);
      const indicators = card.indicators.map((ind) =>
        isNew || (known && !known.has(ind.id)) ? { ...ind, id: 0 } : ind,
      );
      const saved = await api.saveCard({ planId, card: { ...card, id: isNew ? 0 : fileId, indicators } });
      fileIndicatorIds.set(saved.id, new Set(saved.indicators.map((ind) => ind.id)));
      deletedIds.delete(fileId);
      followId(card.id, saved.id);
      if (fileId !== card.id) followId(fileId, saved.id);
    });

  const removeFromFile = (planId: number, cardId: number, label: string) =>
    enqueue(`card:${cardId}`, label, async () => {
      const fileId = resolveId(cardId);
      if (fileId <= 0 || deletedIds.has(fileId)) return;
      await api.deleteCard({ planId, cardId: fileId });
      deletedIds.add(fileId);
    });

  /** Writes the `after` side of an entry to the document and to the file (used by edits, undo and redo). */
  const apply = (entry: HistoryEntry) => {
    const { doc } = get();
    if (!doc || doc.id !== entry.planId) return;
    switch (entry.kind) {
      case 'card': {
        const id = entry.after?.id ?? entry.before?.id ?? 0;
        set({ doc: withCard(doc, id, entry.after) });
        if (entry.after) writeCard(entry.planId, entry.after, entry.label);
        else removeFromFile(entry.planId, id, entry.label);
        return;
      }
      case 'settings':
        set({ doc: { ...doc, settings: entry.after } });
        enqueue('settings', entry.label, async () => {
          await api.savePlanSettings({ planId: entry.planId, settings: entry.after });
        });
        return;
      case 'catalogues':
        set({ doc: { ...doc, catalogues: entry.after } });
        enqueue('catalogues', entry.label, async () => {
          await api.saveCatalogues({ planId: entry.planId, catalogues: entry.after });
        });
        return;
    }
  };

  const record = (entry: HistoryEntry) => {
    set((state: PiraState) => ({ history: pushEntry(state.history, entry) }));
    apply(entry);
  };

  return {
    history: { past: [], future: [] },
    saveState: 'idle',
    saveError: null,

    updateCard(cardId, recipe, label) {
      const { doc } = get();
      const before = doc?.cards.find((c) => c.id === cardId);
      if (!doc || !before) return;
      const after = recipe(before);
      if (after === before) return;
      record({ kind: 'card', planId: doc.id, label, before, after: { ...after, id: before.id } });
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

    async flush() {
      while (pending > 0) await queue;
    },

    discardFailedSaves() {
      failed.clear();
      refreshStatus();
    },
  };
};
