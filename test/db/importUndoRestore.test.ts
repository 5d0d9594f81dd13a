// Issue 21: the undo of an import keeps only what the import changed (importRestore.ts), not the whole plan, and
// still restores the plan exactly: changed, added and deleted cards, settings, catalogues. Files written before keep
// the whole plan in import_undo.before_json: their last import is still undone. An indicator the import leaves as
// it was (the stored object itself) keeps its rows: only the changed ones are written again.
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutVersions } from '../../db/importUndo';
import { createPlanFile, type PlanFile } from '../../db/planFile';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { cardWithoutIds, tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let file: PlanFile;
let planId: number;

beforeEach(() => {
  file = createPlanFile(folder.file(`undo${++counter}.pira`), [samplePlan2024]);
  planId = file.repo.listPlans()[0]!.id;
});
afterEach(() => file.close());

/** Imports `doc` the way applyPending does: the write, then its undo, in one transaction. */
function importDoc(doc: PlanDocument, current: PlanDocument): void {
  file.repo.transaction(
    () => {
      const { restore } = file.repo.replacePlanContent(planId, doc, current);
      file.repo.recordImport(planId, restore, ['prova.xlsx'], 'prova');
    },
    { kind: 'import' },
  );
}

const storedUndo = () => {
  const raw = new Database(file.path, { readonly: true });
  try {
    return raw.prepare('SELECT before_json FROM import_undo WHERE plan_id = ?').pluck().get(planId) as string;
  } finally {
    raw.close();
  }
};

const retitled = (card: Card, title: string): Card => ({ ...card, title });

describe('the undo of an import', () => {
  it('keeps the cards the import changed, not the whole plan', () => {
    const before = file.repo.loadPlan(planId);
    importDoc({ ...before, cards: before.cards.map((c, i) => (i === 3 ? retitled(c, 'Titolo importato') : c)) }, before);
    const stored = JSON.parse(storedUndo()) as { cards: Card[]; added: number[] };
    expect(stored.cards.map((c) => c.id)).toEqual([before.cards[3]!.id]);
    expect(stored.cards[0]).toEqual(before.cards[3]);
    expect(stored.added).toEqual([]);
    expect(storedUndo().length).toBeLessThan(JSON.stringify(before).length / 5);
  });

  it('restores exactly an import that changed settings, catalogues and cards, added one and moved others', () => {
    const before = file.repo.loadPlan(planId);
    const [first, second, ...rest] = before.cards;
    const doc: PlanDocument = {
      ...before,
      settings: { ...before.settings, title: `${before.settings.title} (importato)` },
      catalogues: { ...before.catalogues, uffici: [...before.catalogues.uffici, { name: 'Ufficio importato' }] },
      cards: [
        { ...second!, position: first!.position },
        { ...first!, position: second!.position, title: 'Prima, spostata' },
        ...rest,
        { ...cardWithoutIds(rest[0]!), code: 'NUOVA_01', title: 'Scheda nuova', position: 999 },
      ],
    };
    importDoc(doc, before);
    expect(file.repo.loadPlan(planId).cards).toHaveLength(before.cards.length + 1);
    const undone = file.repo.undoLastImport(planId);
    expect(undone.planId).toBe(planId);
    expect(withoutVersions(file.repo.loadPlan(planId))).toEqual(withoutVersions(before));
    expect(file.repo.lastImport(planId)).toBeNull();
  });

  it('rewrites only the indicators an import changed, and still writes the ones that moved', () => {
    const before = file.repo.loadPlan(planId);
    const index = before.cards.findIndex((c) => c.indicators.length >= 3);
    const card = before.cards[index]!;
    const [first, second, third, ...others] = card.indicators;
    const changed: Card = { ...card, indicators: [{ ...first!, targets: first!.targets.map((t) => ({ ...t, value: { kind: 'number', value: 4321, decimals: 0 } })) }, third!, second!, ...others] };
    // Triggers note every indicator row and every target row written from now on (targets have no rowid to compare).
    const raw = new Database(file.path);
    raw.exec(`CREATE TABLE written (part TEXT, indicator_id INTEGER);
      CREATE TRIGGER note_indicator AFTER UPDATE ON indicators BEGIN INSERT INTO written VALUES ('indicator', NEW.id); END;
      CREATE TRIGGER note_target AFTER INSERT ON targets BEGIN INSERT INTO written VALUES ('target', NEW.indicator_id); END;`);
    importDoc({ ...before, cards: before.cards.map((c, i) => (i === index ? changed : c)) }, before);
    const written = (part: string) => [...new Set(raw.prepare('SELECT indicator_id FROM written WHERE part = ?').pluck().all(part) as number[])].sort((a, b) => a - b);
    const indicators = written('indicator');
    const targets = written('target');
    raw.exec('DROP TRIGGER note_indicator; DROP TRIGGER note_target; DROP TABLE written;');
    raw.close();
    // The moved indicators are written where they go; their targets, as the file holds them, are left alone.
    expect(indicators).toEqual([first!.id, second!.id, third!.id].sort((a, b) => a - b));
    expect(targets).toEqual(first!.targets.length > 0 ? [first!.id] : []);
    const { version: _v, ...stored } = file.repo.loadPlan(planId).cards[index]!;
    const { version: _w, ...expected } = changed;
    expect(stored).toEqual(expected);
  });

  it('undoes the last import of a file written before, which kept the whole plan', () => {
    const before = file.repo.loadPlan(planId);
    importDoc({ ...before, cards: before.cards.map((c, i) => (i === 0 ? retitled(c, 'Titolo importato') : c)) }, before);
    const raw = new Database(file.path);
    raw.prepare('UPDATE import_undo SET before_json = ? WHERE plan_id = ?').run(JSON.stringify(before), planId);
    raw.close();
    expect(file.repo.lastImport(planId)?.undoable).toBe(true);
    file.repo.undoLastImport(planId);
    expect(withoutVersions(file.repo.loadPlan(planId))).toEqual(withoutVersions(before));
  });

  it('is refused as damaged when what it keeps does not read as cards, leaving the plan as it is', () => {
    const before = file.repo.loadPlan(planId);
    importDoc({ ...before, cards: before.cards.map((c, i) => (i === 0 ? retitled(c, 'Titolo importato') : c)) }, before);
    const imported = file.repo.loadPlan(planId);
    const raw = new Database(file.path);
    raw.prepare('UPDATE import_undo SET before_json = ? WHERE plan_id = ?').run(JSON.stringify({ restore: 1, cards: [{ id: 1 }], added: [] }), planId);
    raw.close();
    expect(() => file.repo.undoLastImport(planId)).toThrow(/danneggiata/);
    expect(file.repo.loadPlan(planId)).toEqual(imported);
  });
});
