// An in-memory PiraApi for store tests: ids handed out like the repository does, indicator ids and duplicate
// codes checked like db/cardWriter.ts (an id that does not belong to the card, a code another card has, are
// refused), every call recorded.
import type { PiraApi } from '../../shared/api';
import { PiraApiError } from '../../shared/api';
import type { Card, PlanDocument } from '../../shared/model';

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
    onMenuCommand: () => () => undefined,
  } as unknown as PiraApi;
  return {
    api,
    calls,
    stored: () => doc,
    failNext: (method, message) => failures.set(method, message),
  };
}
