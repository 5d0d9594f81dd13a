/**
 * The change log of a plan file as data: the kinds of change, the exact rows a change replaced (what a revert writes
 * back) and the entries as the screen, the print and `pira log` read them.
 * Why one vocabulary: the db writes entries in the same transaction as the change, the renderer rebuilds undo/redo
 * from them and the CLI prints them; all three must agree on every field.
 */
import type { Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanStatus } from './model';

/** Every kind of change, with the Italian name the log shows. */
export const CHANGE_KINDS = {
  edit: 'Modifica',
  paste: 'Incolla',
  merge: 'Unione di voci',
  import: 'Importazione',
  'undo-import': 'Annullamento dell’importazione',
  create: 'Nuovo piano',
  rollover: 'Nuovo piano dall’anno precedente',
  undo: 'Annulla',
  redo: 'Ripeti',
  revert: 'Annullamento di una modifica',
  status: 'Stato del piano',
  amend: 'Rettifica di un valore chiuso',
  'close-date': 'Chiusura del monitoraggio',
  'reopen-date': 'Riapertura del monitoraggio',
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

export const isChangeKind = (text: string): text is ChangeKind => Object.hasOwn(CHANGE_KINDS, text);

/** The kinds an editor's save may declare (the others are set by the operation itself). */
export const EDIT_KINDS = ['edit', 'paste', 'merge'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/**
 * What a write request may say about itself: its kind, a short Italian label ("target 2025 dell’indicatore 2
 * (01_01_OS01)") and the reason, needed for a change to an approved plan (a "variazione al piano").
 */
export interface ChangeNote {
  kind?: EditKind;
  label?: string;
  reason?: string;
}

/** One row as it was before and after a change (null = it did not exist). */
export interface RowChange<T> {
  before: T | null;
  after: T | null;
}

/**
 * The rows a change replaced, exactly (row versions included, ignored when compared): enough to write them back.
 * A whole plan created or removed is kept as `plan` (the removed document, or a digest of the created one).
 */
export interface ChangeRows {
  settings?: RowChange<PlanSettings>;
  catalogues?: RowChange<Catalogues>;
  cards: RowChange<Card>[];
  status?: RowChange<PlanStatus>;
  plan?: { before: PlanDocument | null; afterDigest: string | null; afterCards?: TouchedCard[] };
  /** Monitoring dates closed (before null) or reopened (after null), with the closing (snapshot included). */
  closures?: ({ date: IsoDate } & RowChange<Closure>)[];
}

/** One field changed, said as the user reads it (Italian label, formatted values), or a card/indicator added or removed. */
export interface ChangeDetail {
  scope: 'plan' | 'catalogues' | 'card' | 'indicator';
  action: 'added' | 'removed' | 'changed';
  /** Card code (after the change; before it for a removed card). */
  cardCode?: string;
  /** Indicator name, for indicator details. */
  indicator?: string;
  field: string;
  /** Stable key: `title`, `indicator.weight`, `target.2025`, `value.2024-06-30`, `plan.title`, `status`… */
  key: string;
  before: string;
  after: string;
}

/** A card an entry touched: its id in the file (null once a plan was removed) and its code. */
export interface TouchedCard {
  id: number | null;
  code: string;
}

/** Extra facts of an import or a new plan: the workbooks and the summary of what they did. */
export interface ChangeInfo {
  files?: string[];
  summary?: string;
}

export interface ChangeEntry {
  id: number;
  /** Null once the plan was removed (an undone import that had created it). */
  planId: number | null;
  planYear: number;
  /** ISO date and time. */
  at: string;
  user: string;
  computer: string;
  kind: ChangeKind;
  label: string;
  reason: string | null;
  /** A change to an approved plan's content ("variazione al piano"). */
  variation: boolean;
  /** The entry this one reverted (undo, redo, revert). */
  revertsId: number | null;
  /** The latest entry that reverted this one, if any. */
  revertedBy: number | null;
  cards: TouchedCard[];
  details: ChangeDetail[];
  info?: ChangeInfo;
}

/** Which entries to list; every field narrows the list. */
export interface ChangeFilter {
  planId?: number;
  /** The card's id and code (an entry matches either: a code changes, an id can come back after a deletion). */
  card?: { id?: number; code?: string };
  /** ISO dates, both included. */
  since?: string;
  until?: string;
  user?: string;
  kind?: ChangeKind;
  variationsOnly?: boolean;
  /** Entries older than this id (the next page). */
  beforeId?: number;
  limit?: number;
}

/** An entry of the undo/redo stack: the rows as the edit left them (past) or as its undo left them (future). */
export interface StackItem {
  changeId: number;
  label: string;
  rows: ChangeRows;
  reason: string | null;
}

/** How a stored change is written back: Ctrl+Z, Ctrl+Y, or "Annulla questa modifica" from the history. */
export type RevertMode = 'undo' | 'redo' | 'revert';

export const kindLabel = (kind: ChangeKind): string => CHANGE_KINDS[kind];

/** Several rows saved by ONE request, in ONE transaction and ONE log entry (a catalogue merge, a pasted block). */
export interface ChangeSet {
  /** Inserted (id 0) or replaced, in this order. */
  cards?: Card[];
  /** `version`: as loaded (the API requires it); the delete is refused (`stale`) when the file holds a newer one. */
  deletedCards?: { cardId: number; version: number }[];
  settings?: PlanSettings;
  catalogues?: Catalogues;
}

/** What a change set wrote: the cards in the order sent (with their ids), and the log entry (null: nothing changed). */
export interface SavedChanges {
  cards: Card[];
  settings?: PlanSettings;
  catalogues?: Catalogues;
  changeId: number | null;
}

/** What a revert wrote: its own log entry, the rows as it left them, and the cards that came back with a new id. */
export interface RevertResult {
  changeId: number;
  /** Italian: what was reverted. */
  message: string;
  rows: ChangeRows;
  recreated: { from: number; to: number }[];
}
