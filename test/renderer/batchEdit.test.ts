// A catalogue merge through the store: the catalogue and every card using a variant are saved by ONE call (one
// transaction and one log entry in the file), and one undo (then one redo) restores all of them, as one step.
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeSpellings } from '../../shared/catalogueNames';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { createPiraStore, type PiraStore } from '../../renderer/store/createPiraStore';
import { EMPTY_HISTORY, inverse, pushEntry, remapCardId, type HistoryEntry } from '../../renderer/store/history';
import { createFakeApi, type FakeApi } from './fakeApi';

let fake: FakeApi;
let store: PiraStore;
beforeEach(async () => {
  fake = createFakeApi(samplePlan2024);
  store = createPiraStore(fake.api);
  await store.getState().init();
  await store.getState().loadWholePlan(); // these tests edit with every card loaded (test/renderer/listFirst.test.ts: without)
});

const storedAreas = () => fake.stored().cards.map((c) => c.area);
const KEEP = 'Promozione e Sviluppo Economico';

describe('updateMany (catalogue merge)', () => {
  it('saves the catalogue and the rewritten cards, and undoes/redoes them as one step', async () => {
    const before = storedAreas();
    const doc = store.getState().doc!;
    const merged = mergeSpellings(doc, 'aree', KEEP);
    store.getState().updateMany(merged, 'unione delle aree');
    await store.getState().flush();
    expect(store.getState().history.past).toHaveLength(1);
    const calls = fake.calls.filter((c) => c.method === 'saveChanges');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.req).toMatchObject({ catalogues: expect.any(Object), change: { label: 'unione delle aree' } });
    expect((calls[0]!.req as { cards: unknown[] }).cards).toHaveLength(3);
    expect(storedAreas().filter((a) => a.toLowerCase() === KEEP.toLowerCase())).toEqual(Array(10).fill(KEEP));
    expect(fake.stored().catalogues.aree.filter((a) => a.name.toLowerCase() === KEEP.toLowerCase())).toHaveLength(1);

    store.getState().undo();
    await store.getState().flush();
    expect(storedAreas()).toEqual(before);
    expect(fake.stored().catalogues.aree).toEqual(doc.catalogues.aree);
    expect(store.getState().doc?.cards.map((c) => c.area)).toEqual(before);

    store.getState().redo();
    await store.getState().flush();
    expect(storedAreas().filter((a) => a.toLowerCase() === KEEP.toLowerCase())).toEqual(Array(10).fill(KEEP));
  });

  it('writes nothing when there is nothing to change', () => {
    store.getState().updateMany({ cards: [] }, 'niente');
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().saveState).toBe('idle');
  });

  it('the inverse of a batch undoes its entries in reverse order', () => {
    const a: HistoryEntry = { kind: 'settings', planId: 1, label: 'a', before: samplePlan2024.settings, after: { ...samplePlan2024.settings, ente: 'A' } };
    const b: HistoryEntry = { kind: 'settings', planId: 1, label: 'b', before: a.after, after: { ...samplePlan2024.settings, ente: 'B' } };
    const undo = inverse({ kind: 'batch', planId: 1, label: 'ab', entries: [a, b] });
    expect(undo.kind === 'batch' && undo.entries.map((e) => e.label)).toEqual(['b', 'a']);
    expect(undo.kind === 'batch' && undo.entries[1]?.kind === 'settings' && undo.entries[1].after.ente).toBe(samplePlan2024.settings.ente);
  });

  it('a recreated card is followed inside a batch too', () => {
    const card = samplePlan2024.cards[0]!;
    const batch: HistoryEntry = { kind: 'batch', planId: 1, label: 'x', entries: [{ kind: 'card', planId: 1, label: 'x', before: card, after: { ...card, area: 'A' } }] };
    const remapped = remapCardId(pushEntry(EMPTY_HISTORY, batch), card.id, 999).past[0];
    expect(remapped?.kind === 'batch' && remapped.entries[0]).toMatchObject({ before: { id: 999 }, after: { id: 999 } });
  });
});
