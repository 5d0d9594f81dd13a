// An in-memory PiraApi for store tests: ids handed out like the repository does, indicator ids and duplicate
// codes checked like db/cardWriter.ts (an id that does not belong to the card, a code another card has, are
// refused), a change set all or nothing with its log entry, a revert writing the entry's rows back, every call
// recorded; the list's rows built as the back end builds them, the closings' per-card scores sent with the cards
// read. (test/renderer/historyStore.test.ts runs the store on the real back end instead.)
import type { PiraApi } from '../../shared/api';
import { PiraApiError } from '../../shared/api';
import type { ChangeRows, ChangeSet, RevertResult, SavedChanges } from '../../shared/changeLog';
import type { Card, PlanDocument } from '../../shared/model';
import { cardListRow } from '../../shared/planListing';

export interface FakeApi {
  api: PiraApi;
  calls: { method: string; req: unknown }[];
  stored(): PlanDocument;
  /** The next call of `method` fails with this Italian message. */
  failNext(method: string, message: string): void;
}

export function createFakeApi(initial: PlanDocument): FakeApi {
  let doc: PlanDocument = structuredClone({ ...initial, id: 1 });
  let nextId = 1000;
  doc = {
    ...doc,
    cards: doc.cards.map((c) => ({ ...c, id: nextId++, indicators: c.indicators.map((i) => ({ ...i, id: nextId++ })) })),
  };
  const calls: FakeApi['calls'] = [];
  const failures = new Map<string, string>();
  const call = async <T>(method: string, req: unknown, run: () => T): Promise<T> => {
    calls.push({ method, req: structuredClone(req) });
    await Promise.resolve();
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw new PiraApiError('internal', failure);
    }
    return structuredClone(run());
  };
  const saveCard = (card: Card): Card => {
    const existing = doc.cards.find((c) => c.id === card.id);
    if (card.id !== 0 && !existing) throw new PiraApiError('not-found', `Scheda ${card.id} inesistente`);
    const holder = doc.cards.find((c) => c.code === card.code);
    if (holder && holder.id !== card.id) {
      throw new PiraApiError('conflict', `Esiste già una scheda con codice «${card.code}» in questo piano: scegliere un altro codice.`);
    }
    const owned = new Set(existing?.indicators.map((i) => i.id) ?? []);
    for (const ind of card.indicators) {
      if (ind.id !== 0 && !owned.has(ind.id)) throw new PiraApiError('conflict', `indicatore ${ind.id} non appartiene alla scheda`);
    }
    const saved: Card = {
      ...card,
      id: card.id || nextId++,
      indicators: card.indicators.map((i) => ({ ...i, id: i.id || nextId++ })),
    };
    doc = { ...doc, cards: existing ? doc.cards.map((c) => (c.id === saved.id ? saved : c)) : [...doc.cards, saved] };
    return saved;
  };
  const log = new Map<number, ChangeRows>();
  let lastChange = 0;
  const logged = (rows: ChangeRows) => {
    log.set(++lastChange, rows);
    return lastChange;
  };
  const saveChanges = (req: ChangeSet & { planId: number }): SavedChanges => {
    const kept = doc;
    try {
      const rows: ChangeRows = { cards: [] };
      for (const { cardId } of req.deletedCards ?? []) {
        const before = doc.cards.find((c) => c.id === cardId);
        if (!before) throw new PiraApiError('not-found', 'scheda inesistente');
        doc = { ...doc, cards: doc.cards.filter((c) => c.id !== cardId) };
        rows.cards.push({ before, after: null });
      }
      if (req.settings) {
        rows.settings = { before: doc.settings, after: req.settings };
        doc = { ...doc, settings: req.settings };
      }
      if (req.catalogues) {
        rows.catalogues = { before: doc.catalogues, after: req.catalogues };
        doc = { ...doc, catalogues: req.catalogues };
      }
      const cards = (req.cards ?? []).map((card) => {
        const before = doc.cards.find((c) => c.id === card.id) ?? null;
        const saved = saveCard(card);
        rows.cards.push({ before, after: saved });
        return saved;
      });
      return { cards, ...(req.settings ? { settings: req.settings } : {}), ...(req.catalogues ? { catalogues: req.catalogues } : {}), changeId: logged(rows) };
    } catch (error) {
      doc = kept;
      throw error;
    }
  };
  const revertChange = (req: { changeId: number }): RevertResult => {
    const rows = log.get(req.changeId);
    if (!rows) throw new PiraApiError('not-found', 'modifica inesistente');
    if (rows.settings?.before) doc = { ...doc, settings: rows.settings.before };
    if (rows.catalogues?.before) doc = { ...doc, catalogues: rows.catalogues.before };
    for (const { before, after } of rows.cards) {
      const others = doc.cards.filter((c) => c.id !== (after ?? before)?.id);
      doc = { ...doc, cards: before ? [...others, before].sort((a, b) => a.position - b.position) : others };
    }
    const swapped: ChangeRows = {
      cards: rows.cards.map((r) => ({ before: r.after, after: r.before })),
      ...(rows.settings ? { settings: { before: rows.settings.after, after: rows.settings.before } } : {}),
      ...(rows.catalogues ? { catalogues: { before: rows.catalogues.after, after: rows.catalogues.before } } : {}),
    };
    return { changeId: logged(swapped), message: 'annullata', rows: swapped, recreated: [] };
  };
  /** The plan's list as the back end builds it: the closings' heads, their per-card scores only with the cards read. */
  const listing = () => {
    const { cards, ...head } = doc;
    const closures = head.closures?.map((c) => ({ ...c, snapshot: { ...c.snapshot, cards: [] } }));
    const plan = closures ? { ...head, closures } : head;
    return { plan, rows: cards.map((card) => cardListRow(card, doc.settings)) };
  };
  const api = {
    getSession: (req: object) =>
      call('getSession', req, () => ({
        host: 'web' as const,
        appVersion: '0.0.0',
        filePath: '/dati/prova.pira',
        fileName: 'prova.pira',
        plans: [{ id: doc.id, ente: doc.settings.ente, year: doc.settings.year, title: doc.settings.title, cardCount: doc.cards.length }],
      })),
    loadPlan: (req: { planId: number }) => call('loadPlan', req, () => doc),
    listCardRows: (req: { planId: number }) => call('listCardRows', req, listing),
    listLatestPlan: (req: object) => call('listLatestPlan', req, listing),
    loadCards: (req: { planId: number; cardIds: number[] }) =>
      call('loadCards', req, () => {
        const cards = doc.cards.filter((card) => req.cardIds.includes(card.id));
        const isRead = (entry: { cardId: number; code: string }) => cards.some((card) => card.id === entry.cardId || card.code === entry.code);
        const closed = (doc.closures ?? []).map((c) => ({ date: c.date, cards: c.snapshot.cards.filter(isRead) }));
        return { cards, closed };
      }),
    saveCard: (req: { planId: number; card: Card }) => call('saveCard', req, () => saveCard(req.card)),
    deleteCard: (req: { planId: number; cardId: number }) =>
      call('deleteCard', req, () => {
        if (!doc.cards.some((c) => c.id === req.cardId)) throw new PiraApiError('not-found', 'scheda inesistente');
        doc = { ...doc, cards: doc.cards.filter((c) => c.id !== req.cardId) };
        return { deleted: true as const };
      }),
    savePlanSettings: (req: { planId: number; settings: PlanDocument['settings'] }) =>
      call('savePlanSettings', req, () => {
        doc = { ...doc, settings: req.settings };
        return req.settings;
      }),
    saveCatalogues: (req: { planId: number; catalogues: PlanDocument['catalogues'] }) =>
      call('saveCatalogues', req, () => {
        doc = { ...doc, catalogues: req.catalogues };
        return req.catalogues;
      }),
    saveChanges: (req: ChangeSet & { planId: number }) => call('saveChanges', req, () => saveChanges(req)),
    revertChange: (req: { changeId: number }) => call('revertChange', req, () => revertChange(req)),
    undoStack: (req: object) => call('undoStack', req, () => ({ past: [], future: [] })),
    onMenuCommand: () => () => undefined,
  } as unknown as PiraApi;
  return {
    api,
    calls,
    stored: () => doc,
    failNext: (method, message) => failures.set(method, message),
  };
}
