/**
 * Everything the app, the CLI and the exchange do with the plans of one open file, as whole model objects.
 * Why one facade: every write is one transaction (all or nothing) and every SQLite failure leaves it as an
 * Italian `PlanFileError`; callers never see SQL. Write transactions start IMMEDIATE: they take the write lock
 * before reading, so a second writer waits (busy timeout) instead of failing with SQLITE_BUSY_SNAPSHOT.
 */
import type Database from 'better-sqlite3';
import type { ImportRecord } from '../shared/api';
import type { ChangeNote } from '../shared/changeLog';
import type { Amendment, Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanSummary } from '../shared/model';
import { changeHistory, type ChangeHistory } from './changeHistory';
import { listEntries } from './changeLogStore';
import { createChangeJournal, editNote, type Actor, type RecordNote } from './changeJournal';
import { importUndoStore } from './importUndo';
import type { ImportRestore } from './importRestore';
import { clearedRequiredFields, hasErrors } from '../shared/requiredFields';
import { rolloverReport, type RolloverReport } from '../shared/rollover';
import { nextCataloguesVersion, readCatalogues, writeCatalogues } from './catalogueStore';
import { readCards } from './cardRows';
import { readCardListRows } from './cardListRows';
import type { LoadedCards, PlanListing } from '../shared/planListing';
import { readClosureHeads, readSnapshotCards } from './closureSnapshots';
import { cardNotFound, deleteCardRow, writeCard } from './cardWriter';
import { cardsForNewYear, standardCatalogues } from './newPlanContent';
import { PlanFileError, withPlanFileErrors } from './planFileError';
import { assertPlanExists, insertSettings, listPlanSummaries, readPlanSummary, readSettings, updateSettings } from './planRows';
import { assertValuesListed } from './monitoringDates';
import { amendClosedValue, readAmendments, removeClosure, type AmendRequest } from './monitoringHistory';
import { formatDate } from '../shared/dates';
import { closeDate, copyMonitoringHistory, readMonitoringHistory } from './monitoringRecords';
import { relinkOrigins } from './originLinks';
import { planDelta } from './planDelta';
import { planStamp } from './planStamp';
import { readPlanStatus, writePlanStatus } from './planStatusStore';
import { statement } from './statements';
import { currentOwner } from './fileLock';
import { memoizedListing } from './listingMemo';

export type CreatedPlan = PlanSummary & { rollover?: RolloverReport };

/**
 * The plan after a replacement, how many parts (settings, catalogues, cards) were actually written, and what undoing
 * it would write back.
 */
export type ReplaceOutcome = PlanSummary & { written: number; restore: ImportRestore };

export interface CreatePlanOptions {
  /** Copy the catalogues (and, with `copyCards`, the cards) of this plan; otherwise start from the standard lists. */
  copyFromPlanId?: number;
  copyCards?: boolean;
}

