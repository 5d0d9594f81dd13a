// The plan handlers on a real temporary file: session, load/save round trip, and db errors as Italian ApiErrors.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, createSampleFile } from '../../../db/planFile';
import { knownApiError } from '../../../electron/app/apiFailure';
import type { AppContext } from '../../../electron/app/context';
import type { Host } from '../../../electron/app/host';
import { planHandlers } from '../../../electron/app/planHandlers';
import { settingsForYear } from '../../../shared/rollover';
import { tempFolder } from '../../db/tempFiles';

const folder = tempFolder();
const file = createSampleFile(folder.file('handlers.pira'));
afterAll(() => {
  file.close();
  folder.remove();
});
const host: Host = {
  kind: 'web',
  appVersion: '9.9.9',
  deliverFile: () => Promise.reject(new Error('non usato')),
  deliverFiles: () => Promise.reject(new Error('non usato')),
  renderPdf: () => Promise.reject(new Error('non usato')),
  printRoute: () => Promise.reject(new Error('non usato')),
};
const ctx: AppContext = { host, file: () => file };
const handlers = planHandlers(ctx);

/** Handlers may throw synchronously (dispatch awaits them inside its try): call through a thunk. */
async function rejection(call: () => unknown) {
  try {
    await call();
  } catch (error) {
    return knownApiError(error);
  }
  throw new Error('nessun errore');
}

describe('planHandlers', () => {
  it('describes the session: host, file and plans', async () => {
    const session = await handlers.getSession({});
    expect(session).toMatchObject({ host: 'web', appVersion: '9.9.9', fileName: 'handlers.pira' });
    expect(session.filePath).toBe(folder.file('handlers.pira'));
    expect(session.plans.map((p) => [p.year, p.cardCount])).toEqual([[2024, 18]]);
  });

  it('saves a card and deletes it', async () => {
    const [summary] = (await handlers.getSession({})).plans;
    const doc = await handlers.loadPlan({ planId: summary!.id });
    const card = { ...doc.cards[0]!, id: 0, code: '02_01_OS50', indicators: doc.cards[0]!.indicators.map((i) => ({ ...i, id: 0 })) };
    const saved = await handlers.saveCard({ planId: doc.id, card });
    expect(saved.id).toBeGreaterThan(0);
    expect(await handlers.deleteCard({ planId: doc.id, cardId: saved.id, version: saved.version! })).toEqual({ deleted: true });
    expect((await handlers.loadPlan({ planId: doc.id })).cards).toHaveLength(18);
  });

  it('turns db failures into Italian API errors with the right code', async () => {
    const doc = await handlers.loadPlan({ planId: (await handlers.getSession({})).plans[0]!.id });
    const duplicate = { ...doc.cards[0]!, code: doc.cards[1]!.code };
    expect(await rejection(() => handlers.saveCard({ planId: doc.id, card: duplicate }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Esiste già una scheda con codice/),
    });
    expect(await rejection(() => handlers.loadPlan({ planId: 777 }))).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/Il piano n. 777 non esiste/),
    });
    expect(await rejection(() => handlers.createPlan({ settings: doc.settings }))).toMatchObject({ code: 'conflict' });
  });

  it('lists the plan a window opens on: the latest year, or none in a file without plans', async () => {
    const current = await handlers.listLatestPlan({});
    expect(current?.plan.settings.year).toBe(2024);
    expect(current).toEqual(await handlers.listCardRows({ planId: current!.plan.id }));
    const next = await handlers.createPlan({ settings: settingsForYear(current!.plan.settings, 2025) });
    expect((await handlers.listLatestPlan({}))?.plan.id).toBe(next.id);

    const empty = createPlanFile(folder.file('vuoto.pira'));
    try {
      expect(await planHandlers({ host, file: () => empty }).listLatestPlan({})).toBeNull();
    } finally {
      empty.close();
    }
  });
});
