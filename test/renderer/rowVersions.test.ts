// The renderer's row-version tracker (issue 10, defect 2): every save and delete carries the last version this
// window knows (loaded or saved), so undo's old snapshots do not trip a false conflict and a stale window's save
// does not overwrite; a `stale` refusal raises the conflict banner.
import { describe, expect, it } from 'vitest';
import { PiraApiError, type PiraApi } from '../../shared/api';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { trackRowVersions } from '../../renderer/store/rowVersions';

function fileWithVersions() {
  const doc: PlanDocument = structuredClone({
    ...samplePlan2024,
    id: 1,
    settings: { ...samplePlan2024.settings, version: 4 },
    catalogues: { ...samplePlan2024.catalogues, version: 2 },
    cards: samplePlan2024.cards.map((card, i) => ({ ...card, id: 10 + i, version: 7 })),
  });
  const sent: { method: string; version: number | undefined }[] = [];
  const stale = new Set<string>();
  const versionOf = (card: Card) => doc.cards.find((c) => c.id === card.id)!.version!;
  const api = {
    loadPlan: async () => structuredClone(doc),
    saveCard: async ({ card }: { card: Card }) => {
      sent.push({ method: 'saveCard', version: card.version });
      if (card.id === 0) {
        const created = { ...card, id: 999, version: 1 };
        doc.cards = [...doc.cards, created];
        return created;
      }
      if (stale.has('card') || card.version !== versionOf(card)) throw new PiraApiError('stale', 'Conflitto: la scheda…');
      const saved = { ...card, version: versionOf(card) + 1 };
      doc.cards = doc.cards.map((c) => (c.id === card.id ? saved : c));
      return saved;
    },
    deleteCard: async ({ version }: { version?: number }) => {
      sent.push({ method: 'deleteCard', version });
      return { deleted: true as const };
    },
    savePlanSettings: async ({ settings }: { settings: PlanDocument['settings'] }) => {
      sent.push({ method: 'savePlanSettings', version: settings.version });
      doc.settings = { ...settings, version: (settings.version ?? 0) + 1 };
      return doc.settings;
    },
  } as unknown as PiraApi;
  return { doc, api, sent, stale };
}

describe('trackRowVersions', () => {
  it('sends the loaded version, then the one each save answered, even with an old snapshot (undo)', async () => {
    const { api, sent } = fileWithVersions();
    let conflicts = 0;
    const tracked = trackRowVersions(api, () => conflicts++);
    const loaded = await tracked.loadPlan({ planId: 1 });
    const card = loaded.cards[0]!;
    await tracked.saveCard({ planId: 1, card: { ...card, title: 'A' } });
    await tracked.saveCard({ planId: 1, card: { ...card, title: 'B' } }); // the same old snapshot, as undo re-sends
    await tracked.savePlanSettings({ planId: 1, settings: loaded.settings });
    await tracked.savePlanSettings({ planId: 1, settings: loaded.settings });
    await tracked.deleteCard({ planId: 1, cardId: card.id, version: card.version! }); // the loaded one: the wrapper knows a newer
    expect(sent).toEqual([
      { method: 'saveCard', version: 7 },
      { method: 'saveCard', version: 8 },
      { method: 'savePlanSettings', version: 4 },
      { method: 'savePlanSettings', version: 5 },
      { method: 'deleteCard', version: 9 },
    ]);
    expect(conflicts).toBe(0);
  });

  it('sends no version for a new card, and reports a stale refusal', async () => {
    const { api, sent, stale } = fileWithVersions();
    let conflicts = 0;
    const tracked = trackRowVersions(api, () => conflicts++);
    const loaded = await tracked.loadPlan({ planId: 1 });
    stale.add('card');
    await expect(tracked.saveCard({ planId: 1, card: { ...loaded.cards[1]!, title: 'da una copia vecchia' } })).rejects.toMatchObject({ code: 'stale' });
    expect(conflicts).toBe(1);
    stale.clear();
    const created = await tracked.saveCard({ planId: 1, card: { ...loaded.cards[1]!, id: 0, version: undefined } });
    expect(sent.at(-1)).toEqual({ method: 'saveCard', version: undefined });
    await tracked.saveCard({ planId: 1, card: { ...created, title: 'poi modificata' } });
    expect(sent.at(-1)).toEqual({ method: 'saveCard', version: 1 });
  });
});
