// Issue 13, item 1: every write of the repository is recorded in the plan file's change log, in the same transaction
// (who, from which computer, when, what, field by field, and the exact rows to revert); a batch is one entry and all
// or nothing; a revert writes the file back exactly and is refused when a later change touched the same rows.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { withoutVersions } from '../../db/importUndo';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import { PlanFileError } from '../../db/planFileError';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
const MARIO = { user: 'mario.rossi', computer: 'PC-UFFICIO' };
const ANNA = { user: 'anna.bianchi', computer: 'PC-SEGRETERIA' };
let counter = 0;
let path: string;
let file: PlanFile;
let planId: number;

beforeEach(() => {
  file?.close();
  path = folder.file(`log${++counter}.pira`);
  createPlanFile(path, [samplePlan2024]).close();
  file = openPlanFile(path, { actor: MARIO });
  planId = file.repo.listPlans()[0]!.id;
});

function failure(fn: () => unknown): PlanFileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return error as PlanFileError;
  }
  throw new Error('nessun errore');
}

const plan = (): PlanDocument => file.repo.loadPlan(planId);
const card = (code: string): Card => plan().cards.find((c) => c.code === code)!;
const entries = () => file.repo.listChanges({ planId }).entries;
const withTarget = (c: Card, index: number, year: number, value: number): Card => ({
  ...c,
  indicators: c.indicators.map((ind, i) =>
    i === index ? { ...ind, targets: ind.targets.map((t) => (t.year === year ? { year, value: { kind: 'number', value, decimals: 0 } } : t)) } : ind,
  ),
});

