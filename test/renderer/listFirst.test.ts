// Issue 21 in the renderer store, on the real back end (handlers, repository, a temporary file): a plan opens on its
// list (the header and the rows, no whole card), a card is read when it is opened, every card only when a view asks
// for the whole plan, each with its loading state and its error; edits, undo and a new policy keep the rows right
// without reading the plan again; a reload reads again only the loaded cards another user changed; and row versions
// still refuse a save made on a stale copy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../db/planFile';
import { dispatch } from '../../electron/app/dispatch';
import { createHandlers } from '../../electron/app/handlers';
import { createPiraStore, type PiraStore } from '../../renderer/store/createPiraStore';
import { cardRowsAt } from '../../renderer/store/listSelectors';
import { bridgeFromTransport, createApiClient, type ApiMethod, type PiraApi } from '../../shared/api';
import type { Card } from '../../shared/model';
import { snapshotCard } from '../../shared/scoreSnapshot';
import { sampleContext } from '../exchange/fixtures';

let env: ReturnType<typeof sampleContext>;
let calls: { method: ApiMethod; req: unknown }[];
/** Calls of `method` wait for this gate (to look at the store while they are in flight); null: they go through. */
let gate: { method: ApiMethod; open: Promise<void> } | null;
/** Calls of this method fail as a locked file does, until it is set back to null. */
let failing: ApiMethod | null;
beforeEach(() => {
  env = sampleContext();
  calls = [];
  gate = null;
  failing = null;
});
afterEach(() => env.cleanup());

function client(): PiraApi {
  return createApiClient(
    bridgeFromTransport(async (method, req) => {
      calls.push({ method, req });
      if (gate?.method === method) await gate.open;
      if (failing === method) return { ok: false, error: { code: 'locked', message: 'Il file è in uso da un altro programma.' } };
      return dispatch(createHandlers(env.ctx), method, req);
    }),
  );
}

async function openStore(): Promise<PiraStore> {
  const store = createPiraStore(client());
  await store.getState().init();
  return store;
}

const methods = () => calls.map((c) => c.method);
const rowOf = (store: PiraStore, code: string) => store.getState().rows.find((r) => r.code === code)!;
const performanceOf = (store: PiraStore, code: string) => cardRowsAt([rowOf(store, code)], '2024-06-30')[0]!.performance;

/** Another user's save of card `code` (their own connection, their own name). */
function otherUserSaves(code: string, change: (card: Card) => Card) {
  const other = openPlanFile(env.path, { actor: { user: 'anna.bianchi', computer: 'PC-2' } });
  try {
    const card = other.repo.loadPlan(1).cards.find((c) => c.code === code)!;
    other.repo.saveCard(1, change(card));
  } finally {
    other.close();
  }
}

