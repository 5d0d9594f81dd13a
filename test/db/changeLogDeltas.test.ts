// Issue 22, point 9 (last part): the change log stores differences, not whole cards, and rebuilds every entry
// exactly (key order included: a revert compares rows as JSON text); files whose log holds whole cards (schema 9)
// are rewritten by migration 12 and read back the same, reverts included.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RUN } from '../../db/changeLogRows';
import { readEntry } from '../../db/changeLogStore';
import { applyDelta, jsonDelta, type Json } from '../../db/jsonDelta';
import { openDatabase } from '../../db/connection';
import { latestVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import type { ChangeRows } from '../../shared/changeLog';
import type { Card } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

describe('jsonDelta', () => {
  const card = { id: 3, code: 'A', title: 'T', indicators: [{ id: 7, name: 'x', targets: [{ year: 2024, value: 1 }, { year: 2025, value: 2 }] }, { id: 8, name: 'y', targets: [] }] };
  it.each<[string, Json, Json]>([
    ['the same value', card, card],
    ['one field', card, { ...card, title: 'U' }],
    ['a nested target', card, { ...card, indicators: [{ ...card.indicators[0]!, targets: [{ year: 2024, value: 1 }, { year: 2025, value: 9 }] }, card.indicators[1]!] }],
    ['an indicator inserted first', card, { ...card, indicators: [{ id: 9, name: 'z', targets: [] }, ...card.indicators] }],
    ['an indicator removed', card, { ...card, indicators: [card.indicators[1]!] }],
    ['a key added and one deleted', { a: 1, b: 2 }, { a: 1, c: 3 }],
    ['keys in another order', { a: 1, b: 2, c: 3 }, { c: 3, a: 1, b: 2 }],
    ['a type change', { a: [1, 2] }, { a: { b: 1 } }],
    ['null to a value', null, card],
    ['footnotes', ['uno', 'due'], ['uno', 'tre', 'due']],
    ['duplicate keys fall back to positions', [{ id: 1 }, { id: 1 }], [{ id: 1, x: 2 }, { id: 1 }]],
    ['keys in another order deep inside a row', [{ id: 1, v: { a: 1, b: 2 } }, { id: 2 }], [{ id: 1, v: { b: 2, a: 1 } }, { id: 2 }]],
    ['rows that only swapped places', [{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 1 }]],
    ['an equal copy built apart', { ...card, indicators: card.indicators.map((i) => ({ ...i })) }, structuredClone(card)],
  ])('rebuilds %s exactly, key order included', (_name, a, b) => {
    const delta = jsonDelta(a, b);
    expect(JSON.stringify(applyDelta(a, delta))).toBe(JSON.stringify(b));
    expect(delta === null).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
  // The stored differences are the file's content: the shortcut for objects with the same keys in the same order
  // (round 5) must write them as the general walk does, deletions and key orders included.
  it.each<[Json, Json, string]>([
    [card, { ...card, title: 'U' }, '{"o":{"title":{"s":"U"}}}'],
    [{ a: 1, b: 2 }, { a: 1, c: 3 }, '{"o":{"c":{"s":3}},"d":["b"]}'],
    [{ a: 1, b: 2, c: 3 }, { c: 3, a: 1, b: 2 }, '{"o":{},"k":["c","a","b"]}'],
    [{ a: 1, b: 2 }, { a: 1, b: 2, c: 3 }, '{"o":{"c":{"s":3}}}'],
    [{ a: 1, b: 2, c: 3 }, { a: 1, b: 5 }, '{"o":{"b":{"s":5}},"d":["c"]}'],
    [{ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } }, '{"o":{"a":{"o":{},"k":["y","x"]}}}'],
  ])('writes the difference from %j to %j as %s', (a, b, stored) => {
    expect(JSON.stringify(jsonDelta(a, b))).toBe(stored);
  });
  it('is small for a small change of a large card', () => {
    const big = { ...card, description: 'x'.repeat(5_000) };
    expect(JSON.stringify(jsonDelta(big, { ...big, title: 'U' })).length).toBeLessThan(40);
  });
});

/**
 * A file with a log of every kind of write: saves, a batch, an import, a revert, undo/redo, a monitoring date closed
 * and reopened, a status move, a new plan.
 */
function busyFile(): { path: string; file: PlanFile; planId: number } {
  const path = folder.file(`registro${++counter}.pira`);
  createPlanFile(path, [samplePlan2024]).close();
  const file = openPlanFile(path, { actor: { user: 'mario.rossi', computer: 'PC' } });
  const planId = file.repo.listPlans()[0]!.id;
  const card = (i: number): Card => file.repo.loadPlan(planId).cards[i]!;
  for (let n = 0; n < MAX_RUN + 4; n++) file.repo.saveCard(planId, { ...card(0), title: `titolo ${n}` });
  file.repo.saveCard(planId, { ...card(1), indicators: [{ ...card(1).indicators[0]!, id: 0, name: 'nuovo' }, ...card(1).indicators] });
  const doc = file.repo.loadPlan(planId);
  file.repo.saveChanges(planId, { cards: [{ ...card(2), weight: 3 }], settings: { ...doc.settings, title: 'Piano rivisto' }, catalogues: { ...doc.catalogues, aree: [...doc.catalogues.aree, { name: 'Nuova area' }] } });
  file.repo.deleteCard(planId, card(4).id, card(4).version);
  const imported = file.repo.loadPlan(planId);
  file.repo.transaction(() => file.repo.replacePlanContent(planId, { ...imported, cards: imported.cards.map((c) => ({ ...c, description: `${c.description} (importata)` })) }), { kind: 'import' });
  const last = file.repo.listChanges({ planId }).entries[0]!;
  file.repo.revertChange(planId, last.id, 'revert');
  const edit = file.repo.saveCard(planId, { ...card(5), title: 'da annullare' });
  const editId = file.repo.listChanges({ planId }).entries[0]!.id;
  file.repo.revertChange(planId, editId, 'undo');
  void edit;
  file.repo.closeMonitoringDate(planId, '2024-06-30', 'mario.rossi');
  file.repo.reopenMonitoringDate(planId, '2024-06-30', 'una rettifica da fare');
  file.repo.setPlanStatus(planId, { stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
  file.repo.createPlan({ ...doc.settings, year: 2025, horizonStart: 2025, horizonEnd: 2027, monitoringDate: '2025-06-30' }, { copyFromPlanId: planId, copyCards: true });
  return { path, file, planId };
}

/** Every entry's exact rows, read by a connection of its own the way reverts and the undo stack read them. */
function storedEntries(path: string): { id: number; rows: ChangeRows }[] {
  const db = new Database(path, { readonly: true });
  try {
    const ids = db.prepare('SELECT id FROM change_log ORDER BY id').pluck().all() as number[];
    return ids.map((id) => ({ id, rows: readEntry(db, id)!.rows }));
  } finally {
    db.close();
  }
}

describe('the change log on disk', () => {
  it('rebuilds every kind of entry as it was written, whole parts far smaller than whole cards', () => {
    const { path, file } = busyFile();
    file.close();
    const entries = storedEntries(path);
    expect(entries.length).toBeGreaterThan(MAX_RUN + 10);
    const db = new Database(path, { readonly: true });
    const stored = db.prepare('SELECT sum(length(before_json) + length(after_json)) AS bytes, max(run) AS run FROM change_log_rows').get() as { bytes: number; run: number };
    db.close();
    const whole = entries.reduce((sum, { rows }) => sum + JSON.stringify(rows.cards).length + JSON.stringify(rows.settings ?? null).length + JSON.stringify(rows.catalogues ?? null).length, 0);
    expect(stored.run).toBeLessThanOrEqual(MAX_RUN);
    // The parts kept whole with the entry come back too: the closing of 30/06 and its reopening (issue 17 §5).
    const closings = entries.flatMap(({ rows }) => rows.closures ?? []);
    expect(closings.map((c) => [c.date, c.before === null, c.after === null])).toEqual([
      ['2024-06-30', true, false],
      ['2024-06-30', false, true],
    ]);
    expect(stored.bytes).toBeLessThan(whole / 3);
    // The rows a revert reads are the rows the journal wrote: the edits of the first card chain back to its creation.
    const titles = entries.flatMap(({ rows }) => rows.cards.map((c) => (c.after as Card | null)?.title)).filter((t) => t?.startsWith('titolo '));
    expect(titles.slice(0, MAX_RUN + 4)).toEqual(Array.from({ length: MAX_RUN + 4 }, (_, n) => `titolo ${n}`));
  });
});

describe('migration 12 on a file whose log holds whole cards', () => {
  it('rewrites every entry as differences, reads each back the same, and undo and revert go on working', () => {
    const { path, file, planId } = busyFile();
    const stack = file.repo.undoStack(planId);
    file.close();
    const expected = storedEntries(path);
    // The same file as schema 9 wrote it: each entry's rows whole in rows_json, no change_log_rows.
    const old = folder.file(`schema9-${counter}.pira`);
    fs.copyFileSync(path, old);
    const db = new Database(old);
    const update = db.prepare('UPDATE change_log SET rows_json = ? WHERE id = ?');
    for (const { id, rows } of expected) update.run(JSON.stringify(rows), id);
    db.exec('DROP TABLE change_log_rows; DROP TABLE import_layouts; VACUUM'); // what migrations 11 and 12 add
    db.pragma('user_version = 9');
    db.close();
    const before = fs.statSync(old).size;
    const migrated = openPlanFile(old, { actor: { user: 'mario.rossi', computer: 'PC' } });
    expect(migrated.repo.undoStack(planId)).toEqual(stack);
    const card = migrated.repo.loadPlan(planId).cards[0]!;
    migrated.repo.saveCard(planId, { ...card, title: 'dopo la migrazione' }, { reason: 'prova dopo la migrazione' });
    const latest = migrated.repo.listChanges({ planId }).entries[0]!;
    migrated.repo.revertChange(planId, latest.id, 'undo', 'annullo la prova'); // an approved plan: the undo of a variation gives its own reason (issue 17)
    expect(migrated.repo.loadPlan(planId).cards[0]!.title).toBe(card.title);
    migrated.close();
    const after = storedEntries(old);
    expect(after.slice(0, expected.length)).toEqual(expected);
    const check = new Database(old);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion());
    const shells = check.prepare("SELECT count(*) AS n FROM change_log WHERE json_extract(rows_json, '$.v') = 2").get() as { n: number };
    expect(shells.n).toBe(after.length);
    check.exec('VACUUM');
    check.close();
    expect(fs.statSync(old).size).toBeLessThan(before);
  });

  it('refuses to migrate, leaving the file as it was, when an entry cannot be read back', () => {
    const { path, file } = busyFile();
    file.close();
    const expected = storedEntries(path);
    const db = new Database(path);
    const update = db.prepare('UPDATE change_log SET rows_json = ? WHERE id = ?');
    for (const { id, rows } of expected) update.run(JSON.stringify(rows), id);
    db.prepare('UPDATE change_log SET rows_json = ? WHERE id = ?').run('{"cards": 5}', expected[3]!.id);
    db.exec('DROP TABLE change_log_rows; DROP TABLE import_layouts');
    db.pragma('user_version = 9');
    db.close();
    const bytes = fs.readFileSync(path);
    expect(() => openPlanFile(path)).toThrow(expect.objectContaining({ code: 'corrupt', message: expect.stringMatching(/La voce n\. \d+ del registro delle modifiche non si riscrive esattamente: il file non è stato aggiornato/) }));
    expect(fs.readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('rows rebuilt from the file as it is now', () => {
  it('are never rebuilt wrong when a card was changed outside PIRA Desk: such an entry says it cannot be rebuilt', () => {
    const path = folder.file(`fuori${++counter}.pira`);
    createPlanFile(path, [samplePlan2024]).close();
    let file = openPlanFile(path);
    const planId = file.repo.listPlans()[0]!.id;
    const first = file.repo.loadPlan(planId).cards[0]!;
    file.repo.saveCard(planId, { ...first, title: 'prima modifica' });
    file.close();
    const raw = new Database(path);
    raw.prepare("UPDATE cards SET title = 'cambiato da un altro programma' WHERE id = ?").run(first.id);
    raw.close();
    expect(() => {
      const db = new Database(path, { readonly: true });
      try {
        return readEntry(db, db.prepare('SELECT max(id) FROM change_log').pluck().get() as number);
      } finally {
        db.close();
      }
    }).toThrow(/non si può ricostruire: ciò che ha scritto è stato cambiato fuori da PIRA Desk/);
    file = openPlanFile(path);
    expect(file.repo.undoStack(planId)).toEqual({ past: [], future: [] });
    // The next save from the app is logged and undone as usual.
    const now = file.repo.loadPlan(planId).cards[0]!;
    file.repo.saveCard(planId, { ...now, title: 'seconda modifica' });
    expect(file.repo.undoStack(planId).past.map((p) => p.label)).toHaveLength(1);
    const latest = file.repo.listChanges({ planId }).entries[0]!;
    file.repo.revertChange(planId, latest.id, 'undo');
    expect(file.repo.loadPlan(planId).cards[0]!.title).toBe('cambiato da un altro programma');
    file.close();
  });

  it('keep their values whole before a later schema migration changes how the file reads', () => {
    const { path, file } = busyFile();
    file.close();
    const expected = storedEntries(path);
    const next = { version: latestVersion() + 1, name: 'prova', sql: "UPDATE cards SET title = title || ' (migrata)'" };
    const migrated = openDatabase(path, { migrations: [...MIGRATIONS, next] });
    try {
      const ids = migrated.db.prepare('SELECT id FROM change_log ORDER BY id').pluck().all() as number[];
      expect(ids.map((id) => ({ id, rows: readEntry(migrated.db, id)!.rows }))).toEqual(expected);
    } finally {
      migrated.db.close();
    }
  });
});
