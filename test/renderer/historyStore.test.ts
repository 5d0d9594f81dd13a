// Issue 13, item 2 in the renderer store, on the real back end (handlers, repository, a temporary file): undo and redo
// survive a reload of the file (the stack is rebuilt from the change log), a catalogue merge is one call and one step,
// an undo refused because someone changed the card since rolls back on screen, and an approved plan asks for the
// reason of a variation before it saves a target.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutVersions } from '../../db/importUndo';
import { openPlanFile } from '../../db/planFile';
import { dispatch } from '../../electron/app/dispatch';
import { createHandlers } from '../../electron/app/handlers';
import { createPiraStore, type PiraStore } from '../../renderer/store/createPiraStore';
import { bridgeFromTransport, createApiClient, type PiraApi } from '../../shared/api';
import { mergeSpellings } from '../../shared/catalogueNames';
import type { PlanDocument } from '../../shared/model';
import { sampleContext } from '../exchange/fixtures';

let env: ReturnType<typeof sampleContext>;
let calls: string[];
beforeEach(() => {
  env = sampleContext();
  calls = [];
});
afterEach(() => env.cleanup());

function client(): PiraApi {
  return createApiClient(
    bridgeFromTransport((method, req) => {
      calls.push(method);
      return dispatch(createHandlers(env.ctx), method, req);
    }),
  );
}

async function openStore(): Promise<PiraStore> {
  const store = createPiraStore(client());
  await store.getState().init();
  await store.getState().loadWholePlan(); // these tests edit with every card loaded (test/renderer/listFirst.test.ts: without)
  return store;
}

const fileDoc = (): PlanDocument => withoutVersions(env.file.repo.loadPlan(1));
const titleOf = (store: PiraStore, code: string) => store.getState().doc!.cards.find((c) => c.code === code)!.title;
const idOf = (store: PiraStore, code: string) => store.getState().doc!.cards.find((c) => c.code === code)!.id;

describe('undo and redo backed by the change log', () => {
  it('keep working after the file is reloaded, and restore the file exactly', async () => {
    const original = fileDoc();
    let store = await openStore();
    store.getState().updateCard(idOf(store, '01_01_OS01'), (c) => ({ ...c, title: 'Uno' }), 'titolo (01_01_OS01)');
    store.getState().removeCard(idOf(store, '02_01_OS01'));
    await store.getState().flush();

    store = await openStore(); // a new window on the same file: nothing of the session is left but the file
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['titolo (01_01_OS01)', 'eliminazione della scheda 02_01_OS01']);
    store.getState().undo();
    expect(store.getState().doc!.cards.some((c) => c.code === '02_01_OS01')).toBe(true);
    store.getState().undo();
    await store.getState().flush();
    expect(store.getState().saveError).toBeNull();
    expect(fileDoc()).toEqual(original);

    store = await openStore();
    expect(store.getState().history.future.map((e) => e.label)).toEqual(['eliminazione della scheda 02_01_OS01', 'titolo (01_01_OS01)']);
    store.getState().redo();
    await store.getState().flush();
    expect(env.file.repo.loadPlan(1).cards.find((c) => c.code === '01_01_OS01')!.title).toBe('Uno');
    expect(titleOf(store, '01_01_OS01')).toBe('Uno');
  });

  it('a catalogue merge is one call, one log entry and one step, undone after a reload too', async () => {
    const original = fileDoc();
    let store = await openStore();
    const merged = mergeSpellings(store.getState().doc!, 'aree', 'Promozione e Sviluppo Economico');
    calls = [];
    store.getState().updateMany(merged, 'unione delle grafie di «Promozione e Sviluppo Economico»', { kind: 'merge' });
    await store.getState().flush();
    expect(calls).toEqual(['saveChanges']);
    const [entry] = env.file.repo.listChanges({ planId: 1 }).entries;
    expect(entry).toMatchObject({ kind: 'merge', label: 'unione delle grafie di «Promozione e Sviluppo Economico»' });
    expect(entry!.cards.length).toBeGreaterThan(1);
    store = await openStore();
    store.getState().undo();
    await store.getState().flush();
    expect(fileDoc()).toEqual(original);
  });

  it('a merge the file refuses half-way writes nothing, and the screen shows the file again (catalogues too)', async () => {
    const original = fileDoc();
    const store = await openStore();
    const doc = store.getState().doc!;
    const merged = mergeSpellings(doc, 'aree', 'Promozione e Sviluppo Economico');
    const [first, second] = merged.cards;
    // the second rewritten card carries a code another card has: the file refuses it after the catalogue and the first card
    const clash = doc.cards.find((c) => c.id !== second!.id)!.code;
    store.getState().updateMany({ catalogues: merged.catalogues, cards: [first!, { ...second!, code: clash }] }, 'unione', { kind: 'merge' });
    await store.getState().flush();
    expect(store.getState().saveError).toMatch(/Esiste già una scheda con codice/);
    expect(fileDoc()).toEqual(original);
    expect(withoutVersions(store.getState().doc!)).toEqual(original);
  });

  it('an undo refused because another user changed the card since is rolled back on screen', async () => {
    const store = await openStore();
    const id = idOf(store, '01_01_OS01');
    store.getState().updateCard(id, (c) => ({ ...c, title: 'Mio' }), 'titolo');
    await store.getState().flush();
    const other = openPlanFile(env.path, { actor: { user: 'anna.bianchi', computer: 'PC-2' } });
    try {
      other.repo.saveCard(1, { ...other.repo.loadPlan(1).cards.find((c) => c.id === id)!, title: 'Di Anna' });
    } finally {
      other.close();
    }
    await store.getState().reloadDocument();
    store.getState().undo();
    await store.getState().flush();
    expect(store.getState().saveError).toMatch(/Non si può annullare «titolo» \(n\. \d+\): la scheda 01_01_OS01 è stata modificata dopo, con la modifica n\. \d+ .* di anna\.bianchi/);
    expect(titleOf(store, '01_01_OS01')).toBe('Di Anna');
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().refusedEdits).toEqual({});
  });
});

describe('an approved plan', () => {
  it('asks for the reason of a target change, then saves it as a variation; values need none', async () => {
    env.file.repo.setPlanStatus(1, { stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
    const store = await openStore();
    const id = idOf(store, '01_01_OS01');
    const target = { kind: 'number' as const, value: 77, decimals: 0 };
    store.getState().updateCard(id, (c) => ({ ...c, indicators: c.indicators.map((i, n) => (n === 0 ? { ...i, targets: [{ year: 2025, value: target }] } : i)) }), 'target 2025');
    expect(store.getState().pendingVariation?.message).toContain('è una variazione al piano');
    expect(calls).not.toContain('saveChanges');
    store.getState().confirmVariation('Assestamento di bilancio');
    await store.getState().flush();
    expect(store.getState().variationReason).toBe('Assestamento di bilancio');
    const [variation] = env.file.repo.listChanges({ planId: 1, variationsOnly: true }).entries;
    expect(variation).toMatchObject({ reason: 'Assestamento di bilancio', label: 'target 2025' });

    store.getState().endVariation();
    store.getState().updateCard(id, (c) => ({ ...c, indicators: c.indicators.map((i, n) => (n === 0 ? { ...i, measurements: [{ date: '2024-06-30', value: target }] } : i)) }), 'valore');
    expect(store.getState().pendingVariation).toBeNull();
    await store.getState().flush();
    expect(env.file.repo.listChanges({ planId: 1 }).entries[0]).toMatchObject({ label: 'valore', variation: false });
  });
});