describe('a plan opens on its list', () => {
  it('reads the header and the rows only: no whole card, no whole plan', async () => {
    const store = await openStore();
    const state = store.getState();
    // the latest plan's list is asked with the session, not once it answered
    expect(methods()).toEqual(['getSession', 'listLatestPlan', 'undoStack']);
    expect(state.rows).toHaveLength(18);
    expect(state.plan?.settings.year).toBe(2024);
    expect(state.cards).toEqual({});
    expect(state.doc).toBeNull();
    expect(state.wholePlan).toBe('idle');
    // the rows carry what the list shows, scored as the whole card scores
    expect(performanceOf(store, '01_01_OS01')).toBeCloseTo(env.file.repo.listCardRows(1).rows[0]!.scores['2024-06-30']!.performance!, 12);
  });

  it('opens the plan the address names by its id, and the latest plan by its own list when that list failed', async () => {
    const named = createPiraStore(client());
    await named.getState().init(1);
    expect(methods()).toEqual(['getSession', 'listCardRows', 'undoStack']);
    expect(named.getState().rows).toHaveLength(18);

    calls = [];
    failing = 'listLatestPlan';
    const store = await openStore();
    expect(methods()).toEqual(['getSession', 'listLatestPlan', 'listCardRows', 'undoStack']);
    expect(store.getState().rows).toHaveLength(18);
    expect(store.getState().loadError).toBeNull();
  });

  it('reads a card when it is opened, once even when asked twice, and says it is loading meanwhile', async () => {
    const store = await openStore();
    const id = rowOf(store, '02_01_OS01').id;
    let release = () => {};
    gate = { method: 'loadCards', open: new Promise<void>((resolve) => (release = resolve)) };
    const first = store.getState().loadCards([id]);
    const second = store.getState().loadCards([id]);
    expect(store.getState().cardLoads[id]).toEqual({ state: 'loading' });
    release();
    await Promise.all([first, second]);
    expect(methods().filter((m) => m === 'loadCards')).toHaveLength(1);
    expect(store.getState().cards[id]?.code).toBe('02_01_OS01');
    expect(store.getState().cardLoads[id]).toBeUndefined();
    expect(store.getState().doc).toBeNull();
  });

  it('says why a card could not be read, and reads it on a new request', async () => {
    const store = await openStore();
    const id = rowOf(store, '02_01_OS01').id;
    failing = 'loadCards';
    await expect(store.getState().loadCards([id])).rejects.toThrow();
    expect(store.getState().cardLoads[id]).toEqual({ state: 'error', message: 'Impossibile leggere la scheda dal file: Il file è in uso da un altro programma.' });
    failing = null;
    await store.getState().loadCards([id]);
    expect(store.getState().cards[id]?.code).toBe('02_01_OS01');
    expect(store.getState().cardLoads[id]).toBeUndefined();
  });

  it('reads every card for the views that need the whole plan, asking only for those not loaded, with a loading state', async () => {
    const store = await openStore();
    const opened = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([opened]);
    let release = () => {};
    gate = { method: 'loadCards', open: new Promise<void>((resolve) => (release = resolve)) };
    const whole = store.getState().loadWholePlan();
    expect(store.getState().wholePlan).toBe('loading');
    release();
    await whole;
    const asked = calls.filter((c) => c.method === 'loadCards').at(-1)!.req as { cardIds: number[] };
    expect(asked.cardIds).toHaveLength(17);
    expect(asked.cardIds).not.toContain(opened);
    expect(store.getState().wholePlan).toBe('ready');
    expect(store.getState().doc?.cards.map((c) => c.code)).toEqual(env.file.repo.loadPlan(1).cards.map((c) => c.code));
  });

  it('reports a whole plan it could not read, and reads it on retry', async () => {
    const store = await openStore();
    failing = 'loadCards';
    await store.getState().loadWholePlan();
    expect(store.getState().wholePlan).toBe('error');
    expect(store.getState().wholePlanError).toBe('Il file è in uso da un altro programma.');
    failing = null;
    await store.getState().loadWholePlan();
    expect(store.getState().wholePlan).toBe('ready');
    expect(store.getState().doc?.cards).toHaveLength(18);
  });
});

