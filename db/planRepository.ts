/**
 * Everything the app, the CLI and the exchange do with the plans of one open file, as whole model objects.
 * Why one facade: every write is one transaction (all or nothing) and every SQLite failure leaves it as an
 * Italian `PlanFileError`; callers never see SQL.
 */
import type Database from 'better-sqlite3';
import type { ImportRecord } from '../shared/api';
import type { Amendment, Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanSummary } from '../shared/model';
import { importUndoStore } from './importUndo';
import { rolloverReport, type RolloverReport } from '../shared/rollover';
import { readCatalogues, writeCatalogues } from './catalogueStore';
import { readCards } from './cardRows';
import { cardNotFound, deleteCardRow, writeCard } from './cardWriter';
import { cardsForNewYear, standardCatalogues } from './newPlanContent';
import { PlanFileError, withPlanFileErrors } from './planFileError';
import { assertPlanExists, insertSettings, listPlanSummaries, readPlanSummary, readSettings, updateSettings } from './planRows';
import { assertValuesListed } from './monitoringDates';
import { amendClosedValue, type AmendRequest } from './monitoringHistory';
import { closeDate, copyMonitoringHistory, readMonitoringHistory } from './monitoringRecords';
import { relinkOrigins } from './originLinks';
import { statement } from './statements';

export type CreatedPlan = PlanSummary & { rollover?: RolloverReport };

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
  deleteCard(planId: number, cardId: number): void;
  /**
   * Replaces settings, catalogues and cards of a plan (Excel import). Cards are matched by id, else by code, so
   * unchanged cards keep their ids; cards missing from `doc` are deleted.
   */
  replacePlanContent(planId: number, doc: PlanDocument): PlanSummary;
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

export function createPlanRepository(db: Database.Database, filePath: string): PlanRepository {
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R =>
      withPlanFileErrors(filePath, () => fn(...args));
  const inTransaction =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R =>
      withPlanFileErrors(filePath, () => db.transaction(() => fn(...args))());

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

  const replacePlanContent = (planId: number, doc: PlanDocument): PlanSummary => {
    assertUniqueCodes(doc.cards);
    updateSettings(db, planId, doc.settings);
    writeCatalogues(db, planId, doc.catalogues);
    const stored = statement(db, 'SELECT id, code FROM cards WHERE plan_id = ?').all(planId) as {
      id: number;
      code: string;
    }[];
    const idByCode = new Map(stored.map((c) => [c.code, c.id]));
    const incoming = doc.cards.map((card) => ({ ...card, id: card.id !== 0 ? card.id : (idByCode.get(card.code) ?? 0) }));
    const targetIds = incoming.map((card) => card.id).filter((id) => id !== 0);
    const kept = new Set(targetIds);
    if (kept.size < targetIds.length) {
      throw new PlanFileError('conflict', 'Due righe del documento indicano la stessa scheda: nulla è stato modificato.');
    }
    for (const card of stored) if (!kept.has(card.id)) deleteCardRow(db, planId, card.id);
    // Park the kept cards' codes so that codes swapped between cards never collide half-way.
    statement(db, "UPDATE cards SET code = char(1) || id WHERE plan_id = ?").run(planId);
    for (const card of incoming) writeCard(db, planId, card);
    assertValuesListed(db, planId);
    return readPlanSummary(db, planId);
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
      writeCatalogues(db, planId, catalogues);
      return readCatalogues(db, planId);
    }),
    saveCard: inTransaction(saveCard),
    deleteCard: inTransaction((planId: number, cardId: number) => deleteCardRow(db, planId, cardId)),
    replacePlanContent: inTransaction(replacePlanContent),
    transaction: <T>(fn: () => T): T => withPlanFileErrors(filePath, () => db.transaction(fn)()),
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
