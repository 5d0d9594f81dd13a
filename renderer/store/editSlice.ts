/**
 * Every edit of the session: applied to the open document at once, remembered as a before/after snapshot
 * for undo/redo, and saved with exactly one API call (a batch too), in order; undo and redo revert the change the
 * file logged, so they keep working after a reload (the stack is rebuilt from the file's change log).
 * Why: the file is always the last valid state; saves are queued so a slow answer never overtakes a newer edit,
 * ids handed out by the back end (new or recreated cards) are followed everywhere (queue, history, cards and rows,
 * drafts), and a save the back end refuses is rolled back on screen, so screen and file never disagree. A change to
 * an approved plan waits for its reason (a variation) before it is shown or sent.
 */
import type { ChangeSet, RevertMode } from '../../shared/changeLog';
import type { Card, Catalogues, PlanSettings } from '../../shared/model';
import { blankCard } from '../../shared/planDefaults';
import type { PlanHead } from '../../shared/planListing';
import { followCardDrafts, followIndicatorDrafts } from './draftKeys';
import { renameKey, sameCard, withoutKey } from './cardSnapshots';
import { rowsRescored, withCardRenamed, withCardShown } from './planCards';
import { createSaveQueue } from './saveQueue';
import { EMPTY_HISTORY, inverse, leavesOf, pushEntry, remapCardId, takeRedo, takeUndo, withoutEntry, type CardEntry, type HistoryEntry } from './history';
import { entryFromItem, statusRefusal } from './historyRows';
import type { EditNote, EditSlice, PiraState, RefusedEdit, Slice } from './types';

