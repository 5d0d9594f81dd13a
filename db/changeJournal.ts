/**
 * Records every write of the repository in the change log, in the same transaction: the repository tells the journal
 * which rows it is about to change (their state before is kept), and when the outermost write ends the journal reads
 * them again, checks the rules of the plan's status, and writes ONE entry per plan touched.
 * Why here: a change and its record can never part, whichever caller (app, CLI, import, revert) made the change.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChangeInfo, ChangeKind, ChangeNote, ChangeRows, RowChange } from '../shared/changeLog';
import { changeDetails, defaultLabel, touchedCards } from '../shared/changeDetails';
import type { Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanStatus } from '../shared/model';
import { isVariation, refusalFor } from '../shared/planStatus';
import { readCards } from './cardRows';
import { readCatalogues } from './catalogueStore';
import { writeEntry } from './changeLogStore';
import { withoutVersions } from './importUndo';
import { readClosure } from './monitoringHistory';
import { PlanFileError } from './planFileError';
import { readSettings } from './planRows';
import { readPlanStatus } from './planStatusStore';
import { sameJsonText } from './sameJsonText';
import { statement } from './statements';
import { cardsAfterWrite } from './writtenCard';

/** What the operation says about the change it writes (the kind is always known; the label defaults from the rows). */
export interface RecordNote {
  kind: ChangeKind;
  label?: string;
  reason?: string;
  revertsId?: number;
  info?: ChangeInfo;
}

/** The log's note of an editor's save (a plain edit unless it says otherwise). */
export const editNote = (change: ChangeNote | undefined): RecordNote => ({ ...change, kind: change?.kind ?? 'edit' });

export interface Actor {
  user: string;
  computer: string;
}

interface PlanCapture {
  /** The status in force before the change: the rules apply to it. */
  status: PlanStatus;
  /** Whole plan captured (a replacement, an undone import, a new plan): null = it did not exist. */
  whole?: PlanDocument | null;
  settings?: PlanSettings;
  catalogues?: Catalogues;
  cards: Map<number, Card | null>;
  /** The cards an import is about to write over the stored ones given as `cards` (see `card`). */
  writing: Map<number, Card>;
  statusTouched: boolean;
  /** Monitoring dates about to be closed or reopened, with their closing before (null = open). */
  closures: Map<IsoDate, Closure | null>;
}

export interface ChangeJournal {
  /** Runs `write` as one change (calls nested inside it join the outer one; the outer note wins). Call in a transaction. */
  record<T>(note: RecordNote, write: () => T): T;
  /** The entry the last outermost `record` wrote for `planId` (null: nothing changed). */
  lastEntryId(planId: number): number | null;
  /**
   * Before writing card `cardId` of the plan (existing, or about to be removed); `stored`: the card as the file holds
   * it, when the caller has just read it (an import: the plan loaded for the preview, unchanged since by its stamp);
   * `writing`: the card about to be written over `stored` (cardWriter.ts's `stored` option).
   */
  card(planId: number, cardId: number, stored?: Card, writing?: Card): void;
  /** After inserting card `cardId`: it did not exist before. */
  addedCard(planId: number, cardId: number): void;
  settings(planId: number): void;
  catalogues(planId: number): void;
  status(planId: number): void;
  /** Before closing or reopening monitoring date `date` of the plan. */
  closure(planId: number, date: IsoDate): void;
  /** Before replacing or removing a whole plan (`exists`), or after creating one (`exists` false). */
  plan(planId: number, exists: boolean): void;
}

const stripVersion = (row: object): object => {
  const { version: _version, ...rest } = row as { version?: number };
  return rest;
};
export const same = <T extends object>(a: T | null, b: T | null) =>
  a === null || b === null ? a === b : JSON.stringify(stripVersion(a)) === JSON.stringify(stripVersion(b));
/** `same`, for a card written by an import: its unchanged rows are the very objects on both sides (writtenCard.ts). */
const sameCard = (a: Card | null, b: Card | null) => (a === null || b === null ? a === b : sameJsonText(stripVersion(a), stripVersion(b)));

/** Digest of a plan's content (row versions aside): a created plan is removed by a revert only if still like this. */
export function planDigest(doc: PlanDocument): string {
  return createHash('sha256').update(JSON.stringify(withoutVersions(doc))).digest('hex');
}

