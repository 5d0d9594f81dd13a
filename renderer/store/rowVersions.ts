/**
 * Row versions on the way to the back end: the API client the store uses remembers the version of every card,
 * settings and catalogues it loaded or saved, and sends it with each save and delete, so the file refuses an
 * edit made on a stale copy (another window or computer saved since) instead of overwriting it.
 * Why a wrapper: undo and redo re-send old snapshots, which carry old versions; the version to send is the last
 * one this window knows, and only this layer sees every load and every save answer.
 */
import { PiraApiError, type PiraApi } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';

/**
 * `known` is the book the wrapper keeps (the store reads it to tell which loaded cards the file holds in another
 * version). Versions are learnt only with the content they belong to — a whole plan, whole cards, a save's answer —
 * never from the list's rows: a row may be newer than the card on screen, and sending its version would overwrite
 * what someone else saved.
 */
export function trackRowVersions(api: PiraApi, onStale: () => void, known = new Map<string, number>()): PiraApi {
  const remember = (key: string, version: number | undefined) => {
    if (version !== undefined) known.set(key, version);
  };
  const rememberPlan = (doc: PlanDocument) => {
    remember(`settings:${doc.id}`, doc.settings.version);
    remember(`catalogues:${doc.id}`, doc.catalogues.version);
    for (const card of doc.cards) remember(`card:${card.id}`, card.version);
  };
  const watch = async <T>(call: Promise<T>): Promise<T> => {
    try {
      return await call;
    } catch (error) {
      if (error instanceof PiraApiError && error.code === 'stale') onStale();
      throw error;
    }
  };
  return {
    ...api,
    async loadPlan(req) {
      const doc = await api.loadPlan(req);
      rememberPlan(doc);
      return doc;
    },
    async loadCards(req) {
      const loaded = await api.loadCards(req);
      for (const card of loaded.cards) remember(`card:${card.id}`, card.version);
      return loaded;
    },
    async saveCard(req) {
      const version = req.card.id === 0 ? undefined : (known.get(`card:${req.card.id}`) ?? req.card.version);
      const saved = await watch(api.saveCard({ ...req, card: { ...req.card, version } }));
      remember(`card:${saved.id}`, saved.version);
      return saved;
    },
    async deleteCard(req) {
      const result = await watch(api.deleteCard({ ...req, version: known.get(`card:${req.cardId}`) ?? req.version }));
      known.delete(`card:${req.cardId}`);
      return result;
    },
    async savePlanSettings(req) {
      const version = known.get(`settings:${req.planId}`) ?? req.settings.version;
      const saved = await watch(api.savePlanSettings({ ...req, settings: { ...req.settings, version } }));
      remember(`settings:${req.planId}`, saved.version);
      return saved;
    },
    async saveCatalogues(req) {
      const version = known.get(`catalogues:${req.planId}`) ?? req.catalogues.version;
      const saved = await watch(api.saveCatalogues({ ...req, catalogues: { ...req.catalogues, version } }));
      remember(`catalogues:${req.planId}`, saved.version);
      return saved;
    },
    async saveChanges(req) {
      const versioned = <T extends { version?: number }>(key: string, row: T): T => ({ ...row, version: known.get(key) ?? row.version });
      const saved = await watch(
        api.saveChanges({
          ...req,
          ...(req.cards ? { cards: req.cards.map((card) => (card.id === 0 ? { ...card, version: undefined } : versioned(`card:${card.id}`, card))) } : {}),
          ...(req.deletedCards ? { deletedCards: req.deletedCards.map((d) => ({ ...d, version: known.get(`card:${d.cardId}`) ?? d.version })) } : {}),
          ...(req.settings ? { settings: versioned(`settings:${req.planId}`, req.settings) } : {}),
          ...(req.catalogues ? { catalogues: versioned(`catalogues:${req.planId}`, req.catalogues) } : {}),
        }),
      );
      for (const card of saved.cards) remember(`card:${card.id}`, card.version);
      for (const deleted of req.deletedCards ?? []) known.delete(`card:${deleted.cardId}`);
      if (saved.settings) remember(`settings:${req.planId}`, saved.settings.version);
      if (saved.catalogues) remember(`catalogues:${req.planId}`, saved.catalogues.version);
      return saved;
    },
    async revertChange(req) {
      // A revert carries no versions: the file checks that the rows are still as the change left them.
      const result = await api.revertChange(req);
      const { rows } = result;
      for (const row of rows.cards) if (row.after) remember(`card:${row.after.id}`, row.after.version);
      if (rows.settings?.after) remember(`settings:${req.planId}`, rows.settings.after.version);
      if (rows.catalogues?.after) remember(`catalogues:${req.planId}`, rows.catalogues.after.version);
      return result;
    },
  };
}
