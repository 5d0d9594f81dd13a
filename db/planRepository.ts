/**
 * Everything the app, the CLI and the exchange do with the plans of one open file, as whole model objects.
 * Why one facade: every write is one transaction (all or nothing) and every SQLite failure leaves it as an
 * Italian `PlanFileError`; callers never see SQL. Write transactions start IMMEDIATE: they take the write lock
 * before reading, so a second writer waits (busy timeout) instead of failing with SQLITE_BUSY_SNAPSHOT.
 */
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import type { ImportRecord } from '../shared/api';
import type { Amendment, Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanSummary } from '../shared/model';
import { importUndoStore } from './importUndo';
import { rolloverReport, type RolloverReport } from '../shared/rollover';
import { nextCataloguesVersion, readCatalogues, writeCatalogues } from './catalogueStore';
import { readCards } from './cardRows';
import { cardNotFound, deleteCardRow, writeCard } from './cardWriter';
import { cardsForNewYear, standardCatalogues } from './newPlanContent';
import { PlanFileError, withPlanFileErrors } from './planFileError';
import { assertPlanExists, insertSettings, listPlanSummaries, readPlanSummary, readSettings, updateSettings } from './planRows';
import { assertValuesListed } from './monitoringDates';
import { amendClosedValue, type AmendRequest } from './monitoringHistory';
import { closeDate, copyMonitoringHistory, readMonitoringHistory } from './monitoringRecords';
import { relinkOrigins } from './originLinks';
import { planStamp } from './planStamp';
import { statement } from './statements';

export type CreatedPlan = PlanSummary & { rollover?: RolloverReport };

/** The plan after a replacement, and how many parts (settings, catalogues, cards) were actually written. */
export type ReplaceOutcome = PlanSummary & { written: number };

/** Same stored content, the row version aside (it only says how often a row was written). */
function sameContent<T extends { version?: number }>(a: T, b: T): boolean {
  const { version: _a, ...restA } = a;
  const { version: _b, ...restB } = b;
  return isDeepStrictEqual(restA, restB);
}

export interface CreatePlanOptions {
  /** Copy the catalogues (and, with `copyCards`, the cards) of this plan; otherwise start from the standard lists. */
  copyFromPlanId?: number;
  copyCards?: boolean;
}

export interface PlanRepository {
  /** All plans of the file, by year. */
  listPlans(): PlanSummary[];
  loadPlan(planId: number): PlanDocument;
  /** Stores a whole document as a new plan (every id and origin link in it is ignored; new ids are assigned). */
  insertPlan(doc: PlanDocument): PlanSummary;
  /** Stores documents as new plans in one transaction, keeping the origin links between them (a copied file). */
  insertPlans(docs: readonly PlanDocument[]): PlanSummary[];
  /** A new plan (a new year), empty or copied from another plan of the file (then with the report of the copy). */
  createPlan(settings: PlanSettings, options?: CreatePlanOptions): CreatedPlan;
  savePlanSettings(planId: number, settings: PlanSettings): PlanSettings;
  saveCatalogues(planId: number, catalogues: Catalogues): Catalogues;
  /** Inserts (id 0) or replaces the card with ALL its indicators, targets and measurements; returns it with ids. */
  saveCard(planId: number, card: Card): Card;
  /** Deletes a card; with `version`, only if the file still holds that version of it. */
  deleteCard(planId: number, cardId: number, version?: number): void;
  /**
   * Replaces settings, catalogues and cards of a plan (Excel import). Cards are matched by id, else by code, so
   * unchanged cards keep their ids; cards missing from `doc` are deleted; only what differs from `current` (the plan
   * as stored, when the caller has it) is written.
   */
  replacePlanContent(planId: number, doc: PlanDocument, current?: PlanDocument): ReplaceOutcome;
  /** Fingerprint of the plan's row versions (db/planStamp.ts): equal stamps, nothing saved in between. */
  planStamp(planId: number): string;
  /** Runs `fn` in one transaction (nested repository calls included): all of it is written, or nothing. */
  transaction<T>(fn: () => T): T;
  /** Keeps the plan as it was before an import (call in the import's transaction, after writing it). */
  recordImport(planId: number, before: PlanDocument | null, fileNames: readonly string[], summary: string): void;
  /** The last import of the plan still recorded, and whether it can be undone. */
  lastImport(planId: number): ImportRecord | null;
  /** Restores the plan as it was before its last import; refused when the plan was edited since. */
  undoLastImport(planId: number): { planId: number | null; message: string };
  /** Closes a monitoring date: its values become read-only and the scores at that date are kept as they are now. */
  closeMonitoringDate(planId: number, date: IsoDate, closedBy: string): Closure;
  /** Corrects a value of a closed date, recording who, when, before, after and why. */
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
 * over by another computer), or null.
 */
