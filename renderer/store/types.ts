/**
 * The shape of the renderer's zustand store, assembled from slices.
 * Why: each slice (session, editing + history, list, drafts, UI) is typed against the whole state so slices
 * can read each other through `get()` while staying in their own modules.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { PiraApi, SessionInfo } from '../../shared/api';
import type { EditKind } from '../../shared/changeLog';
import type { Card, Catalogues, IsoDate, PlanDocument, PlanSettings } from '../../shared/model';
import type { CardListRow, PlanHead } from '../../shared/planListing';
import type { StatusRequest } from '../../shared/planStatus';
import type { History, HistoryEntry } from './history';
import type { ListFilters, SortSpec } from './listSelectors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** An edit of a card the back end refused: the screen shows the file again, the edit is kept to retry. */
export interface RefusedEdit {
  label: string;
  message: string;
  /** The card as the refused edit wanted it (null = its removal was refused). */
  card: Card | null;
}

/** A card being fetched from the file, or whose fetch failed (with the Italian reason). */
export type CardLoad = { state: 'loading' } | { state: 'error'; message: string };

/** Whether a view asked for every card of the plan, and how far that went. */
export type WholePlanState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The open plan, loaded list first (docs/performance.md): its header and one row per card at once, each whole card
 * when it is opened or edited, every card only for the views that need them (Cruscotto, Monitoraggio, …).
 */
export interface SessionSlice {
  session: SessionInfo | null;
  planId: number | null;
  /** The open plan without its cards: settings, catalogues, status, closings, amendments. */
  plan: PlanHead | null;
  /** Every card of the open plan as the list shows it, in plan order (renderer/store/planCards.ts). */
  rows: CardListRow[];
  /** The whole cards loaded so far, by id. */
  cards: Record<number, Card>;
  cardLoads: Record<number, CardLoad>;
  wholePlan: WholePlanState;
  /** Why loading every card failed (when `wholePlan` is 'error'). */
  wholePlanError: string | null;
  /** The whole plan — header and every card — once every card is loaded; null before (derived, see createPiraStore). */
  doc: PlanDocument | null;
  loading: boolean;
  loadError: string | null;
  /** Reads the session and opens the requested plan (or the most recent one). */
  init(preferredPlanId?: number | null): Promise<void>;
  /** Opens a plan on its list: its header and rows, no whole card. */
  selectPlan(planId: number): Promise<void>;
  /**
   * Re-reads the session, the open plan's header and rows (after an import or a change made outside the editor), and
   * the loaded cards the file holds in another version; the others stay as they are.
   */
  reloadDocument(): Promise<void>;
  /** Fetches the cards of `ids` not loaded yet (a card opened, the cards an edit rewrites). */
  loadCards(ids: readonly number[]): Promise<void>;
  /** Fetches every card not loaded yet: what the views that need the whole plan ask for when entered. */
  loadWholePlan(): Promise<void>;
  /** The rows of the cards not loaded, scored again by the back end (after the scoring policy changed). */
  refreshRows(): Promise<void>;
}

/** What an edit says to the change log beyond its label: a paste or a catalogue merge (a plain edit otherwise). */
export interface EditNote {
  kind?: EditKind;
}

