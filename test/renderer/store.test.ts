// The renderer store against an in-memory API: one save per edit, undo/redo across cards, settings and
// catalogues as reverts of the logged change, deleted cards back with their id, removed indicators re-sent as new,
// refused saves rolled back on screen and kept to retry, batches as one undo step, drafts following their rows
// and cards.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { moveIndicator, removeIndicator, updateIndicator, withMeasurement } from '../../renderer/features/editor/cardEdits';
import { cardDraftKey, indicatorDraftKey } from '../../renderer/store/draftKeys';
import { createPiraStore, type PiraStore } from '../../renderer/store/createPiraStore';
import { createFakeApi, type FakeApi } from './fakeApi';

let fake: FakeApi;
let store: PiraStore;

beforeEach(async () => {
  fake = createFakeApi(samplePlan2024);
  store = createPiraStore(fake.api);
  await store.getState().init();
  await store.getState().loadWholePlan(); // these tests edit with every card loaded (test/renderer/listFirst.test.ts: without)
});

const cardByCode = (code: string): Card => {
  const card = store.getState().doc?.cards.find((c) => c.code === code);
  if (!card) throw new Error(`manca ${code}`);
  return card;
};
const storedByCode = (code: string) => fake.stored().cards.find((c) => c.code === code);
const saves = () => fake.calls.filter((c) => c.method === 'saveChanges');
const reverts = () => fake.calls.filter((c) => c.method === 'revertChange').map((c) => (c.req as { mode: string }).mode);