export function createPlanRepository(db: Database.Database, filePath: string, writeRefusal: () => string | null = () => null): PlanRepository {
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

  const loadPlan = (planId: number): PlanDocument =>
    db.transaction(() => ({
      id: planId,
      settings: readSettings(db, planId),
      catalogues: readCatalogues(db, planId),
      cards: readCards(db, planId),
      ...readMonitoringHistory(db, planId),
    }))();

  /** Writes a new plan holding `cards` as given (ids 0, origin links kept); returns its id and the cards' new ids. */
  const writeNewPlan = (settings: PlanSettings, catalogues: Catalogues, cards: readonly Card[]) => {
    assertUniqueCodes(cards);
    const planId = insertSettings(db, settings);
    writeCatalogues(db, planId, catalogues);
    const cardIds = cards.map((card) => writeCard(db, planId, card));
    assertValuesListed(db, planId);
    return { planId, cardIds };
  };

  const insertPlans = (docs: readonly PlanDocument[]): PlanSummary[] => {
    const written = docs.map((doc) => ({ doc, ...writeNewPlan(doc.settings, doc.catalogues, doc.cards.map(asNewCard)) }));
    relinkOrigins(db, written);
    copyMonitoringHistory(db, written);
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
    const cardId = writeCard(db, planId, card);
    assertValuesListed(db, planId);
    const [saved] = readCards(db, planId, cardId);
    if (!saved) throw cardNotFound(cardId);
    return saved;
  };

  /**
   * Writes only what differs from `current` (the plan as stored; loaded when not given): an import that changes one
   * value rewrites one card, one that changes nothing writes nothing and raises no version.
   */
  const replacePlanContent = (planId: number, doc: PlanDocument, current: PlanDocument = loadPlan(planId)): ReplaceOutcome => {
    assertUniqueCodes(doc.cards);
    let written = 0;
    if (!sameContent(doc.settings, current.settings)) {
      updateSettings(db, planId, doc.settings);
      written += 1;
    }
    if (!sameContent(doc.catalogues, current.catalogues)) {
      nextCataloguesVersion(db, planId, doc.catalogues.version);
      writeCatalogues(db, planId, doc.catalogues);
      written += 1;
    }
    const storedById = new Map(current.cards.map((card) => [card.id, card]));
    const idByCode = new Map(current.cards.map((c) => [c.code, c.id]));
    const incoming = doc.cards.map((card) => ({ ...card, id: card.id !== 0 ? card.id : (idByCode.get(card.code) ?? 0) }));
    const targetIds = incoming.map((card) => card.id).filter((id) => id !== 0);
    const kept = new Set(targetIds);
    if (kept.size < targetIds.length) {
      throw new PlanFileError('conflict', 'Due righe del documento indicano la stessa scheda: nulla è stato modificato.');
    }
    for (const card of current.cards) {
      if (kept.has(card.id)) continue;
      deleteCardRow(db, planId, card.id);
      written += 1;
    }
    const changed = incoming.filter((card) => {
      const stored = storedById.get(card.id);
      return !stored || !sameContent(card, stored);
    });
    // Park the changed cards' codes so that codes swapped between them never collide half-way.
    const park = statement(db, 'UPDATE cards SET code = char(1) || id WHERE id = ? AND plan_id = ?');
    for (const card of changed) if (card.id !== 0) park.run(card.id, planId);
    for (const card of changed) writeCard(db, planId, card);
    assertValuesListed(db, planId);
    return { ...readPlanSummary(db, planId), written: written + changed.length };
  };

  const undo = importUndoStore(db, loadPlan, replacePlanContent);

  return {
    listPlans: guarded(() => listPlanSummaries(db)),
    loadPlan: guarded(loadPlan),
    insertPlan: inTransaction((doc: PlanDocument) => insertPlans([doc])[0]!),
    insertPlans: inTransaction(insertPlans),
    createPlan: inTransaction(createPlan),
    savePlanSettings: inTransaction((planId: number, settings: PlanSettings) => {
      updateSettings(db, planId, settings);
      assertValuesListed(db, planId);
      return readSettings(db, planId);
    }),
    saveCatalogues: inTransaction((planId: number, catalogues: Catalogues) => {
      assertPlanExists(db, planId);
      nextCataloguesVersion(db, planId, catalogues.version);
      writeCatalogues(db, planId, catalogues);
      return readCatalogues(db, planId);
    }),
    saveCard: inTransaction(saveCard),
    deleteCard: inTransaction((planId: number, cardId: number, version?: number) => deleteCardRow(db, planId, cardId, version)),
    replacePlanContent: inTransaction(replacePlanContent),
    planStamp: guarded((planId: number) => planStamp(db, planId)),
    transaction: <T>(fn: () => T): T => {
      assertWritable();
      return withPlanFileErrors(filePath, () => db.transaction(fn).immediate());
    },
    recordImport: inTransaction((planId: number, before: PlanDocument | null, fileNames: readonly string[], summary: string) =>
      undo.record(planId, before, fileNames, summary, new Date().toISOString()),
    ),
    lastImport: guarded((planId: number) => undo.last(planId)),
    undoLastImport: inTransaction((planId: number) => undo.undo(planId)),
    closeMonitoringDate: inTransaction((planId: number, date: IsoDate, closedBy: string) =>
      closeDate(db, loadPlan(planId), date, closedBy, new Date().toISOString()),
    ),
    amendValue: inTransaction((planId: number, request: AmendRequest, author: string) => {
      assertPlanExists(db, planId);
      return amendClosedValue(db, planId, request, author, new Date().toISOString());
    }),
  };
}