export interface EditSlice {
  history: History;
  saveState: SaveState;
  saveError: string | null;
  /** Card id -> its last edit the back end refused (rolled back on screen). */
  refusedEdits: Record<number, RefusedEdit>;
  /**
   * An edit of an approved plan's content waiting for its reason ("variazione al piano"): shown to the user with
   * the rule's message; confirmed with a reason it is saved, cancelled it is dropped.
   */
  pendingVariation: { entry: HistoryEntry; message: string; step?: 'undo' | 'redo' } | null;
  /** The reason given for the variation in progress: every edit of the approved plan's content carries it. */
  variationReason: string | null;
  /** Applies `recipe` to the card, remembers the before/after snapshots and saves the card at once. */
  updateCard(cardId: number, recipe: (card: Card) => Card, label: string, note?: EditNote): void;
  /** Several cards edited as ONE undo step (a block pasted over rows of different cards). */
  updateCards(changes: { cardId: number; recipe: (card: Card) => Card }[], label: string, note?: EditNote): void;
  /** Adds an empty card and returns its (temporary) id. */
  addCard(template: Partial<Card>): number;
  removeCard(cardId: number): void;
  updateSettings(settings: PlanSettings, label: string): void;
  updateCatalogues(catalogues: Catalogues, label: string): void;
  /**
   * Catalogues, several cards and the settings changed together: ONE save (one transaction, one log entry), undone
   * and redone as one step.
   */
  updateMany(change: { catalogues?: Catalogues; cards?: Card[]; settings?: PlanSettings }, label: string, note?: EditNote): void;
  undo(): void;
  redo(): void;
  /** Rebuilds this user's undo/redo stack on the plan from the file's change log (on opening or reloading it). */
  loadHistory(planId: number): Promise<void>;
  /** Saves the pending variation with `reason`, which stays in force for the next ones (until `endVariation`). */
  confirmVariation(reason: string): void;
  cancelVariation(): void;
  endVariation(): void;
  /** The id a card has now (a new or recreated card gets its id from the back end after it was shown). */
  resolveCardId(id: number): number;
  /** Sends the refused edit of a card again, as a new edit. */
  retryRefused(cardId: number): void;
  /** Clears the save errors shown (the screen already shows what the file holds). */
  dismissSaveErrors(): void;
  /** Resolves when every queued save has been answered. */
  flush(): Promise<void>;
}

/** What the screens ask the file to do with its history and the plan's status (historySlice.ts). */
export interface HistorySlice {
  /** Reverts logged change `changeId` ("Annulla questa modifica"), recorded in turn; reloads the plan; says what was done. */
  revertLogged(changeId: number, reason?: string): Promise<string>;
  /** bozza → approvato → chiuso and back where allowed; the document shows the new status. */
  changePlanStatus(request: StatusRequest): Promise<void>;
}

/** A save was refused as stale (the file changed in another window or computer): see conflictSlice.ts. */
export interface ConflictSlice {
  saveConflict: boolean;
  /** Reloads the plan from the file, drops the refused saves and hides the conflict. */
  reloadAfterConflict(): Promise<void>;
}

export interface ListSlice {
  filters: ListFilters;
  sort: SortSpec;
  setFilters(patch: Partial<ListFilters>): void;
  setSort(sort: SortSpec): void;
  /** Ticked rows (codes) of one plan: what "selected cards" means for export and print. */
  selection: { planId: number | null; codes: string[] };
  setSelection(planId: number | null, codes: string[]): void;
  /** The row that takes the focus in the list (arrow keys move it; closing a card brings it back there). */
  activeCode: string | null;
  setActiveCode(code: string | null): void;
  /**
   * The monitoring date the list, the dashboard, the card and the print score at ("Valori al …"); null = the plan's
   * default, the latest date with values (shared/monitoringDates.ts `scoringDateOf`).
   */
  scoringDate: IsoDate | null;
  setScoringDate(date: IsoDate | null): void;
}

/** Raw text typed in a field that does not parse yet: kept and shown, never saved until valid (draftKeys.ts). */
export interface DraftSlice {
  drafts: Record<string, string>;
  setDraft(key: string, text: string | null): void;
}

export type PiraState = SessionSlice & EditSlice & ListSlice & DraftSlice & ConflictSlice & HistorySlice;

/** Row versions the API client last saw, by `card:ID`, `settings:PLAN`, `catalogues:PLAN` (rowVersions.ts). */
export type KnownVersions = ReadonlyMap<string, number>;

export type Slice<T> = (api: PiraApi, known: KnownVersions) => StateCreator<PiraState, [], [], T>;
