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
      expect(file.repo.loadCards(planId, [otherCard]).cards).toHaveLength(1);
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

describe('closed dates', () => {
  it('the list says when and by whom a date was closed and the ente’s figure; a card’s kept scores come with the card', () => {
    const { file, planId } = open(samplePlan2024);
    try {
      file.repo.closeMonitoringDate(planId, '2024-06-30', 'mario.rossi');
      const [whole] = file.repo.loadPlan(planId).closures!;
      const [head] = file.repo.listCardRows(planId).plan.closures!;
      expect(head).toEqual({ ...whole, snapshot: { ...whole!.snapshot, cards: [] } });
      expect(whole!.snapshot.cards).toHaveLength(18);
      const cards = file.repo.loadPlan(planId).cards;
      const [first, second] = [cards[0]!, cards[7]!];
      const loaded = file.repo.loadCards(planId, [second.id, first.id]);
      expect(loaded.closed).toEqual([{ date: '2024-06-30', cards: whole!.snapshot.cards.filter((c) => c.cardId === first.id || c.cardId === second.id) }]);
    } finally {
      file.close();
    }
  });

  it('finds an entry without the card’s id by its code, as snapshotCard does (a plan copied from another file)', () => {
    const path = folder.file(`list${++counter}.pira`);
    const created = createPlanFile(path, [samplePlan2024]);
    const planId = created.repo.listPlans()[0]!.id;
    created.repo.closeMonitoringDate(planId, '2024-06-30', 'mario.rossi');
    const first = created.repo.loadPlan(planId).cards[0]!;
    created.close();
    const raw = new Database(path);
    raw.prepare("UPDATE monitoring_dates SET snapshot_json = json_set(snapshot_json, '$.cards[0].cardId', 0) WHERE closed_at IS NOT NULL").run();
    raw.close();
    const file = openPlanFile(path);
    try {
      expect(file.repo.loadCards(planId, [first.id]).closed[0]!.cards).toMatchObject([{ cardId: 0, code: first.code }]);
    } finally {
      file.close();
    }
  });

  it('a damaged snapshot is refused with the date it belongs to, in the list as in a card', () => {
    const path = folder.file(`list${++counter}.pira`);
    const created = createPlanFile(path, [samplePlan2024]);
    const planId = created.repo.listPlans()[0]!.id;
    created.repo.closeMonitoringDate(planId, '2024-06-30', 'mario.rossi');
    const first = created.repo.loadPlan(planId).cards[0]!;
    created.close();
    const damage = (sql: string) => {
      const raw = new Database(path);
      raw.prepare(sql).run();
      raw.close();
    };
    const refusal = 'Il file contiene un dato non leggibile (valori chiusi al 30/06/2024)';
    damage("UPDATE monitoring_dates SET snapshot_json = json_set(snapshot_json, '$.cards[0].performance', 'alta') WHERE closed_at IS NOT NULL");
    let file = openPlanFile(path);
    try {
      expect(file.repo.listCardRows(planId).rows).toHaveLength(18); // the list reads no card's scores
      expect(() => file.repo.loadCards(planId, [first.id])).toThrow(refusal);
      expect(() => file.repo.loadPlan(planId)).toThrow(refusal); // the whole plan's reading says the same
    } finally {
      file.close();
    }
    damage("UPDATE monitoring_dates SET snapshot_json = json_set(snapshot_json, '$.performance', 'alta') WHERE closed_at IS NOT NULL");
    file = openPlanFile(path);
    try {
      expect(() => file.repo.listCardRows(planId)).toThrow(refusal);
    } finally {
      file.close();
    }
  });
});

describe('loadCards', () => {
  it('answers the cards asked for, whole and in plan order, without ids the plan does not have', () => {
    const { file, planId } = open(samplePlan2024);
    try {
      const whole = file.repo.loadPlan(planId).cards;
      const [a, b, c] = [whole[5]!, whole[1]!, whole[12]!];
      expect(file.repo.loadCards(planId, [a.id, 999_999, c.id, b.id])).toEqual({ cards: [b, a, c], closed: [] });
      file.repo.deleteCard(planId, b.id);
      expect(file.repo.loadCards(planId, [b.id, a.id]).cards.map((card) => card.code)).toEqual([a.code]);
      expect(() => file.repo.loadCards(planId + 1, [a.id])).toThrow(/non esiste/);
    } finally {
      file.close();
    }
  });
});