/** The history operations (saveChanges, revertChange, setPlanStatus, the log, undo/redo) are ChangeHistory's. */
export interface PlanRepository extends ChangeHistory {
  /** All plans of the file, by year. */
  listPlans(): PlanSummary[];
  loadPlan(planId: number): PlanDocument;
  /** The plan's header and its cards as the list shows them (shared/planListing.ts), without reading whole cards. */
  listCardRows(planId: number): PlanListing;
  /**
   * The cards `cardIds` of the plan, whole, in plan order (ids not in the plan, deleted meanwhile, are left out), and
   * the scores each closed date kept for them (`listCardRows` leaves them out of its closings).
   */
  loadCards(planId: number, cardIds: readonly number[]): LoadedCards;
  /** Stores a whole document as a new plan (every id and origin link in it is ignored; new ids are assigned). */
  insertPlan(doc: PlanDocument, note?: RecordNote): PlanSummary;
  /** Stores documents as new plans in one transaction, keeping the origin links between them (a copied file). */
  insertPlans(docs: readonly PlanDocument[]): PlanSummary[];
  /** A new plan (a new year), empty or copied from another plan of the file (then with the report of the copy). */
  createPlan(settings: PlanSettings, options?: CreatePlanOptions): CreatedPlan;
  /** Every write below is recorded in the change log in its own transaction; `change` says what it is (and why). */
  savePlanSettings(planId: number, settings: PlanSettings, change?: ChangeNote): PlanSettings;
  saveCatalogues(planId: number, catalogues: Catalogues, change?: ChangeNote): Catalogues;
  /** Inserts (id 0) or replaces the card with ALL its indicators, targets and measurements; returns it with ids. */
  saveCard(planId: number, card: Card, change?: ChangeNote): Card;
  /** Deletes a card; with `version`, only if the file still holds that version of it. */
  deleteCard(planId: number, cardId: number, version?: number, change?: ChangeNote): void;
  /**
   * Replaces settings, catalogues and cards of a plan (Excel import). Cards are matched by id, else by code, so
   * unchanged cards keep their ids; cards missing from `doc` are deleted; only what differs from `current` (the plan
   * as stored, when the caller has it) is written, and only that is recorded in the change log.
   */
  replacePlanContent(planId: number, doc: PlanDocument, current?: PlanDocument): ReplaceOutcome;
  /** Fingerprint of the plan's row versions (db/planStamp.ts): equal stamps, nothing saved in between. */
  planStamp(planId: number): string;
  /**
   * Runs `fn` in one transaction (nested repository calls included): all of it is written, or nothing. With `note`
   * the writes inside are ONE entry of the change log (an import); without, each is its own.
   */
  transaction<T>(fn: () => T, note?: RecordNote): T;
  /** Keeps what undoing an import writes back (`replacePlanContent`'s `restore`; call in its transaction, after it). */
  recordImport(planId: number, before: ImportRestore | null, fileNames: readonly string[], summary: string): void;
  /** The last import of the plan still recorded, and whether it can be undone. */
  lastImport(planId: number): ImportRecord | null;
  /** Restores the plan as it was before its last import; refused when the plan was edited since. */
  undoLastImport(planId: number, reason?: string): { planId: number | null; message: string };
  /** Closes a monitoring date (recorded in the change log): its values become read-only and the scores at that date are kept as they are now. */
  closeMonitoringDate(planId: number, date: IsoDate, closedBy: string): Closure;
  /**
   * Reopens a closed monitoring date (its values editable again), with the reason; the closing, snapshot included,
   * stays in the change log, and the reopening is an entry of its own.
   */
  reopenMonitoringDate(planId: number, date: IsoDate, reason: string): void;
  /** Corrects a value of a closed date, recording who, when, before, after and why (also in the change log). */
  amendValue(planId: number, request: AmendRequest, author: string): Amendment;
}

function assertUniqueCodes(cards: readonly Card[]): void {
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.code)) {
      throw new PlanFileError('conflict', `Il codice «${card.code}» compare in più schede: ogni scheda deve avere un codice proprio.`);
    }
    seen.add(card.code);
  }
}

function asNewCard({ originId: _ignored, ...card }: Card): Card {
  return { ...card, id: 0, indicators: card.indicators.map(({ originId: _none, ...indicator }) => ({ ...indicator, id: 0 })) };
}

/**
 * `writeRefusal` answers, before any write, why writes are not allowed right now (a read-only open, a lock taken
 * over by another computer), or null. `actor`: who the change log records (the computer's user account).
 */
