// planStamp: the plan's row versions in a few bytes (settings, catalogues, each card's id and version, in id order),
// so equal stamps mean nothing was saved in between and any save, addition or deletion of a card moves it.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../db/planFile';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { cardWithoutIds, tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('planStamp', () => {
  it('hashes the settings and catalogues versions and each card id and version, in id order', () => {
    const file = createPlanFile(folder.file('stamp.pira'), [samplePlan2024]);
    try {
      const plan = file.repo.loadPlan(1);
      const ids = plan.cards.map((c) => [c.id, c.version] as const).sort((a, b) => a[0] - b[0]);
      const text = `${plan.settings.version}|${plan.catalogues.version}${ids.map(([id, version]) => `|${id}:${version}`).join('')}`;
      expect(file.repo.planStamp(1)).toBe(createHash('sha256').update(text).digest('hex'));

      const before = file.repo.planStamp(1);
      file.repo.saveCard(1, { ...plan.cards[0]!, title: 'Titolo cambiato' });
      const saved = file.repo.planStamp(1);
      expect(saved).not.toBe(before);
      file.repo.deleteCard(1, plan.cards[1]!.id);
      expect(file.repo.planStamp(1)).not.toBe(saved);
      const deleted = file.repo.planStamp(1);
      file.repo.saveCard(1, { ...cardWithoutIds(plan.cards[1]!) });
      expect(file.repo.planStamp(1)).not.toBe(deleted);
      expect(file.repo.planStamp(99)).toBe('assente');
    } finally {
      file.close();
    }
  });

  it('stamps a plan without cards from its settings and catalogues alone', () => {
    const file = createPlanFile(folder.file('empty.pira'), [{ ...samplePlan2024, cards: [] }]);
    try {
      const plan = file.repo.loadPlan(1);
      expect(file.repo.planStamp(1)).toBe(createHash('sha256').update(`${plan.settings.version}|${plan.catalogues.version}`).digest('hex'));
    } finally {
      file.close();
    }
  });
});