describe('editing with only some cards loaded', () => {
  it('an edit shows in the row at once and is saved, without reading the plan', async () => {
    const store = await openStore();
    const id = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([id]);
    const before = performanceOf(store, '01_01_OS01');
    store.getState().updateCard(id, (c) => ({ ...c, title: 'Titolo nuovo', indicators: c.indicators.map((i) => ({ ...i, override: { performance: 1, justification: 'prova' } })) }), 'titolo');
    expect(rowOf(store, '01_01_OS01').title).toBe('Titolo nuovo');
    expect(performanceOf(store, '01_01_OS01')).toBe(1);
    expect(before).not.toBe(1);
    await store.getState().flush();
    expect(env.file.repo.loadCards(1, [id]).cards[0]?.title).toBe('Titolo nuovo');
    expect(methods()).not.toContain('loadPlan');
    expect(store.getState().doc).toBeNull();
  });

  it('a new card and its removal change the rows; undo after a reload reaches a card never loaded', async () => {
    let store = await openStore();
    const tempId = store.getState().addCard({ code: '04_01_OS09', title: 'Nuova', ambitoLine: '04_01' });
    expect(rowOf(store, '04_01_OS09').id).toBe(tempId);
    await store.getState().flush();
    const saved = rowOf(store, '04_01_OS09').id;
    expect(saved).toBeGreaterThan(0);
    expect(store.getState().cards[saved]?.code).toBe('04_01_OS09');
    store.getState().removeCard(saved);
    expect(store.getState().rows.some((r) => r.code === '04_01_OS09')).toBe(false);
    await store.getState().flush();

    store = await openStore(); // a new window: nothing loaded, the undo stack from the log
    store.getState().undo(); // the removal, undone
    expect(rowOf(store, '04_01_OS09').title).toBe('Nuova');
    await store.getState().flush();
    expect(store.getState().saveError).toBeNull();
    expect(env.file.repo.loadPlan(1).cards.some((c) => c.code === '04_01_OS09')).toBe(true);
  });

  it('a new scoring policy scores again the rows of the cards not loaded, from the back end', async () => {
    const store = await openStore();
    const settings = store.getState().plan!.settings;
    const policy = { ...settings.policy, missingInObjective: 'zero' as const };
    // a card the new policy scores differently (one with an n.d. indicator: counted as 0 it lowers the mean)
    const rescoredInFile = (rows: ReturnType<typeof env.file.repo.listCardRows>['rows']) => new Map(rows.map((r) => [r.code, r.scores['2024-06-30']?.performance]));
    const before = rescoredInFile(env.file.repo.listCardRows(1).rows);
    store.getState().updateSettings({ ...settings, policy }, 'criteri');
    await store.getState().flush();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the rows are asked for once the save is answered
    await store.getState().flush();
    const after = rescoredInFile(env.file.repo.listCardRows(1).rows);
    const code = [...after.keys()].find((c) => after.get(c) !== before.get(c));
    expect(code).toBeDefined();
    expect(methods().filter((m) => m === 'listCardRows')).toHaveLength(1); // the open read listLatestPlan
    expect(performanceOf(store, code!)).toBe(after.get(code!));
    expect(store.getState().cards).toEqual({});
  });
});

describe('closed dates', () => {
  const keptFor = (store: PiraStore, cardId: number) =>
    store.getState().plan!.closures!.map((closure) => snapshotCard(closure.snapshot, { id: cardId, code: rowOf(store, '01_01_OS01').code })?.performance);

  it('the list carries when a date was closed and the ente’s figure; a card opened brings what the closing kept for it', async () => {
    env.file.repo.closeMonitoringDate(1, '2024-06-30', 'mario.rossi');
    const whole = env.file.repo.loadPlan(1).closures![0]!;
    const store = await openStore();
    const [head] = store.getState().plan!.closures!;
    expect(head).toMatchObject({ date: '2024-06-30', closedBy: 'mario.rossi', snapshot: { performance: whole.snapshot.performance, cards: [] } });
    const id = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([id]);
    expect(keptFor(store, id)).toEqual([snapshotCard(whole.snapshot, { id, code: '01_01_OS01' })!.performance]);
    await store.getState().loadWholePlan();
    expect(store.getState().doc!.closures![0]!.snapshot.cards).toHaveLength(18);
  });

  it('a date closed while a card is open: the reload brings what the closing kept for it', async () => {
    const store = await openStore();
    const id = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([id]);
    env.file.repo.closeMonitoringDate(1, '2024-06-30', 'mario.rossi');
    await store.getState().reloadDocument();
    expect(keptFor(store, id)).toHaveLength(1);
    expect(keptFor(store, id)[0]).not.toBeUndefined();
    // a later reload, the closing unchanged, keeps it without reading the card again
    calls = [];
    await store.getState().reloadDocument();
    expect(methods()).not.toContain('loadCards');
    expect(keptFor(store, id)[0]).not.toBeUndefined();
  });
});