describe('change log', () => {
  it('records a card save with who, computer, when, kind, label and the field changed in Italian, and the exact rows', () => {
    const before = card('01_01_OS01');
    const saved = file.repo.saveCard(planId, withTarget(before, 0, 2025, 64_488), { label: 'target 2025 dell’indicatore 1 (01_01_OS01)' });
    const [entry, created] = entries();
    expect(created).toMatchObject({ kind: 'create', planYear: 2024 });
    expect(entry).toMatchObject({ kind: 'edit', label: 'target 2025 dell’indicatore 1 (01_01_OS01)', user: 'mario.rossi', computer: 'PC-UFFICIO', planYear: 2024, variation: false, reason: null });
    expect(Date.now() - new Date(entry!.at).getTime()).toBeLessThan(60_000);
    expect(entry!.cards).toEqual([{ id: before.id, code: '01_01_OS01' }]);
    expect(entry!.details).toEqual([
      expect.objectContaining({ scope: 'indicator', cardCode: '01_01_OS01', indicator: before.indicators[0]!.name, field: 'Target 2025', key: 'target.2025', after: '64.488' }),
    ]);
    const stored = file.repo.undoStack(planId).past.at(-1)!;
    expect(stored.rows.cards).toEqual([{ before, after: saved }]);
  });

  it('a refused write leaves no entry, and a save that changes nothing writes none', () => {
    const count = entries().length;
    const taken = card('01_01_OS02').code;
    expect(failure(() => file.repo.saveCard(planId, { ...card('01_01_OS01'), code: taken })).code).toBe('conflict');
    file.repo.saveCard(planId, card('01_01_OS01'));
    expect(entries()).toHaveLength(count);
  });

  it('records settings, catalogues, a new card and a deletion, each with its details', () => {
    const doc = plan();
    file.repo.savePlanSettings(planId, { ...doc.settings, title: 'Piano rivisto' });
    file.repo.saveCatalogues(planId, { ...doc.catalogues, aree: [...doc.catalogues.aree, { name: 'Area nuova' }] });
    const added = file.repo.saveCard(planId, { ...doc.cards[0]!, id: 0, code: '09_09_OS09', version: undefined, originId: undefined, indicators: [] });
    file.repo.deleteCard(planId, added.id);
    const [deleted, inserted, catalogues, settings] = entries();
    expect(settings!.details).toEqual([expect.objectContaining({ scope: 'plan', field: 'Titolo', after: 'Piano rivisto' })]);
    expect(catalogues!.details).toEqual([expect.objectContaining({ scope: 'catalogues', field: 'Aree', action: 'added', after: 'Area nuova' })]);
    expect(inserted).toMatchObject({ label: 'nuova scheda 09_09_OS09', cards: [{ id: added.id, code: '09_09_OS09' }] });
    expect(deleted).toMatchObject({ label: 'eliminazione della scheda 09_09_OS09', details: [expect.objectContaining({ action: 'removed', field: 'Scheda' })] });
  });

  it('saves a change set in ONE entry, and a failure half-way writes nothing at all (no half-merged catalogue)', () => {
    const doc = plan();
    const [a, b] = doc.cards;
    const count = entries().length;
    const merged = { ...doc.catalogues, aree: doc.catalogues.aree.slice(1) };
    const refused = failure(() =>
      file.repo.saveChanges(planId, { catalogues: merged, cards: [{ ...a!, area: 'X' }, { ...b!, code: a!.code }] }, { kind: 'merge', label: 'unione' }),
    );
    expect(refused.code).toBe('conflict');
    expect(withoutVersions(plan())).toEqual(withoutVersions(doc));
    expect(entries()).toHaveLength(count);

    const saved = file.repo.saveChanges(planId, { catalogues: merged, cards: [{ ...a!, area: 'X' }, { ...b!, area: 'X' }] }, { kind: 'merge', label: 'unione' });
    const [entry] = entries();
    expect(entry).toMatchObject({ id: saved.changeId, kind: 'merge', label: 'unione' });
    expect(entry!.cards.map((c) => c.code)).toEqual([a!.code, b!.code]);
    expect(entry!.details.filter((d) => d.field === 'Area di responsabilità')).toHaveLength(2);
    expect(saved.cards.map((c) => c.area)).toEqual(['X', 'X']);
  });

  it('filters by card (id or code), user, kind, period and variation', () => {
    file.repo.saveCard(planId, { ...card('01_01_OS01'), title: 'Primo' });
    const other = openPlanFile(path, { actor: ANNA });
    try {
      other.repo.saveCard(planId, { ...card('01_01_OS02'), title: 'Secondo' });
    } finally {
      other.close();
    }
    const id = card('01_01_OS01').id;
    expect(file.repo.listChanges({ planId, card: { id } }).entries.map((e) => e.label)).toEqual(['modifica della scheda 01_01_OS01', 'piano 2024']);
    expect(file.repo.listChanges({ planId, card: { code: '01_01_OS02' } }).entries.map((e) => [e.kind, e.label])).toEqual([
      ['edit', 'modifica della scheda 01_01_OS02'],
      ['create', 'piano 2024'],
    ]);
    expect(file.repo.listChanges({ planId, user: 'anna.bianchi' }).entries).toHaveLength(1);
    expect(file.repo.listChanges({ planId, kind: 'create' }).entries).toHaveLength(1);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(file.repo.listChanges({ planId, since: iso, until: iso }).entries).toHaveLength(3);
    expect(file.repo.listChanges({ planId, until: '2000-01-01' }).entries).toHaveLength(0);
    expect(file.repo.listChanges({ planId, variationsOnly: true }).entries).toHaveLength(0);
    expect(file.repo.changeUsers(planId)).toEqual(expect.arrayContaining(['anna.bianchi', 'mario.rossi']));
    expect(file.repo.listChanges({ planId, limit: 2 })).toMatchObject({ more: true });
  });
});

