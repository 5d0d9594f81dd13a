// The list a repository keeps (db/listingMemo.ts): answered again only while nothing in the file changed, whoever
// changed it (this repository, a raw statement on its connection, another connection), and frozen for its sharers.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../db/planFile';
import { memoizedListing } from '../../db/listingMemo';
import type { PlanListing } from '../../shared/planListing';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

function openSample() {
  const path = folder.file(`memo${++counter}.pira`);
  const file = createPlanFile(path, [samplePlan2024]);
  return { path, file, planId: file.repo.listPlans()[0]!.id };
}

describe('the kept list', () => {
  it('is the same object while nothing changes, frozen with its head and rows', () => {
    const { file, planId } = openSample();
    try {
      const first = file.repo.listCardRows(planId);
      expect(file.repo.listCardRows(planId)).toBe(first);
      expect(Object.isFrozen(first.plan) && Object.isFrozen(first.rows[0])).toBe(true);
      expect(() => {
        (first.rows as PlanListing['rows'][number][]).pop();
      }).toThrow(TypeError);
    } finally {
      file.close();
    }
  });

  it('is read again after a card saved through the repository, and shows the change', () => {
    const { file, planId } = openSample();
    try {
      const before = file.repo.listCardRows(planId);
      const card = file.repo.loadCards(planId, [before.rows[0]!.id]).cards[0]!;
      file.repo.saveCard(planId, { ...card, title: 'Titolo cambiato' });
      const after = file.repo.listCardRows(planId);
      expect(after).not.toBe(before);
      expect(after.rows[0]!.title).toBe('Titolo cambiato');
    } finally {
      file.close();
    }
  });

  it('is read again after a statement on the same connection outside the repository', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x)');
    let reads = 0;
    const listing = memoizedListing(db, (planId) => ({ plan: { id: planId }, rows: [{ reads: ++reads }] }) as unknown as PlanListing);
    const first = listing(1);
    expect(listing(1)).toBe(first);
    db.exec('INSERT INTO t VALUES (1)');
    expect(listing(1)).not.toBe(first);
    expect(reads).toBe(2);
    expect(listing(2)).not.toBe(listing(1));
    db.close();
  });

  it('is read again after another connection committed a change to the file', () => {
    const { path, file, planId } = openSample();
    try {
      const before = file.repo.listCardRows(planId);
      const other = openPlanFile(path);
      try {
        const card = other.repo.loadCards(planId, [before.rows[1]!.id]).cards[0]!;
        other.repo.saveCard(planId, { ...card, title: 'Cambiato altrove' });
      } finally {
        other.close();
      }
      const after = file.repo.listCardRows(planId);
      expect(after).not.toBe(before);
      expect(after.rows[1]!.title).toBe('Cambiato altrove');
    } finally {
      file.close();
    }
  });

  it('keeps nothing from a read that failed', () => {
    const db = new Database(':memory:');
    let fail = true;
    const listing = memoizedListing(db, () => {
      if (fail) throw new Error('lettura non riuscita');
      return { plan: {}, rows: [] } as unknown as PlanListing;
    });
    expect(() => listing(1)).toThrow('lettura non riuscita');
    fail = false;
    expect(listing(1).rows).toEqual([]);
    db.close();
  });
});
