// Issue 22, points 5 and 6 through the API as the UI calls it (dispatch validates, then the handler runs):
// a save of a stored row must carry the version it edited, or it is refused before anything is written; and a
// save may not clear a required field that was filled (the same validator as `check`).
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile } from '../../../db/planFile';
import type { AppContext } from '../../../electron/app/context';
import { dispatch } from '../../../electron/app/dispatch';
import { createHandlers } from '../../../electron/app/handlers';
import type { Card, PlanDocument } from '../../../shared/model';
import { memoryHost } from '../../exchange/fixtures';
import { tempFolder } from '../../db/tempFiles';

const folder = tempFolder();
const file = createSampleFile(folder.file('contratto.pira'));
afterAll(() => {
  file.close();
  folder.remove();
});
const ctx: AppContext = { host: memoryHost(), file: () => file };
const handlers = createHandlers(ctx);
const call = (method: string, req: unknown) => dispatch(handlers, method, req);
const load = async () => {
  const result = await call('loadPlan', { planId: 1 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as PlanDocument;
};
const withoutVersion = <T extends { version?: number }>(row: T): T => {
  const { version: _dropped, ...rest } = row;
  return rest as T;
};

describe('point 6: a save without the version it edited', () => {
  it('is refused, so another window’s acknowledged save is not overwritten', async () => {
    const windowA = await load();
    const windowB = await load();
    const savedByB = await call('saveCard', { planId: 1, card: { ...windowB.cards[0]!, title: 'salvato dalla finestra B' } });
    expect(savedByB.ok).toBe(true);
    const fromA = await call('saveCard', { planId: 1, card: withoutVersion({ ...windowA.cards[0]!, title: 'finestra A senza versione' }) });
    expect(fromA).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/campo «card\.version»: manca la versione letta dal file/) } });
    expect((await load()).cards[0]!.title).toBe('salvato dalla finestra B');
  });

  it.each<[string, (doc: PlanDocument) => unknown]>([
    ['deleteCard', (doc) => ({ planId: 1, cardId: doc.cards[1]!.id })],
    ['savePlanSettings', (doc) => ({ planId: 1, settings: withoutVersion(doc.settings) })],
    ['saveCatalogues', (doc) => ({ planId: 1, catalogues: withoutVersion(doc.catalogues) })],
    ['saveChanges', (doc) => ({ planId: 1, cards: [withoutVersion(doc.cards[1]!)] })],
    ['saveChanges', (doc) => ({ planId: 1, deletedCards: [{ cardId: doc.cards[1]!.id }] })],
  ])('%s is refused too', async (method, request) => {
    const before = await load();
    const result = await call(method, request(before));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/version/) } });
    expect(await load()).toEqual(before);
  });

  it('a new card needs none', async () => {
    const doc = await load();
    const card: Card = { ...doc.cards[0]!, id: 0, code: '01_01_OS77', indicators: [], version: undefined };
    expect((await call('saveCard', { planId: 1, card: withoutVersion(card) })).ok).toBe(true);
  });
});

describe('point 5: a save may not empty a required field that was filled', () => {
  const saveFirst = async (change: (card: Card) => Card) => {
    const doc = await load();
    return call('saveCard', { planId: 1, card: change(doc.cards[2]!) });
  };

  it.each<[string, (card: Card) => Card, RegExp]>([
    ['the title', (card) => ({ ...card, title: '  ' }), /Il titolo dell’obiettivo è vuoto: inserire il titolo\. La modifica della scheda \S+ non è stata salvata/],
    ['the code', (card) => ({ ...card, code: '' }), /Il codice dell’obiettivo è vuoto/],
    ['an indicator’s name', (card) => ({ ...card, indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, name: '' } : ind)) }), /Indicatore 1: il nome è vuoto/],
  ])('refuses emptying %s, writing nothing', async (_what, change, message) => {
    const before = await load();
    expect(await saveFirst(change)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(message) } });
    expect(await load()).toEqual(before);
  });

  it('lets the editor build in steps: a new blank indicator, a manual performance before its justification', async () => {
    const added = await saveFirst((card) => ({ ...card, indicators: [...card.indicators, { ...card.indicators[0]!, id: 0, name: '', override: undefined }] }));
    expect(added.ok).toBe(true);
    const overridden = await saveFirst((card) => ({ ...card, indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, override: { performance: 0.5, justification: '' } } : ind)) }));
    expect(overridden.ok).toBe(true);
    const justified = await saveFirst((card) => ({ ...card, indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, override: { performance: 0.5, justification: 'dato tardivo' } } : ind)) }));
    expect(justified.ok).toBe(true);
    const cleared = await saveFirst((card) => ({ ...card, indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, override: { performance: 0.5, justification: '' } } : ind)) }));
    expect(cleared).toMatchObject({ ok: false, error: { message: expect.stringMatching(/richiede una motivazione/) } });
  });
});

describe('point 4: a number the API cannot read is refused, never stored as something else', () => {
  const withValue = (card: Card, value: number): Card => ({
    ...card,
    indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, measurements: ind.measurements.map((m) => ({ ...m, value: { kind: 'number', value, decimals: 0 } })) } : ind)),
  });
  it.each([
    [Number.POSITIVE_INFINITY, /atteso un numero|valore mancante o non valido/],
    [Number.NaN, /atteso un numero|valore mancante o non valido/],
    [1e309, /atteso un numero|valore mancante o non valido/],
    [1e16, /deve essere al massimo/],
    [-0, /lo zero non ha segno/],
    [1e-300, /numero troppo piccolo/],
  ])('%s as a value (as the desktop’s structured clone carries it)', async (value, message) => {
    const before = await load();
    const result = await call('saveCard', { planId: 1, card: withValue(before.cards[3]!, value) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(message) } });
    expect(await load()).toEqual(before);
  });
});
