// Origin links on real files: "Nuovo piano" links each copied card and indicator to its origin, saves and imports
// keep the links, a deleted origin empties them, a copied file translates them, and old files gain the columns.
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let file: PlanFile;
let source: PlanDocument;
let copy: PlanDocument;

beforeEach(() => {
  file?.close();
  file = createPlanFile(folder.file(`origin${++counter}.pira`), [samplePlan2024]);
  source = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
  const settings = { ...source.settings, year: 2025, monitoringDate: '2025-06-30', horizonStart: 2025, horizonEnd: 2027 };
  copy = file.repo.loadPlan(file.repo.createPlan(settings, { copyFromPlanId: source.id, copyCards: true }).id);
});

const withoutLinks = (card: Card): Card => {
  const { originId: _card, ...rest } = card;
  return { ...rest, indicators: card.indicators.map(({ originId: _ind, ...indicator }) => indicator) };
};

describe('origin links', () => {
  it('link every copied card and indicator to the one it was copied from', () => {
    expect(copy.cards.map((c) => c.originId)).toEqual(source.cards.map((c) => c.id));
    expect(copy.cards.flatMap((c) => c.indicators.map((i) => i.originId))).toEqual(source.cards.flatMap((c) => c.indicators.map((i) => i.id)));
    expect(source.cards.every((c) => c.originId === undefined && c.indicators.every((i) => i.originId === undefined))).toBe(true);
  });

  it('are kept through saves, even when the client leaves them out, and new indicators have none', () => {
    const card = copy.cards[0]!;
    const edited = withoutLinks({ ...card, title: 'Nuovo titolo', indicators: [...card.indicators, { ...card.indicators[0]!, id: 0, name: 'Nuovo' }] });
    const saved = file.repo.saveCard(copy.id, edited);
    expect(saved.originId).toBe(card.originId);
    expect(saved.indicators.map((i) => i.originId)).toEqual([...card.indicators.map((i) => i.originId), undefined]);
  });

  it('come back with a deleted card saved again (undo), and stay empty when the origin is gone meanwhile', () => {
    const [first, second] = copy.cards;
    file.repo.deleteCard(copy.id, first!.id);
    const restored = file.repo.saveCard(copy.id, { ...first!, id: 0, indicators: first!.indicators.map((i) => ({ ...i, id: 0 })) });
    expect(restored.originId).toBe(first!.originId);
    expect(restored.indicators.map((i) => i.originId)).toEqual(first!.indicators.map((i) => i.originId));

    file.repo.deleteCard(copy.id, second!.id);
    file.repo.deleteCard(source.id, second!.originId!);
    const again = file.repo.saveCard(copy.id, { ...second!, id: 0, indicators: second!.indicators.map((i) => ({ ...i, id: 0 })) });
    expect(again.originId).toBeUndefined();
    expect(again.indicators.every((i) => i.originId === undefined)).toBe(true);
  });

  it('are emptied when the origin is deleted, card or indicator', () => {
    const origin = source.cards[1]!;
    file.repo.saveCard(source.id, { ...origin, indicators: origin.indicators.slice(1) });
    file.repo.deleteCard(source.id, source.cards[0]!.id);
    const after = file.repo.loadPlan(copy.id);
    expect(after.cards[0]!.originId).toBeUndefined();
    expect(after.cards[1]!.originId).toBe(origin.id);
    expect(after.cards[1]!.indicators.map((i) => i.originId)).toEqual([undefined, ...origin.indicators.slice(1).map((i) => i.id)]);
  });

  it('survive an import that rewrites the plan (cards matched by code keep theirs)', () => {
    file.repo.replacePlanContent(copy.id, { ...copy, cards: copy.cards.map((c) => ({ ...withoutLinks(c), id: 0, title: `${c.title}!` })) });
    expect(file.repo.loadPlan(copy.id).cards.map((c) => c.originId)).toEqual(copy.cards.map((c) => c.originId));
  });

  it('are dropped when a document comes from elsewhere, and translated in a copy of the whole file', () => {
    const elsewhere = file.repo.insertPlan({ ...copy, settings: { ...copy.settings, year: 2030 } });
    expect(file.repo.loadPlan(elsewhere.id).cards.every((c) => c.originId === undefined && c.indicators.every((i) => i.originId === undefined))).toBe(true);

    // Without the first card of 2024 the copy numbers its rows differently, and one 2025 card has no origin.
    file.repo.deleteCard(source.id, source.cards[0]!.id);
    const [from, to] = [file.repo.loadPlan(source.id), file.repo.loadPlan(copy.id)];
    const copied = createPlanFile(folder.file(`copia${counter}.pira`), [from, to]);
    try {
      const [old, next] = copied.repo.listPlans().map((p) => copied.repo.loadPlan(p.id));
      expect(old!.cards[0]!.id).not.toBe(from.cards[0]!.id);
      expect(next!.cards.map((c) => c.originId)).toEqual([undefined, ...old!.cards.map((c) => c.id)]);
      const originIndicators = old!.cards.flatMap((c) => c.indicators.map((i) => i.id));
      const linked = next!.cards.slice(1).flatMap((c) => c.indicators.map((i) => i.originId));
      expect(linked).toEqual(originIndicators);
      expect(next!.cards[0]!.indicators.every((i) => i.originId === undefined)).toBe(true);
    } finally {
      copied.close();
    }
  });
});

describe('migration 7', () => {
  it('adds empty links to a file written before it', () => {
    const path = folder.file(`old${counter}.pira`);
    const { db } = openDatabase(path, { create: true, migrations: [MIGRATIONS[0]!] });
    db.prepare(
      `INSERT INTO plans (id, ente, year, title, monitoring_date, horizon_start, horizon_end, premessa, policy_json)
       VALUES (1, 'Ente', 2024, 'Piano', '2024-06-30', 2024, 2026, '', ?)`,
    ).run(JSON.stringify(samplePlan2024.settings.policy));
    db.prepare(
      `INSERT INTO cards (plan_id, position, code, title, missione, programma, ambito_line, obiettivo_strategico, description,
       resources_euros, area, office, footnotes_json, weight) VALUES (1, 1, 'A', 'Titolo', '', '', '', '', '', NULL, '', '', '[]', 1)`,
    ).run();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    const upgraded = openPlanFile(path);
    try {
      const [card] = upgraded.repo.loadPlan(1).cards;
      expect(card).toMatchObject({ code: 'A', title: 'Titolo' });
      expect(card!.originId).toBeUndefined();
    } finally {
      upgraded.close();
    }
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7); // and any later migration
    const columns = (check.prepare("SELECT name FROM pragma_table_info('indicators')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).toContain('origin_indicator_id');
    check.close();
  });
});