describe('editing', () => {
  it('loads the plan and saves each edit with exactly one saveChanges call', async () => {
    expect(store.getState().doc?.cards).toHaveLength(18);
    const id = cardByCode('01_01_OS01').id;
    store.getState().updateCard(id, (c) => ({ ...c, title: 'Titolo nuovo' }), 'titolo');
    expect(store.getState().saveState).toBe('saving');
    await store.getState().flush();
    expect(saves()).toHaveLength(1);
    expect(storedByCode('01_01_OS01')?.title).toBe('Titolo nuovo');
    expect(store.getState().saveState).toBe('saved');
  });

  it('undo reverts the logged edit (showing the previous snapshot at once) and redo reverts the undo', async () => {
    const id = cardByCode('01_01_OS01').id;
    const original = cardByCode('01_01_OS01').title;
    store.getState().updateCard(id, (c) => ({ ...c, title: 'A' }), 'titolo');
    store.getState().updateCard(id, (c) => ({ ...c, title: 'B' }), 'titolo');
    store.getState().undo();
    expect(cardByCode('01_01_OS01').title).toBe('A');
    store.getState().undo();
    await store.getState().flush();
    expect(storedByCode('01_01_OS01')?.title).toBe(original);
    store.getState().redo();
    await store.getState().flush();
    expect(storedByCode('01_01_OS01')?.title).toBe('A');
    expect(saves()).toHaveLength(2); // two edits
    expect(reverts()).toEqual(['undo', 'undo', 'redo']);
    expect(store.getState().history.future).toHaveLength(1);
  });

  it('a new edit clears the redo stack', () => {
    const id = cardByCode('01_01_OS01').id;
    store.getState().updateCard(id, (c) => ({ ...c, title: 'A' }), 'titolo');
    store.getState().undo();
    store.getState().updateCard(id, (c) => ({ ...c, title: 'C' }), 'titolo');
    expect(store.getState().history.future).toEqual([]);
    store.getState().redo();
    expect(cardByCode('01_01_OS01').title).toBe('C');
  });

  it('recreates a deleted card on undo, with its id, and saves later edits to it', async () => {
    const card = cardByCode('03_01_OS05');
    store.getState().removeCard(card.id);
    await store.getState().flush();
    expect(storedByCode('03_01_OS05')).toBeUndefined();
    store.getState().undo();
    await store.getState().flush();
    const recreated = storedByCode('03_01_OS05');
    expect(recreated?.indicators).toHaveLength(card.indicators.length);
    expect(recreated?.id).toBe(card.id);
    expect(cardByCode('03_01_OS05').id).toBe(card.id);
    store.getState().updateCard(cardByCode('03_01_OS05').id, (c) => ({ ...c, title: 'Dopo il ripristino' }), 'titolo');
    await store.getState().flush();
    expect(storedByCode('03_01_OS05')?.title).toBe('Dopo il ripristino');
    expect(store.getState().saveState).toBe('saved');
  });

  it('undoing the removal of an indicator re-sends it as new (its old id is gone from the file)', async () => {
    const card = cardByCode('01_01_OS01');
    store.getState().updateCard(card.id, (c) => removeIndicator(c, 1), 'eliminazione');
    await store.getState().flush();
    expect(storedByCode('01_01_OS01')?.indicators).toHaveLength(card.indicators.length - 1);
    store.getState().undo();
    await store.getState().flush();
    expect(store.getState().saveError).toBeNull();
    expect(storedByCode('01_01_OS01')?.indicators.map((i) => i.name)).toEqual(card.indicators.map((i) => i.name));
  });

  it('a refused save is rolled back on screen, kept to retry, and the error clears when the card saves', async () => {
    // (issue 8: before, the refused value stayed on screen while the file kept the old one)
    const id = cardByCode('01_01_OS01').id;
    const original = cardByCode('01_01_OS01').indicators[0]?.measurements;
    fake.failNext('saveChanges', 'database bloccato');
    store.getState().updateCard(id, (c) => updateIndicator(c, 0, (i) => withMeasurement(i, '2024-06-30', { kind: 'number', value: 3, decimals: 0 })), 'valore');
    expect(cardByCode('01_01_OS01').indicators[0]?.measurements[0]?.value).toEqual({ kind: 'number', value: 3, decimals: 0 });
    await store.getState().flush();
    expect(store.getState().saveState).toBe('error');
    expect(store.getState().saveError).toMatch(/database bloccato/);
    expect(cardByCode('01_01_OS01').indicators[0]?.measurements).toEqual(original);
    expect(store.getState().refusedEdits[id]).toMatchObject({ label: 'valore', message: 'database bloccato' });
    expect(store.getState().history.past).toEqual([]);
    store.getState().retryRefused(id);
    await store.getState().flush();
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().refusedEdits).toEqual({});
    expect(storedByCode('01_01_OS01')?.indicators[0]?.measurements[0]?.value).toEqual({ kind: 'number', value: 3, decimals: 0 });
    expect(cardByCode('01_01_OS01').indicators[0]?.measurements[0]?.value).toEqual({ kind: 'number', value: 3, decimals: 0 });
  });

  it('a code the file refuses never shows two cards with that code, even with later edits queued on top', async () => {
    const other = cardByCode('01_01_OS04');
    store.getState().updateCard(other.id, (c) => ({ ...c, code: '01_01_OS01' }), 'codice');
    store.getState().updateCard(other.id, (c) => ({ ...c, title: 'Titolo dopo il codice' }), 'titolo');
    await store.getState().flush();
    expect(store.getState().doc!.cards.filter((c) => c.code === '01_01_OS01')).toHaveLength(1);
    expect(store.getState().doc!.cards.find((c) => c.id === other.id)).toEqual(other);
    expect(storedByCode('01_01_OS04')?.title).toBe(other.title);
    expect(store.getState().saveError).toMatch(/Esiste già una scheda con codice «01_01_OS01»/);
    expect(store.getState().refusedEdits[other.id]?.card?.title).toBe('Titolo dopo il codice');
    store.getState().dismissSaveErrors();
    expect(store.getState().saveState).toBe('saved');
  });

  it('a refused new card leaves the document, a refused removal puts the card back', async () => {
    fake.failNext('saveChanges', 'disco pieno');
    const tempId = store.getState().addCard({ code: '09_09_OS09', title: 'Prova' });
    await store.getState().flush();
    expect(store.getState().doc!.cards.some((c) => c.id === tempId || c.code === '09_09_OS09')).toBe(false);
    const card = cardByCode('02_01_OS01');
    fake.failNext('saveChanges', 'file bloccato');
    store.getState().removeCard(card.id);
    await store.getState().flush();
    expect(cardByCode('02_01_OS01')).toEqual(card);
    expect(store.getState().doc!.cards).toHaveLength(18);
  });

  it('an edit that changes nothing is not recorded nor saved', async () => {
    const id = cardByCode('01_01_OS01').id;
    store.getState().updateCard(id, (c) => ({ ...c, indicators: c.indicators.map((i) => ({ ...i })) }), 'niente');
    await store.getState().flush();
    expect(saves()).toHaveLength(0);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('edits several cards as one undo step', async () => {
    const a = cardByCode('01_01_OS01');
    const b = cardByCode('01_01_OS04');
    store.getState().updateCards(
      [
        { cardId: a.id, recipe: (c) => ({ ...c, title: 'A2' }) },
        { cardId: b.id, recipe: (c) => ({ ...c, title: 'B2' }) },
      ],
      'incolla',
    );
    await store.getState().flush();
    expect([storedByCode('01_01_OS01')?.title, storedByCode('01_01_OS04')?.title]).toEqual(['A2', 'B2']);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    await store.getState().flush();
    expect([storedByCode('01_01_OS01')?.title, storedByCode('01_01_OS04')?.title]).toEqual([a.title, b.title]);
    store.getState().redo();
    await store.getState().flush();
    expect([cardByCode('01_01_OS01').title, cardByCode('01_01_OS04').title]).toEqual(['A2', 'B2']);
  });

  it('undoes settings and catalogue edits, each a revert of its own logged change', async () => {
    const settings = store.getState().doc!.settings;
    store.getState().updateSettings({ ...settings, title: 'Altro titolo' }, 'titolo');
    const cat = store.getState().doc!.catalogues;
    store.getState().updateCatalogues({ ...cat, aree: [...cat.aree, { name: 'Nuova area' }] }, 'aree');
    store.getState().undo();
    store.getState().undo();
    await store.getState().flush();
    expect(fake.stored().settings.title).toBe(settings.title);
    expect(fake.stored().catalogues.aree).toEqual(cat.aree);
    expect(saves().map((c) => Object.keys(c.req as object).filter((k) => k === 'settings' || k === 'catalogues'))).toEqual([['settings'], ['catalogues']]);
    expect(reverts()).toEqual(['undo', 'undo']);
  });

  it('adds a card with a temporary id, saves it as new and follows the id it gets', async () => {
    const tempId = store.getState().addCard({ code: '09_09_OS09', title: 'Prova' });
    expect(tempId).toBeLessThan(0);
    store.getState().updateCard(tempId, (c) => ({ ...c, title: 'Prova 2' }), 'titolo');
    await store.getState().flush();
    const stored = fake.stored().cards.filter((c) => c.code === '09_09_OS09');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.title).toBe('Prova 2');
    expect(cardByCode('09_09_OS09').id).toBe(stored[0]?.id);
  });
});

