// The list's rows read with few columns (db/cardListRows.ts) are the rows the whole cards give (shared/planListing.ts):
// overrides, caps, deadlines, other years' targets, values at a second date and a plan with no values at all; and
// `loadCards` answers whole cards in plan order, leaving out ids the plan no longer has.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createPlanFile, openPlanFile } from '../../db/planFile';
import type { Card, PlanDocument, Value } from '../../shared/model';
import { cardListRow } from '../../shared/planListing';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

const number = (value: number): Value => ({ kind: 'number', value, decimals: 0 });

/** The sample with what a lean read could miss: an override, caps, a value at 31/12, another year's target that differs. */
function trickyPlan(): PlanDocument {
  const cards = samplePlan2024.cards.map((card, c): Card => {
    if (c > 2) return card;
    const indicators = card.indicators.map((indicator, i) => {
      if (c === 0 && i === 0) return { ...indicator, override: { performance: 0.42, justification: 'dato stimato' } };
      if (c === 0 && i === 1) return { ...indicator, cap: 'none' as const };
      if (c === 1 && i === 0) return { ...indicator, cap: 1.2, measurements: [...indicator.measurements, { date: '2024-12-31', value: number(7) }] };
      if (c === 2 && i === 0) return { ...indicator, targets: indicator.targets.map((t) => (t.year === 2025 ? { ...t, value: number(999) } : t)) };
      return indicator;
    });
    return { ...card, indicators };
  });
  return { ...samplePlan2024, settings: { ...samplePlan2024.settings, policy: { ...samplePlan2024.settings.policy, notYetDue: 'nd' } }, cards };
}

function open(doc: PlanDocument) {
  const file = createPlanFile(folder.file(`list${++counter}.pira`), [doc]);
  const planId = file.repo.listPlans()[0]!.id;
  return { file, planId };
}

describe('listCardRows', () => {
  it('gives, card by card, the row the whole card gives', () => {
    const { file, planId } = open(trickyPlan());
    try {
      const whole = file.repo.loadPlan(planId);
      const listing = file.repo.listCardRows(planId);
      expect(listing.rows).toEqual(whole.cards.map((card) => cardListRow(card, whole.settings)));
      const { cards: _cards, ...head } = whole;
      expect(listing.plan).toEqual(head);
      // the cases above are really in the rows
      const [first, second] = listing.rows;
      expect(first?.scores['2024-06-30']?.statuses.length).toBeGreaterThan(0);
      expect(second?.valueCounts['2024-12-31']).toBe(1);
      expect(second?.scores['2024-12-31']?.performance).not.toBeNull();
    } finally {
      file.close();
    }
  });

  it('lists a plan without values and a plan without cards', () => {
    const bare = { ...samplePlan2024, cards: samplePlan2024.cards.map((card) => ({ ...card, indicators: card.indicators.map((i) => ({ ...i, measurements: [] })) })) };
    const { file, planId } = open(bare);
    try {
      const rows = file.repo.listCardRows(planId).rows;
      expect(rows).toHaveLength(18);
      expect(rows.every((row) => Object.keys(row.scores).length === 0 && Object.keys(row.valueCounts).length === 0)).toBe(true);
    } finally {
      file.close();
    }
    const empty = open({ ...samplePlan2024, cards: [] });
    try {
      expect(empty.file.repo.listCardRows(empty.planId).rows).toEqual([]);
    } finally {
      empty.file.close();
    }
  });

  it('says which value is unreadable, and lists again once it is repaired', () => {
    const path = folder.file(`list${++counter}.pira`);
    createPlanFile(path, [samplePlan2024]).close();
    const raw = new Database(path);
    const [indicatorId, text] = raw.prepare("SELECT indicator_id, value_json FROM measurements WHERE date = '2024-06-30' LIMIT 1").raw(true).get() as [number, string];
    const otherCard = raw.prepare('SELECT id FROM cards ORDER BY position LIMIT 1 OFFSET 1').pluck().get() as number;
    raw.prepare('UPDATE measurements SET value_json = ? WHERE indicator_id = ?').run('{"kind":"numero"}', indicatorId);
    raw.close();
    const file = openPlanFile(path);
    try {
      const planId = file.repo.listPlans()[0]!.id;
      expect(() => file.repo.listCardRows(planId)).toThrow(/dato non leggibile \(scheda 01_01_OS01, indicatore «.+», valore al 2024-06-30\)/);
      // the walk stopped half-way: its statement is free again for the next reading
      expect(file.repo.loadCards(planId, [otherCard])).toHaveLength(1);
    } finally {
      file.close();
    }
    const repair = new Database(path);
    repair.prepare('UPDATE measurements SET value_json = ? WHERE indicator_id = ?').run(text, indicatorId);
    repair.close();
    const again = openPlanFile(path);
    try {
      expect(again.repo.listCardRows(again.repo.listPlans()[0]!.id).rows).toHaveLength(18);
    } finally {
      again.close();
    }
  });
});

describe('loadCards', () => {
  it('answers the cards asked for, whole and in plan order, without ids the plan does not have', () => {
    const { file, planId } = open(samplePlan2024);
    try {
      const whole = file.repo.loadPlan(planId).cards;
      const [a, b, c] = [whole[5]!, whole[1]!, whole[12]!];
      expect(file.repo.loadCards(planId, [a.id, 999_999, c.id, b.id])).toEqual([b, a, c]);
      file.repo.deleteCard(planId, b.id);
      expect(file.repo.loadCards(planId, [b.id, a.id]).map((card) => card.code)).toEqual([a.code]);
      expect(() => file.repo.loadCards(planId + 1, [a.id])).toThrow(/non esiste/);
    } finally {
      file.close();
    }
  });
});
