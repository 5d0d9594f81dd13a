// Issue 10, defect 2 (second half): two windows or computers on one file. A save from a stale copy (a card, the
// settings, the catalogues, a delete) is refused as a conflict with row versions and never overwrites what the
// other side saved; an import moves the versions on too.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { createPlanFile, createSampleFile, openPlanFile, PlanFileError, type PlanFile } from '../../db/planFile';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

let path: string;
let a: PlanFile;
let b: PlanFile;
beforeEach(() => {
  path = folder.file(`piano${++counter}.pira`);
  createSampleFile(path).close();
  a = openPlanFile(path);
  b = openPlanFile(path);
  return () => {
    a.close();
    b.close();
  };
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

const planOf = (file: PlanFile) => file.repo.loadPlan(file.repo.listPlans()[0]!.id);

describe('a save from a stale copy', () => {
  it('of a card is refused as a conflict and the other window’s title stays', () => {
    const inA = planOf(a);
    const inB = planOf(b);
    const cardA = inA.cards[0]!;
    const saved = a.repo.saveCard(inA.id, { ...cardA, title: 'Titolo salvato da A' });
    expect(saved.version).toBe(cardA.version! + 1);
    const error = failure(() => b.repo.saveCard(inB.id, { ...inB.cards[0]!, title: 'Titolo di B, da una copia vecchia' }));
    expect(error.code).toBe('stale');
    expect(error.message).toBe(
      `Conflitto: la scheda ${cardA.code} è stata modificata in un'altra finestra o su un altro computer dopo che il ` +
        "piano è stato aperto qui. La modifica non è stata salvata (nulla è stato sovrascritto): ricaricare il piano per " +
        'vedere la versione attuale e ripetere la modifica.',
    );
    expect(planOf(b).cards[0]?.title).toBe('Titolo salvato da A');
  });

  it('of the settings, of the catalogues and a delete are refused the same way', () => {
    const inA = planOf(a);
    const inB = planOf(b);
    a.repo.savePlanSettings(inA.id, { ...inA.settings, title: 'Titolo del piano di A' });
    a.repo.saveCatalogues(inA.id, { ...inA.catalogues, uffici: [...inA.catalogues.uffici, { name: 'Ufficio di A' }] });
    a.repo.saveCard(inA.id, { ...inA.cards[1]!, title: 'Scheda modificata da A' });
    const refusals: [string, () => unknown, RegExp][] = [
      ['settings', () => b.repo.savePlanSettings(inB.id, { ...inB.settings, premessa: 'di B' }), /^Conflitto: le impostazioni del piano 2024 sono state modificate/],
      ['catalogues', () => b.repo.saveCatalogues(inB.id, { ...inB.catalogues, aree: [] }), /^Conflitto: i cataloghi del piano 2024 sono stati modificati/],
      ['delete', () => b.repo.deleteCard(inB.id, inB.cards[1]!.id, inB.cards[1]!.version), /è stata modificata .* La scheda non è stata eliminata/],
    ];
    for (const [name, save, message] of refusals) {
      const error = failure(save);
      expect(error.code, name).toBe('stale');
      expect(error.message, name).toMatch(message);
    }
    const now = planOf(b);
    expect(now.settings.title).toBe('Titolo del piano di A');
    expect(now.settings.premessa).toBe(inA.settings.premessa);
    expect(now.catalogues.uffici.map((u) => u.name)).toContain('Ufficio di A');
    expect(now.cards[1]?.title).toBe('Scheda modificata da A');
  });

  it('is refused after an import changed the plan too', () => {
    const inA = planOf(a);
    const inB = planOf(b);
    a.repo.replacePlanContent(inA.id, { ...inA, cards: inA.cards.map((card) => ({ ...card, title: `${card.title} (importata)` })) });
    expect(failure(() => b.repo.saveCard(inB.id, inB.cards[2]!)).code).toBe('stale');
  });
});

describe('saves that carry the current version', () => {
  it('go through one after the other, each answering the next version', () => {
    const doc = planOf(a);
    let card = doc.cards[0]!;
    for (const title of ['uno', 'due', 'tre']) {
      card = a.repo.saveCard(doc.id, { ...card, title });
      expect(card.title).toBe(title);
    }
    expect(card.version).toBe(doc.cards[0]!.version! + 3);
    let settings = doc.settings;
    for (const premessa of ['a', 'b']) settings = a.repo.savePlanSettings(doc.id, { ...settings, premessa });
    expect(settings.version).toBe(doc.settings.version! + 2);
  });

  it('without a version (CLI, imports, new cards) are not checked', () => {
    const doc = planOf(a);
    b.repo.saveCard(doc.id, { ...doc.cards[0]!, title: 'da B' });
    const { version: _stale, ...unversioned } = doc.cards[0]!;
    expect(a.repo.saveCard(doc.id, { ...unversioned, title: 'da A senza versione' }).title).toBe('da A senza versione');
  });

  it('start at 1 in a copy and in a file upgraded from schema 1', () => {
    const copy = folder.file(`copia${counter}.pira`);
    const doc = planOf(a);
    a.repo.saveCard(doc.id, doc.cards[0]!);
    createPlanFile(copy, [planOf(a)]).close();
    const copied = openPlanFile(copy, { readonly: true });
    expect(planOf(copied).cards[0]?.version).toBe(1);
    copied.close();
    const old = folder.file(`vecchio${counter}.pira`);
    openDatabase(old, { create: true, migrations: [MIGRATIONS[0]!] }).db.close();
    const upgraded = openPlanFile(old);
    upgraded.repo.insertPlan(samplePlan2024);
    const loaded = planOf(upgraded);
    expect([loaded.settings.version, loaded.catalogues.version, loaded.cards[0]?.version]).toEqual([1, 1, 1]);
    upgraded.close();
  });
});