export function createPlanRepository(
  db: Database.Database,
  filePath: string,
  writeRefusal: () => string | null = () => null,
  actor: () => Actor = currentOwner,
): PlanRepository {
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R =>
      withPlanFileErrors(filePath, () => fn(...args));
  const assertWritable = () => {
    const refusal = writeRefusal();
    if (refusal !== null) throw new PlanFileError('locked', refusal);
  };
  const inTransaction =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      assertWritable();
      return withPlanFileErrors(filePath, () => db.transaction(() => fn(...args)).immediate());
    };

  /**
   * The plan with `cards` where its cards go, in the document's key order (read inside the caller's transaction); the
   * list's header leaves the closings' per-card scores out.
   */
  const planWith = <C>(planId: number, cards: () => C, closings: 'whole' | 'heads' = 'whole') => {
    const status = readPlanStatus(db, planId);
    const history = closings === 'whole' ? readMonitoringHistory(db, planId) : monitoringHeads(planId);
    return {
      id: planId,
      settings: readSettings(db, planId),
      catalogues: readCatalogues(db, planId),
      ...cards(),
      ...history,
      ...(status.stage === 'bozza' ? {} : { status }),
    };
  };
  /** readMonitoringHistory's fields with the closings' heads only. */
  const monitoringHeads = (planId: number): Pick<PlanDocument, 'closures' | 'amendments'> => {
    const closures = readClosureHeads(db, planId);
    const amendments = readAmendments(db, planId);
    return { ...(closures.length > 0 ? { closures } : {}), ...(amendments.length > 0 ? { amendments } : {}) };
  };
  const loadPlan = (planId: number): PlanDocument => db.transaction(() => planWith(planId, () => ({ cards: readCards(db, planId) })))();
  const listCardRows = (planId: number): PlanListing =>
    db.transaction(() => {
      const plan = planWith(planId, () => ({}), 'heads');
      return { plan, rows: readCardListRows(db, planId, plan.settings) };
    })();
  const loadCards = (planId: number, cardIds: readonly number[]): LoadedCards =>
    db.transaction(() => {
      assertPlanExists(db, planId);
      const cards = readCards(db, planId, cardIds);
      return { cards, closed: readSnapshotCards(db, planId, cards) };
    })();
  const journal = createChangeJournal(db, loadPlan, actor);
  /** A write recorded as ONE change of the log (nested in another recorded write, it joins that one). */
  const recorded =
    <A extends unknown[], R>(noteOf: (...args: A) => RecordNote, fn: (...args: A) => R) =>
    (...args: A): R =>
      journal.record(noteOf(...args), () => fn(...args));
  /**
   * A write of plan `planId` checked once it is complete: values only at the plan's listed monitoring dates. Once,
   * at the end: a batch may remove a date's values and then the date (or add a date and then its values).
   * `touched`: the cards the write saved when it left the list of dates alone (only their values are checked: one
   * card saved in a plan of 12.000 indicators looks at its own values); null checks the whole plan.
   */
  const listed =
    <A extends unknown[], R>(fn: (planId: number, ...rest: A) => R, touched?: (result: R, ...rest: A) => number[] | null) =>
    (planId: number, ...rest: A): R => {
      const result = fn(planId, ...rest);
      assertValuesListed(db, planId, touched ? touched(result, ...rest) : null);
      return result;
    };

  /** Writes a new plan holding `cards` as given (ids 0, origin links kept); returns its id and the cards' new ids. */
  const writeNewPlan = (settings: PlanSettings, catalogues: Catalogues, cards: readonly Card[]) => {
    assertUniqueCodes(cards);
    const planId = insertSettings(db, settings);
    writeCatalogues(db, planId, catalogues);
    const cardIds = cards.map((card) => writeCard(db, planId, card));
    assertValuesListed(db, planId);
    journal.plan(planId, false);
    return { planId, cardIds };
  };

  const insertPlans = (docs: readonly PlanDocument[]): PlanSummary[] => {
    const written = docs.map((doc) => ({ doc, ...writeNewPlan(doc.settings, doc.catalogues, doc.cards.map(asNewCard)) }));
    relinkOrigins(db, written);
    copyMonitoringHistory(db, written);
    for (const { doc, planId } of written) if (doc.status) writePlanStatus(db, planId, doc.status);
    return written.map(({ planId }) => readPlanSummary(db, planId));
  };

  const createPlan = (settings: PlanSettings, options: CreatePlanOptions = {}): CreatedPlan => {
    const source = options.copyFromPlanId === undefined ? null : loadPlan(options.copyFromPlanId);
    const catalogues = source ? source.catalogues : standardCatalogues();
    const cards = source && options.copyCards ? cardsForNewYear(source.cards, settings) : [];
    const { planId } = writeNewPlan(settings, catalogues, cards);
    const summary = readPlanSummary(db, planId);
    return source && options.copyCards ? { ...summary, rollover: rolloverReport(source, loadPlan(planId)) } : summary;
  };

  const saveCard = (planId: number, card: Card): Card => {
    assertPlanExists(db, planId);
    assertRequiredKept(planId, card);
    if (card.id !== 0) journal.card(planId, card.id);
    const cardId = writeCard(db, planId, card);
    if (card.id === 0) journal.addedCard(planId, cardId);
    const [saved] = readCards(db, planId, cardId);
    if (!saved) throw cardNotFound(cardId);
    return saved;
  };

  /** A save may not empty a required field that was filled (the errors `check` reports), issue 22 point 5. */
  const assertRequiredKept = (planId: number, card: Card) => {
    const ctx = { settings: readSettings(db, planId), catalogues: readCatalogues(db, planId), cards: [] };
    // A new card, or one `check` finds no error in, empties nothing required: the stored card need not be read.
    if (card.id === 0 || !hasErrors(card, ctx)) return;
    const before = readCards(db, planId, card.id)[0] ?? null;
    const cleared = clearedRequiredFields(before, card, ctx);
    if (cleared.length > 0) {
      throw new PlanFileError(
        'conflict',
        `${cleared.map((f) => f.message).join(' ')} La modifica della scheda ${before?.code ?? card.code} non è stata salvata: un campo obbligatorio non si può lasciare vuoto.`,
      );
    }
  };

  const deleteCard = (planId: number, cardId: number, version?: number) => {
    journal.card(planId, cardId);
    deleteCardRow(db, planId, cardId, version);
  };

  const savePlanSettings = (planId: number, settings: PlanSettings): PlanSettings => {
    journal.settings(planId);
    updateSettings(db, planId, settings);
    return readSettings(db, planId);
  };

  const saveCatalogues = (planId: number, catalogues: Catalogues): Catalogues => {
    assertPlanExists(db, planId);
    journal.catalogues(planId);
    nextCataloguesVersion(db, planId, catalogues.version);
    writeCatalogues(db, planId, catalogues);
    return readCatalogues(db, planId);
  };

  /**
   * Writes only what differs from `current` (the plan as stored; loaded when not given): an import that changes one
   * value rewrites one card (and the log records that card), one that changes nothing writes nothing.
   */
  const replacePlanContent = (planId: number, doc: PlanDocument, current: PlanDocument = loadPlan(planId)): ReplaceOutcome => {
    assertUniqueCodes(doc.cards);
    const delta = planDelta(current, doc);
    if (delta.settings) {
      journal.settings(planId);
      updateSettings(db, planId, doc.settings);
    }
    if (delta.catalogues) {
      journal.catalogues(planId);
      nextCataloguesVersion(db, planId, doc.catalogues.version);
      writeCatalogues(db, planId, doc.catalogues);
    }
    for (const card of delta.deleted) {
      journal.card(planId, card.id, card);
      deleteCardRow(db, planId, card.id);
    }
    // The log keeps each changed card as it was (`current` holds it), before its code is parked below, and what is
    // written over it (the indicators left as they were read back as stored: writtenCard.ts).
    const writing = new Map(delta.changed.map((card) => [card.id, card]));
    for (const card of delta.replaced) journal.card(planId, card.id, card, writing.get(card.id));
    // An indicator the import left as stored is the stored object itself: writeCard leaves its rows alone.
    const storedCards = new Map(delta.replaced.map((card) => [card.id, card]));
    // Park the codes of the changed cards that take another code, so that codes swapped between them never collide
    // half-way. A card keeping its code needs none: no other card of the document can take that code (codes are
    // unique in it), so it is never wanted by a card written before it (a 1% import parks nothing).
    const park = statement(db, 'UPDATE cards SET code = char(1) || id WHERE id = ? AND plan_id = ?');
    for (const card of delta.changed) if (card.id !== 0 && storedCards.get(card.id)?.code !== card.code) park.run(card.id, planId);
    const added: number[] = [];
    const writtenIds: number[] = [];
    for (const card of delta.changed) {
      const cardId = writeCard(db, planId, card, { stored: storedCards.get(card.id) });
      writtenIds.push(cardId);
      if (card.id === 0) {
        journal.addedCard(planId, cardId);
        added.push(cardId);
      }
    }
    // The dates change only with the settings: otherwise only the values of the cards written can be unlisted.
    assertValuesListed(db, planId, delta.settings ? null : writtenIds);
    const written = Number(delta.settings) + Number(delta.catalogues) + delta.deleted.length + delta.changed.length;
    const restore: ImportRestore = {
      ...(delta.settings ? { settings: current.settings } : {}),
      ...(delta.catalogues ? { catalogues: current.catalogues } : {}),
      cards: [...delta.deleted, ...delta.replaced],
      added,
    };
    return { ...readPlanSummary(db, planId), written, restore };
  };

  const undo = importUndoStore(db, loadPlan, replacePlanContent);
  const history = changeHistory(db, journal, { loadPlan, actor, saveCard, deleteCard, savePlanSettings, saveCatalogues });
  const created: RecordNote = { kind: 'create' };

  return {
    listPlans: guarded(() => listPlanSummaries(db)),
    loadPlan: guarded(loadPlan),
    listCardRows: guarded(memoizedListing(db, listCardRows)),
    loadCards: guarded(loadCards),
    insertPlan: inTransaction(recorded((_doc: PlanDocument, note?: RecordNote) => note ?? created, (doc: PlanDocument) => insertPlans([doc])[0]!)),
    insertPlans: inTransaction(recorded((_docs: readonly PlanDocument[]) => created, insertPlans)),
    createPlan: inTransaction(
      recorded((_settings: PlanSettings, options?: CreatePlanOptions): RecordNote => ({ kind: options?.copyCards ? 'rollover' : 'create' }), createPlan),
    ),
    savePlanSettings: inTransaction(recorded((_p: number, _s: PlanSettings, change?: ChangeNote) => editNote(change), listed(savePlanSettings))),
    saveCatalogues: inTransaction(recorded((_p: number, _c: Catalogues, change?: ChangeNote) => editNote(change), saveCatalogues)),
    saveCard: inTransaction(recorded((_p: number, _c: Card, change?: ChangeNote) => editNote(change), listed(saveCard, (saved) => [saved.id]))),
    deleteCard: inTransaction(recorded((_p: number, _c: number, _v?: number, change?: ChangeNote) => editNote(change), deleteCard)),
    replacePlanContent: inTransaction(recorded((_p: number, _d: PlanDocument, _c?: PlanDocument): RecordNote => ({ kind: 'import' }), replacePlanContent)),
    planStamp: guarded((planId: number) => planStamp(db, planId)),
    transaction: <T>(fn: () => T, note?: RecordNote): T => {
      assertWritable();
      return withPlanFileErrors(filePath, () => db.transaction(() => (note ? journal.record(note, fn) : fn())).immediate());
    },
    recordImport: inTransaction((planId: number, before: ImportRestore | null, fileNames: readonly string[], summary: string) =>
      undo.record(planId, before, fileNames, summary, new Date().toISOString()),
    ),
    lastImport: guarded((planId: number) => undo.last(planId)),
    undoLastImport: inTransaction(
      recorded(
        (planId: number, reason?: string): RecordNote => {
          // Undoing an import that was a variation is part of it: its reason carries over unless a new one is given.
          const given = reason?.trim() || (listEntries(db, { planId, kind: 'import', limit: 1 }).entries[0]?.reason ?? undefined);
          return { kind: 'undo-import', ...(given ? { reason: given } : {}) };
        },
        (planId: number, _reason?: string) => {
          journal.plan(planId, true);
          return undo.undo(planId);
        },
      ),
    ),
    saveChanges: inTransaction(listed(history.saveChanges, (saved, changes) => (changes.settings ? null : saved.cards.map((card) => card.id)))),
    revertChange: inTransaction(listed(history.revertChange)),
    setPlanStatus: inTransaction(history.setPlanStatus),
    listChanges: guarded(history.listChanges),
    changeUsers: guarded(history.changeUsers),
    undoStack: guarded(history.undoStack),
    closeMonitoringDate: inTransaction(
      recorded(
        (_p: number, date: IsoDate, _by: string): RecordNote => ({ kind: 'close-date', label: `monitoraggio al ${formatDate(date)} chiuso` }),
        (planId: number, date: IsoDate, closedBy: string) => {
          assertPlanExists(db, planId);
          journal.closure(planId, date);
          return closeDate(db, loadPlan(planId), date, closedBy, new Date().toISOString());
        },
      ),
    ),
    reopenMonitoringDate: inTransaction(
      recorded(
        (_p: number, date: IsoDate, reason: string): RecordNote => ({ kind: 'reopen-date', label: `monitoraggio al ${formatDate(date)} riaperto`, reason }),
        (planId: number, date: IsoDate, reason: string) => {
          assertPlanExists(db, planId);
          if (reason.trim() === '') {
            throw new PlanFileError('conflict', `Riaprire il monitoraggio al ${formatDate(date)} richiede il motivo: indicarlo (resta nello storico delle modifiche).`);
          }
          journal.closure(planId, date);
          removeClosure(db, planId, date);
        },
      ),
    ),
    amendValue: inTransaction(
      recorded(
        (_p: number, request: AmendRequest, _author: string): RecordNote => ({ kind: 'amend', reason: request.reason }),
        (planId: number, request: AmendRequest, author: string) => {
          assertPlanExists(db, planId);
          journal.card(planId, request.cardId);
          return amendClosedValue(db, planId, request, author, new Date().toISOString());
        },
      ),
    ),
  };
}