export function createChangeJournal(
  db: Database.Database,
  loadPlan: (planId: number) => PlanDocument,
  actor: () => Actor,
  now: () => string = () => new Date().toISOString(),
): ChangeJournal {
  let active: { note: RecordNote; plans: Map<number, PlanCapture> } | null = null;
  let written = new Map<number, number>();

  const planExists = (planId: number) => statement(db, 'SELECT 1 FROM plans WHERE id = ?').get(planId) !== undefined;
  const capture = (planId: number): PlanCapture | null => {
    if (!active) return null;
    let found = active.plans.get(planId);
    if (!found) {
      found = { status: readPlanStatus(db, planId), cards: new Map(), writing: new Map(), statusTouched: false, closures: new Map() };
      active.plans.set(planId, found);
    }
    return found;
  };
  const readCard = (planId: number, cardId: number) => readCards(db, planId, cardId)[0] ?? null;

  /** A whole-plan capture taken after single rows were: those rows' earlier states replace what the plan shows now. */
  const wholeWithEarlierRows = (c: PlanCapture, doc: PlanDocument): PlanDocument => {
    const cards = doc.cards.filter((card) => !c.cards.has(card.id));
    for (const card of c.cards.values()) if (card) cards.push(card);
    return { ...doc, settings: c.settings ?? doc.settings, catalogues: c.catalogues ?? doc.catalogues, cards: cards.sort((a, b) => a.position - b.position) };
  };

  const wholeRows = (planId: number, before: PlanDocument | null): ChangeRows | null => {
    const after = planExists(planId) ? loadPlan(planId) : null;
    if (!before && !after) return null;
    if (!before && after) {
      return { cards: [], plan: { before: null, afterDigest: planDigest(after), afterCards: after.cards.map((c) => ({ id: c.id, code: c.code })) } };
    }
    if (before && !after) return { cards: [], plan: { before, afterDigest: null } };
    if (!before || !after) return null;
    const afterById = new Map(after.cards.map((card) => [card.id, card]));
    const beforeIds = new Set(before.cards.map((card) => card.id));
    const cards: RowChange<Card>[] = [
      ...before.cards.map((card) => ({ before: card, after: afterById.get(card.id) ?? null })),
      ...after.cards.filter((card) => !beforeIds.has(card.id)).map((card) => ({ before: null, after: card })),
    ];
    return {
      ...(same(before.settings, after.settings) ? {} : { settings: { before: before.settings, after: after.settings } }),
      ...(same(before.catalogues, after.catalogues) ? {} : { catalogues: { before: before.catalogues, after: after.catalogues } }),
      cards: cards.filter((row) => !same(row.before, row.after)),
    };
  };

  const rowsOf = (planId: number, c: PlanCapture): ChangeRows | null => {
    const statusNow = planExists(planId) ? readPlanStatus(db, planId) : c.status;
    const closures = [...c.closures]
      .map(([date, before]) => ({ date, before, after: planExists(planId) ? readClosure(db, planId, date) : null }))
      .filter((row) => !same(row.before, row.after));
    const status = {
      ...(c.statusTouched && !same(c.status, statusNow) ? { status: { before: c.status, after: statusNow } } : {}),
      ...(closures.length > 0 ? { closures } : {}),
    };
    if (c.whole !== undefined) {
      const rows = wholeRows(planId, c.whole);
      return rows && { ...rows, ...status };
    }
    const settings = c.settings && readSettings(db, planId);
    const catalogues = c.catalogues && readCatalogues(db, planId);
    const written = cardsAfterWrite(db, planId, [...c.cards.keys()], c.cards, c.writing);
    return {
      ...(c.settings && settings && !same(c.settings, settings) ? { settings: { before: c.settings, after: settings } } : {}),
      ...(c.catalogues && catalogues && !same(c.catalogues, catalogues) ? { catalogues: { before: c.catalogues, after: catalogues } } : {}),
      cards: [...c.cards].map(([cardId, before]) => ({ before, after: written.get(cardId) ?? null })).filter((row) => !sameCard(row.before, row.after)),
      ...status,
    };
  };

  const isEmpty = (rows: ChangeRows) => rows.cards.length === 0 && !rows.settings && !rows.catalogues && !rows.status && !rows.plan && !rows.closures?.length;

  const finish = (note: RecordNote, plans: Map<number, PlanCapture>) => {
    written = new Map();
    for (const [planId, c] of plans) {
      const rows = rowsOf(planId, c);
      if (!rows || isEmpty(rows)) continue;
      const details = changeDetails(rows);
      const year = rows.plan?.before?.settings.year ?? rows.settings?.after?.year ?? (planExists(planId) ? readSettings(db, planId).year : 0);
      const refusal = refusalFor(c.status, year, details, note.reason);
      if (refusal !== null) throw new PlanFileError('conflict', refusal);
      const who = actor();
      const reason = note.reason?.trim() || null;
      const id = writeEntry(db, {
        planId: planExists(planId) ? planId : null,
        planYear: year,
        at: now(),
        user: who.user,
        computer: who.computer,
        kind: note.kind,
        label: note.label?.trim() || defaultLabel(rows, year),
        reason,
        variation: reason !== null && isVariation(c.status, details),
        revertsId: note.revertsId ?? null,
        info: note.info ?? null,
        details,
        rows,
        cards: touchedCards(rows),
      });
      written.set(planId, id);
    }
  };

  return {
    record(note, write) {
      if (active) return write();
      active = { note, plans: new Map() };
      try {
        const result = write();
        finish(active.note, active.plans);
        return result;
      } finally {
        active = null;
      }
    },
    lastEntryId: (planId) => written.get(planId) ?? null,
    card(planId, cardId, stored, writing) {
      const c = capture(planId);
      if (!c || c.whole !== undefined || c.cards.has(cardId)) return;
      c.cards.set(cardId, stored ?? readCard(planId, cardId));
      if (stored && writing) c.writing.set(cardId, writing);
    },
    addedCard(planId, cardId) {
      const c = capture(planId);
      if (c && c.whole === undefined && !c.cards.has(cardId)) c.cards.set(cardId, null);
    },
    settings(planId) {
      const c = capture(planId);
      if (c && c.whole === undefined && !c.settings) c.settings = readSettings(db, planId);
    },
    catalogues(planId) {
      const c = capture(planId);
      if (c && c.whole === undefined && !c.catalogues) c.catalogues = readCatalogues(db, planId);
    },
    status(planId) {
      const c = capture(planId);
      if (c) c.statusTouched = true;
    },
    closure(planId, date) {
      const c = capture(planId);
      if (c && !c.closures.has(date)) c.closures.set(date, readClosure(db, planId, date));
    },
    plan(planId, exists) {
      const c = capture(planId);
      if (!c || c.whole !== undefined) return;
      c.whole = exists ? wholeWithEarlierRows(c, loadPlan(planId)) : null;
      c.statusTouched = true;
    },
  };
}