describe('revert', () => {
  it('writes the card back exactly (row versions aside) and records itself', () => {
    const before = plan();
    const edited = file.repo.saveCard(planId, withTarget({ ...card('01_01_OS01'), title: 'Altro titolo' }, 0, 2025, 1));
    const changeId = entries()[0]!.id;
    const result = file.repo.revertChange(planId, changeId, 'revert');
    expect(withoutVersions(plan())).toEqual(withoutVersions(before));
    expect(result.message).toContain(`n. ${changeId}`);
    const [revert] = entries();
    expect(revert).toMatchObject({ id: result.changeId, kind: 'revert', revertsId: changeId });
    expect(entries().find((e) => e.id === changeId)!.revertedBy).toBe(result.changeId);
    expect('rows' in revert!).toBe(false);
    expect(result.rows.cards[0]!.before).toEqual({ ...edited, version: edited.version });
  });

  it('brings a deleted card back with its id and its indicators’ ids', () => {
    const before = plan();
    const removed = card('02_01_OS01');
    file.repo.deleteCard(planId, removed.id);
    const result = file.repo.revertChange(planId, entries()[0]!.id, 'revert');
    expect(result.recreated).toEqual([]);
    expect(withoutVersions(plan())).toEqual(withoutVersions(before));
  });

  it('undoes a whole import (one entry) and a change set', () => {
    const before = plan();
    const imported = { ...before, cards: before.cards.map((c, i) => (i < 3 ? { ...c, title: `${c.title} (importato)` } : c)) };
    file.repo.transaction(() => file.repo.replacePlanContent(planId, imported), { kind: 'import', label: 'importazione di prova.xlsx', info: { files: ['prova.xlsx'] } });
    const [entry] = entries();
    expect(entry).toMatchObject({ kind: 'import', info: { files: ['prova.xlsx'] } });
    expect(entry!.cards).toHaveLength(3);
    file.repo.revertChange(planId, entry!.id, 'revert');
    expect(withoutVersions(plan())).toEqual(withoutVersions(before));
  });

  it('is refused, naming the later change, when a later change touched the same card; nothing is written', () => {
    file.repo.saveCard(planId, { ...card('01_01_OS01'), title: 'Prima' });
    const first = entries()[0]!.id;
    const anna = openPlanFile(path, { actor: ANNA });
    try {
      anna.repo.saveCard(planId, { ...card('01_01_OS01'), title: 'Dopo' });
    } finally {
      anna.close();
    }
    const current = plan();
    const refused = failure(() => file.repo.revertChange(planId, first, 'revert'));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^Non si può annullare «modifica della scheda 01_01_OS01» \(n\. \d+\): la scheda 01_01_OS01 è stata modificata dopo, con la modifica n\. \d+ «modifica della scheda 01_01_OS01» di anna\.bianchi del /);
    expect(plan()).toEqual(current);
    // a change to another card does not stop it
    file.repo.saveCard(planId, { ...card('01_01_OS02'), title: 'Altra' });
    const second = entries()[0]!.id;
    file.repo.saveCard(planId, { ...card('01_01_OS03'), title: 'Terza' });
    file.repo.revertChange(planId, second, 'revert');
    expect(card('01_01_OS02').title).toBe(current.cards.find((c) => c.code === '01_01_OS02')!.title);
  });

  it('rebuilds this user’s undo stack from the log: undo and redo are reverts of the latest step', () => {
    file.repo.saveCard(planId, { ...card('01_01_OS01'), title: 'Uno' });
    file.repo.saveCard(planId, { ...card('01_01_OS01'), title: 'Due' });
    const anna = openPlanFile(path, { actor: ANNA });
    try {
      anna.repo.saveCard(planId, { ...card('01_05_OS01'), title: 'di Anna' });
      expect(anna.repo.undoStack(planId).past.map((s) => s.label)).toEqual(['modifica della scheda 01_05_OS01']);
    } finally {
      anna.close();
    }
    file.close();
    file = openPlanFile(path, { actor: MARIO });
    let stack = file.repo.undoStack(planId);
    expect(stack.past.map((s) => s.rows.cards[0]!.after!.title)).toEqual(['Uno', 'Due']);
    file.repo.revertChange(planId, stack.past[1]!.changeId, 'undo');
    stack = file.repo.undoStack(planId);
    expect(card('01_01_OS01').title).toBe('Uno');
    expect(stack.past).toHaveLength(1);
    expect(stack.future.map((s) => s.label)).toEqual(['modifica della scheda 01_01_OS01']);
    file.repo.revertChange(planId, stack.future[0]!.changeId, 'redo');
    expect(card('01_01_OS01').title).toBe('Due');
    stack = file.repo.undoStack(planId);
    expect(stack.past).toHaveLength(2);
    expect(stack.future).toHaveLength(0);
    expect(entries().slice(0, 2).map((e) => e.kind)).toEqual(['redo', 'undo']);
  });
});