describe('drafts', () => {
  it('keeps unparsable text until it is cleared', () => {
    store.getState().setDraft('card:1:value', '12,3,4');
    expect(store.getState().drafts).toEqual({ 'card:1:value': '12,3,4' });
    store.getState().setDraft('card:1:value', null);
    expect(store.getState().drafts).toEqual({});
  });

  it('follow their row when rows move, are removed, and when that is undone', () => {
    const card = cardByCode('01_01_OS01');
    const key = (index: number) => indicatorDraftKey(card.id, index, 'value');
    store.getState().setDraft(key(1), 'tre');
    store.getState().setDraft(key(3), 'quattro');
    store.getState().updateCard(card.id, (c) => moveIndicator(c, 1, 0), 'sposta');
    expect(store.getState().drafts).toEqual({ [key(0)]: 'tre', [key(3)]: 'quattro' });
    store.getState().updateCard(card.id, (c) => removeIndicator(c, 2), 'elimina');
    expect(store.getState().drafts).toEqual({ [key(0)]: 'tre', [key(2)]: 'quattro' });
    store.getState().updateCard(card.id, (c) => updateIndicator(c, 2, (i) => ({ ...i, name: 'altro' })), 'nome');
    expect(store.getState().drafts).toEqual({ [key(0)]: 'tre', [key(2)]: 'quattro' });
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().drafts).toEqual({ [key(1)]: 'tre', [key(3)]: 'quattro' });
  });

  it('follow a new card to the id the file gives it, and go with a removed card', async () => {
    const tempId = store.getState().addCard({ code: '09_09_OS09', title: 'Prova' });
    store.getState().setDraft(cardDraftKey(tempId, 'weight'), 'uno');
    await store.getState().flush();
    const id = cardByCode('09_09_OS09').id;
    expect(id).toBeGreaterThan(0);
    expect(store.getState().resolveCardId(tempId)).toBe(id);
    expect(store.getState().drafts).toEqual({ [cardDraftKey(id, 'weight')]: 'uno' });
    store.getState().removeCard(id);
    expect(store.getState().drafts).toEqual({});
  });

  it('a reload keeps the drafts of cards still in the file and drops those of cards gone', async () => {
    const kept = cardByCode('01_01_OS01').id;
    const gone = cardByCode('02_01_OS01').id;
    store.getState().setDraft(indicatorDraftKey(kept, 0, 'value'), 'tre');
    store.getState().setDraft(cardDraftKey(gone, 'weight'), 'uno');
    store.getState().setDraft('settings:year', 'duemila');
    await fake.api.deleteCard({ planId: 1, cardId: gone, version: cardByCode('02_01_OS01').version! });
    await store.getState().reloadDocument();
    expect(store.getState().drafts).toEqual({ [indicatorDraftKey(kept, 0, 'value')]: 'tre', 'settings:year': 'duemila' });
  });
});