type PlanPart = 'settings' | 'catalogues';
type PartValue = PlanSettings | Catalogues;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const editSlice: Slice<EditSlice> = (api) => (set, get) => {
  const saves = createSaveQueue((status) => set(status));
  let lastTempId = 0;
  let lastKey = 0;
  /** History entry key -> the change log entry that last wrote it (what undo or redo reverts). */
  const logIds = new Map<string, number>();
  /** Temporary or deleted card id -> the id the card now has in the file. */
  const movedIds = new Map<number, number>();
  const deletedIds = new Set<number>();
  /** Indicator ids the file holds for a card since its last save: an id removed since then is sent as new (0). */
  const fileIndicatorIds = new Map<number, Set<number>>();
  /**
   * Per card (by its id on screen): what the file holds (null = not in the file; 'unknown' = a card never loaded here,
   * read again from the file if its write is refused) and the writes in flight.
   */
  const fileCards = new Map<number, Card | null | 'unknown'>();
  const inFlight = new Map<number, number>();
  /** Cards whose latest answered write was refused: rolled back to `fileCards` once nothing is in flight. */
  const refusedCards = new Set<number>();
  /** The same for the plan's settings and catalogues. */
  const fileParts = new Map<PlanPart, PartValue>();
  const partsInFlight = new Map<PlanPart, number>();
  const refusedParts = new Set<PlanPart>();

  const resolveId = (id: number): number => {
    let current = id;
    for (let next = movedIds.get(current); next !== undefined; next = movedIds.get(current)) current = next;
    return current;
  };

  /** After the back end assigned a new id, every snapshot, the card and its row, the drafts and the bookkeeping follow it. */
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
        ...withCardRenamed(state, oldId, newId),
      };
    });
  };

  /** What the file learns from a card it saved or brought back: its indicators' ids, and that it exists. */
  const knowFileCard = (card: Card) => {
    fileIndicatorIds.set(card.id, new Set(card.indicators.map((ind) => ind.id)));
    deletedIds.delete(card.id);
  };

  /** The card as the file must receive it: a new or recreated card as id 0, indicators the file lost as new. */
  const cardToSend = (card: Card): Card => {
    const fileId = resolveId(card.id);
    const isNew = fileId <= 0 || deletedIds.has(fileId);
    const known = fileIndicatorIds.get(fileId);
    const indicators = card.indicators.map((ind) => (isNew || (known && !known.has(ind.id)) ? { ...ind, id: 0 } : ind));
    return { ...card, id: isNew ? 0 : fileId, indicators };
  };

  /** One API call for the whole entry: the cards, their removals, settings and catalogues, in one transaction. */
  const saveEntry = async (entry: HistoryEntry) => {
    const changes: ChangeSet = {};
    const sent: number[] = [];
    const removed: number[] = [];
    for (const leaf of leavesOf(entry)) {
      if (leaf.kind === 'settings') changes.settings = leaf.after;
      else if (leaf.kind === 'catalogues') changes.catalogues = leaf.after;
      else if (leaf.after) {
        (changes.cards ??= []).push(cardToSend(leaf.after));
        sent.push(leaf.after.id);
      } else if (leaf.before) {
        const fileId = resolveId(leaf.before.id);
        if (fileId > 0 && !deletedIds.has(fileId)) {
          (changes.deletedCards ??= []).push({ cardId: fileId, version: leaf.before.version ?? 0 });
          removed.push(fileId);
        }
      }
    }
    const saved = await api.saveChanges({ planId: entry.planId, ...changes, change: { ...entry.note, label: entry.label } });
    if (entry.key && saved.changeId !== null) logIds.set(entry.key, saved.changeId);
    for (const id of removed) deletedIds.add(id);
    saved.cards.forEach((card, i) => {
      const shownId = sent[i] ?? card.id;
      const fileId = resolveId(shownId);
      knowFileCard(card);
      followId(shownId, card.id);
      if (fileId !== shownId) followId(fileId, card.id);
    });
  };

  /** Undo/redo: the file reverts the change it logged for `original` (refused when someone changed those rows since). */
  const revertEntry = async (original: HistoryEntry, mode: RevertMode, reason?: string) => {
    const changeId = original.key === undefined ? undefined : logIds.get(original.key);
    if (changeId === undefined) throw new Error('la modifica non risulta nel registro del file: ricaricare il piano');
    const result = await api.revertChange({ planId: original.planId, changeId, mode, ...(reason ? { change: { reason } } : {}) });
    if (original.key) logIds.set(original.key, result.changeId);
    for (const { from, to } of result.recreated) followId(from, to);
    for (const row of result.rows.cards) {
      if (row.after) knowFileCard(row.after);
      else if (row.before) deletedIds.add(row.before.id);
    }
  };

  /** The screen shows again what the file holds for the card (its refused edits are gone from the screen). */
  const rollBack = (id: number) => {
    refusedCards.delete(id);
    const fileCard = fileCards.get(id) ?? null;
    if (fileCard === 'unknown') {
      rollBackFromFile(id);
      return;
    }
    set((state: PiraState) => {
      if (!state.plan) return {};
      const shown = state.cards[id];
      const restored = fileCard && { ...fileCard, id };
      const drafts = restored && shown ? followIndicatorDrafts(state.drafts, id, shown.indicators, restored.indicators) : restored ? state.drafts : followCardDrafts(state.drafts, id, null);
      return { ...withCardShown(state, id, restored), drafts };
    });
  };

  /** A card shown here without ever being loaded (an undo after a reload): the file says what it holds now. */
  const rollBackFromFile = (id: number) => {
    const { plan } = get();
    if (!plan) return;
    set((state: PiraState) => {
      const { [id]: _shown, ...cards } = state.cards;
      return { cards };
    });
    void get()
      .loadCards([id])
      .catch(() => undefined); // the card's own screen says when it cannot be read
  };

  /** A card's write answered: its file state on success; on refusal the entry leaves the history and the card rolls back. */
  const settleCard = (enqueuedId: number, leaf: CardEntry, top: HistoryEntry, error: unknown, retry: boolean) => {
    const id = resolveId(enqueuedId);
    const left = (inFlight.get(id) ?? 1) - 1;
    if (left > 0) inFlight.set(id, left);
    else inFlight.delete(id);
    if (error === null) {
      fileCards.set(id, leaf.after && { ...leaf.after, id });
      refusedCards.delete(id);
    } else {
      refusedCards.add(id);
      const refused: RefusedEdit = { label: top.label, message: messageOf(error), card: leaf.after };
      set((state: PiraState) => ({
        ...(retry ? { refusedEdits: { ...state.refusedEdits, [id]: refused } } : {}),
        history: withoutEntry(state.history, top),
      }));
    }
    if (left <= 0 && refusedCards.has(id)) rollBack(id);
  };

  /** A new scoring policy was shown while some cards are not loaded: their rows are read again once it is saved. */
  let rescoreAfterSave = false;
  /**
   * The settings or catalogues shown as `value`. A new scoring policy scores every row again: here those of the loaded
   * cards; the others are asked of the back end once the settings are saved (`rescoreAfterSave`).
   */
  const showPart = (part: PlanPart, value: PartValue) =>
    set((state: PiraState) => {
      if (!state.plan) return {};
      const plan: PlanHead = { ...state.plan, [part]: value };
      if (part !== 'settings' || JSON.stringify(state.plan.settings.policy) === JSON.stringify((value as PlanSettings).policy)) return { plan };
      const rescored = rowsRescored(state, value as PlanSettings);
      if (rescored.unloaded) rescoreAfterSave = true;
      return { plan, rows: rescored.rows };
    });


  /** The settings' or catalogues' write answered: on refusal, once nothing else is in flight, the file's come back. */
  const settlePart = (part: PlanPart, after: PartValue, error: unknown) => {
    const left = (partsInFlight.get(part) ?? 1) - 1;
    if (left > 0) partsInFlight.set(part, left);
    else partsInFlight.delete(part);
    if (error === null) {
      fileParts.set(part, after);
      refusedParts.delete(part);
    } else refusedParts.add(part);
    const fileValue = fileParts.get(part);
    if (left <= 0 && refusedParts.delete(part) && fileValue) showPart(part, fileValue);
    if (part === 'settings' && left <= 0 && rescoreAfterSave) {
      rescoreAfterSave = false;
      void get()
        .refreshRows()
        .catch(() => undefined); // the rows keep their previous scores until the next reload
    }
  };

  /** What the file holds for card `id` as far as this window knows: the loaded card, none, or unknown (listed, not loaded). */
  const fileStateOf = (id: number): Card | null | 'unknown' => {
    const state = get();
    return state.cards[id] ?? (state.rows.some((row) => row.id === id) ? 'unknown' : null);
  };

  /** Shows the `after` side of every snapshot of `entry`; returns the ids of the cards it shows, for the settling. */
  const show = (entry: HistoryEntry): number[] => {
    const ids: number[] = [];
    for (const leaf of leavesOf(entry)) {
      if (leaf.kind === 'settings' || leaf.kind === 'catalogues') {
        const current = get().plan?.[leaf.kind];
        if (!partsInFlight.has(leaf.kind) && current) fileParts.set(leaf.kind, current);
        partsInFlight.set(leaf.kind, (partsInFlight.get(leaf.kind) ?? 0) + 1);
        showPart(leaf.kind, leaf.after);
      } else {
        const id = leaf.after?.id ?? leaf.before?.id ?? 0;
        // Nothing in flight: the screen shows what the file holds (after a reload too, whatever the snapshot says).
        if (!inFlight.has(id)) fileCards.set(id, fileStateOf(id));
        set((state: PiraState) => {
          if (!state.plan) return {};
          const shown = state.cards[id];
          const drafts = !leaf.after ? followCardDrafts(state.drafts, id, null) : shown ? followIndicatorDrafts(state.drafts, id, shown.indicators, leaf.after.indicators) : state.drafts;
          return { ...withCardShown(state, id, leaf.after), drafts };
        });
        inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
        ids.push(id);
      }
    }
    return ids;
  };

  /** The save status's key: one card, the settings, the catalogues, or the batch as a whole. */
  const targetOf = (entry: HistoryEntry): string => {
    if (entry.kind === 'card') return `card:${entry.after?.id ?? entry.before?.id ?? 0}`;
    return entry.kind === 'batch' ? `batch:${entry.key ?? entry.label}` : entry.kind;
  };

  /** Shows `shown` and queues `write`; the cards of `shown` settle with its answer. */
  const showAndWrite = (shown: HistoryEntry, top: HistoryEntry, write: () => Promise<void>, retry: boolean) => {
    const { plan } = get();
    if (!plan || plan.id !== shown.planId) return;
    const ids = show(shown);
    const leaves = leavesOf(shown);
    const cardLeaves = leaves.filter((leaf): leaf is CardEntry => leaf.kind === 'card');
    saves.enqueue(targetOf(shown), top.label, write, (error) => {
      for (const leaf of leaves) if (leaf.kind === 'settings' || leaf.kind === 'catalogues') settlePart(leaf.kind, leaf.after, error);
      cardLeaves.forEach((leaf, i) => settleCard(ids[i] ?? 0, leaf, top, error, retry));
      if (error !== null) set((state: PiraState) => ({ history: withoutEntry(state.history, top) }));
    });
  };

  /** A new edit: asks for the reason first when it changes an approved plan, else shows it, remembers it, saves it. */
  const record = (entry: HistoryEntry) => {
    const { plan, variationReason } = get();
    if (!plan) return;
    let keyed: HistoryEntry = { ...entry, key: `s${++lastKey}` };
    if (plan.status?.stage === 'approvato' && statusRefusal(plan, keyed) !== null) {
      if (!variationReason) {
        set({ pendingVariation: { entry: keyed, message: statusRefusal(plan, keyed) ?? '' } });
        return;
      }
      keyed = { ...keyed, note: { ...keyed.note, reason: variationReason } };
    }
    const sent = keyed;
    set((state: PiraState) => ({ history: pushEntry(state.history, sent) }));
    showAndWrite(sent, sent, () => saveEntry(sent), true);
  };

  /**
   * Undo/redo of a change of an approved plan's content is a variation too, with ITS OWN reason (never the one of the
   * change it undoes): the step waits in `pendingVariation` until the reason is given. True when it waits.
   */
  const askStepReason = (shown: HistoryEntry, step: 'undo' | 'redo'): boolean => {
    const { plan } = get();
    if (!plan || plan.status?.stage !== 'approvato') return false;
    const message = statusRefusal(plan, { ...shown, note: { ...shown.note, reason: undefined } });
    if (message === null) return false;
    set({ pendingVariation: { entry: shown, message, step } });
    return true;
  };

  const stepWithReason = (step: 'undo' | 'redo', reason: string) => {
    const taken = step === 'undo' ? takeUndo(get().history) : takeRedo(get().history);
    if (!taken) return;
    set({ history: taken.history });
    const shown = step === 'undo' ? inverse(taken.entry) : taken.entry;
    showAndWrite(shown, taken.entry, () => revertEntry(taken.entry, step, reason), false);
  };

  /** The card entry of `recipe` on the card `cardId` (loaded: only a loaded card is edited), or null when it changes nothing. */
  const cardEntry = (state: PiraState, planId: number, cardId: number, recipe: (card: Card) => Card, label: string): CardEntry | null => {
    const before = state.cards[cardId];
    if (!before) return null;
    const after = recipe(before);
    if (sameCard(after, before)) return null;
    return { kind: 'card', planId, label, before, after: { ...after, id: before.id } };
  };
  const noted = (note: EditNote | undefined) => (note ? { note } : {});

  return {
    history: EMPTY_HISTORY,
    saveState: 'idle',
    saveError: null,
    refusedEdits: {},
    pendingVariation: null,
    variationReason: null,

    updateCard(cardId, recipe, label, note) {
      const state = get();
      const entry = state.plan && cardEntry(state, state.plan.id, cardId, recipe, label);
      if (entry) record({ ...entry, ...noted(note) });
    },

    updateCards(changes, label, note) {
      const state = get();
      const { plan } = state;
      if (!plan) return;
      const entries = changes.flatMap(({ cardId, recipe }) => cardEntry(state, plan.id, cardId, recipe, label) ?? []);
      if (entries.length === 1 && entries[0]) record({ ...entries[0], ...noted(note) });
      else if (entries.length > 1) record({ kind: 'batch', planId: plan.id, label, entries, ...noted(note) });
    },

    addCard(template) {
      const { plan, rows } = get();
      if (!plan) return 0;
      lastTempId -= 1;
      const position = rows.reduce((max, row) => Math.max(max, row.position), 0) + 1;
      const card: Card = blankCard({ ...template, id: lastTempId, position });
      record({ kind: 'card', planId: plan.id, label: 'nuova scheda', before: null, after: card });
      return card.id;
    },

    removeCard(cardId) {
      const { plan, cards } = get();
      const before = cards[cardId];
      if (!plan || !before) return;
      record({ kind: 'card', planId: plan.id, label: `eliminazione della scheda ${before.code}`, before, after: null });
    },

    updateSettings(settings, label) {
      const { plan } = get();
      if (!plan) return;
      record({ kind: 'settings', planId: plan.id, label, before: plan.settings, after: settings });
    },

    updateCatalogues(catalogues, label) {
      const { plan } = get();
      if (!plan) return;
      record({ kind: 'catalogues', planId: plan.id, label, before: plan.catalogues, after: catalogues });
    },

    updateMany(change, label, note) {
      const { plan, cards } = get();
      if (!plan) return;
      const entries: HistoryEntry[] = [];
      if (change.catalogues) entries.push({ kind: 'catalogues', planId: plan.id, label, before: plan.catalogues, after: change.catalogues });
      for (const card of change.cards ?? []) {
        const before = cards[card.id];
        if (before) entries.push({ kind: 'card', planId: plan.id, label, before, after: card });
      }
      if (change.settings) entries.push({ kind: 'settings', planId: plan.id, label, before: plan.settings, after: change.settings });
      if (entries.length > 0) record({ kind: 'batch', planId: plan.id, label, entries, ...noted(note) });
    },

    undo() {
      const taken = takeUndo(get().history);
      if (!taken) return;
      if (askStepReason(inverse(taken.entry), 'undo')) return;
      set({ history: taken.history });
      showAndWrite(inverse(taken.entry), taken.entry, () => revertEntry(taken.entry, 'undo'), false);
    },

    redo() {
      const taken = takeRedo(get().history);
      if (!taken) return;
      if (askStepReason(taken.entry, 'redo')) return;
      set({ history: taken.history });
      showAndWrite(taken.entry, taken.entry, () => revertEntry(taken.entry, 'redo'), false);
    },

    async loadHistory(planId) {
      try {
        const stack = await api.undoStack({ planId });
        const rebuilt = (side: 'past' | 'future') =>
          stack[side].flatMap((item) => {
            const entry = entryFromItem(item, planId, side);
            if (entry?.key) logIds.set(entry.key, item.changeId);
            return entry ?? [];
          });
        set({ history: { past: rebuilt('past'), future: rebuilt('future') } });
      } catch {
        set({ history: EMPTY_HISTORY }); // the stack is a convenience: the plan opens without it
      }
    },

    confirmVariation(reason) {
      const pending = get().pendingVariation;
      if (pending?.step) {
        // an undo/redo of the approved content: its own reason, for this step only
        set({ pendingVariation: null });
        stepWithReason(pending.step, reason.trim());
        return;
      }
      set({ pendingVariation: null, variationReason: reason.trim() || null });
      if (pending) record(pending.entry);
    },

    cancelVariation: () => set({ pendingVariation: null }),
    endVariation: () => set({ variationReason: null }),

    resolveCardId: resolveId,

    retryRefused(cardId) {
      const { plan, cards, refusedEdits } = get();
      const refused = refusedEdits[cardId];
      if (!plan || !refused) return;
      set((state: PiraState) => ({ refusedEdits: withoutKey(state.refusedEdits, cardId) }));
      const before = cards[cardId] ?? null;
      if (before === null && get().rows.some((row) => row.id === cardId)) return; // still being read again from the file
      const after = refused.card && { ...refused.card, id: cardId };
      if ((before === null && after === null) || (before && after && sameCard(before, after))) return;
      record({ kind: 'card', planId: plan.id, label: refused.label, before, after });
    },

    dismissSaveErrors() {
      set({ refusedEdits: {} });
      saves.clearErrors();
    },

    flush: () => saves.flush(),
  };
};