describe('a reload', () => {
  it('reads again only the loaded cards another user changed, and every row', async () => {
    const store = await openStore();
    const changed = rowOf(store, '01_01_OS01').id;
    const kept = rowOf(store, '01_01_OS02').id;
    await store.getState().loadCards([changed, kept]);
    const keptCard = store.getState().cards[kept];
    otherUserSaves('01_01_OS01', (c) => ({ ...c, title: 'Di Anna' }));
    otherUserSaves('03_01_OS01', (c) => ({ ...c, title: 'Anche questa' })); // not loaded here
    calls = [];
    await store.getState().reloadDocument();
    const reread = calls.filter((c) => c.method === 'loadCards').map((c) => (c.req as { cardIds: number[] }).cardIds);
    expect(reread).toEqual([[changed]]);
    expect(store.getState().cards[changed]?.title).toBe('Di Anna');
    expect(store.getState().cards[kept]).toBe(keptCard);
    expect(rowOf(store, '03_01_OS01').title).toBe('Anche questa');
    expect(methods()).not.toContain('loadPlan');
  });

  it('with the whole plan loaded, keeps it whole (new cards read too)', async () => {
    const store = await openStore();
    await store.getState().loadWholePlan();
    const other = openPlanFile(env.path);
    try {
      const card = other.repo.loadPlan(1).cards[0]!;
      other.repo.saveCard(1, { ...card, id: 0, code: '09_09_OS09', indicators: card.indicators.map((i) => ({ ...i, id: 0 })), version: undefined });
    } finally {
      other.close();
    }
    await store.getState().reloadDocument();
    expect(store.getState().wholePlan).toBe('ready');
    expect(store.getState().doc?.cards.some((c) => c.code === '09_09_OS09')).toBe(true);
  });
});

describe('row versions with cards read on demand', () => {
  it('a save made on a card another user changed since it was read is refused, and raises the conflict', async () => {
    const store = await openStore();
    const id = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([id]);
    otherUserSaves('01_01_OS01', (c) => ({ ...c, title: 'Di Anna' }));
    store.getState().updateCard(id, (c) => ({ ...c, title: 'Mio' }), 'titolo');
    await store.getState().flush();
    expect(store.getState().saveConflict).toBe(true);
    expect(env.file.repo.loadCards(1, [id]).cards[0]?.title).toBe('Di Anna');
  });

  it('rows read again after another user saved never lend their version to the stale card on screen', async () => {
    const store = await openStore();
    const id = rowOf(store, '01_01_OS01').id;
    await store.getState().loadCards([id]);
    otherUserSaves('01_01_OS01', (c) => ({ ...c, title: 'Di Anna' }));
    await store.getState().refreshRows(); // the row now carries Anna's version; the card on screen is the older one
    store.getState().updateCard(id, (c) => ({ ...c, description: 'Mia' }), 'descrizione');
    await store.getState().flush();
    expect(store.getState().saveConflict).toBe(true);
    expect(env.file.repo.loadCards(1, [id]).cards[0]?.title).toBe('Di Anna');
  });

  it('a card read after another user changed it saves on top of that change (the list is never a version to save with)', async () => {
    const store = await openStore();
    const id = rowOf(store, '01_01_OS01').id;
    otherUserSaves('01_01_OS01', (c) => ({ ...c, description: 'Descrizione di Anna' }));
    await store.getState().loadCards([id]);
    store.getState().updateCard(id, (c) => ({ ...c, title: 'Mio' }), 'titolo');
    await store.getState().flush();
    expect(store.getState().saveConflict).toBe(false);
    expect(env.file.repo.loadCards(1, [id]).cards[0]).toMatchObject({ title: 'Mio', description: 'Descrizione di Anna' });
  });
});
