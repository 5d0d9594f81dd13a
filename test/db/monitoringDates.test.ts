// Monitoring dates in the file (issue 12): the list saved with the settings, values only at listed dates, closing a
// date (snapshot kept, its values refused by every card write), amendments, the copy of a file, migration 8.
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import { PlanFileError } from '../../db/planFileError';
import type { Card, Value } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let file: PlanFile;
let path: string;
let planId: number;

beforeEach(() => {
  file?.close();
  path = folder.file(`dates${++counter}.pira`);
  file = createPlanFile(path, [samplePlan2024]);
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

const number = (value: number): Value => ({ kind: 'number', value, decimals: 0 });
const load = () => file.repo.loadPlan(planId);
const card = (code = '01_01_OS01'): Card => load().cards.find((c) => c.code === code)!;
/** The card with the first indicator's value at `date` set to `value`. */
const withValue = (c: Card, date: string, value: Value | null): Card => ({
  ...c,
  indicators: c.indicators.map((ind, i) =>
    i !== 0 ? ind : { ...ind, measurements: [...ind.measurements.filter((m) => m.date !== date), ...(value ? [{ date, value }] : [])] },
  ),
});
/** The file's bytes stay the same through a refused write (checked after closing the connection). */
function unchangedThrough(write: () => unknown): PlanFileError {
  const before = JSON.stringify(load());
  const error = failure(write);
  expect(JSON.stringify(load())).toBe(before);
  return error;
}

describe('the list of dates', () => {
  it('stores 30/06 and 31/12 for the sample and any date added in the settings', () => {
    expect(load().settings.monitoringDates).toEqual(['2024-06-30', '2024-12-31']);
    const saved = file.repo.savePlanSettings(planId, { ...load().settings, monitoringDates: ['2024-06-30', '2024-09-30', '2024-12-31'] });
    expect(saved.monitoringDates).toEqual(['2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('keeps the monitoring date in the list and gives the defaults to settings without one', () => {
    const { monitoringDates: _none, ...settings } = load().settings;
    expect(file.repo.savePlanSettings(planId, { ...settings, monitoringDate: '2024-09-30' }).monitoringDates).toEqual(['2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('refuses to drop a date that holds values, and drops an empty one', () => {
    const error = unchangedThrough(() => file.repo.savePlanSettings(planId, { ...load().settings, monitoringDate: '2024-12-31', monitoringDates: ['2024-12-31'] }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'La data 30/06/2024 (123 valori) ha valori ma non è tra le date di monitoraggio del piano: aggiungerla in Impostazioni, oppure cancellare prima i suoi valori.',
    );
    expect(file.repo.savePlanSettings(planId, { ...load().settings, monitoringDates: ['2024-06-30'] }).monitoringDates).toEqual(['2024-06-30']);
  });

  it('refuses a value at a date that is not in the list', () => {
    const error = unchangedThrough(() => file.repo.saveCard(planId, withValue(card(), '2024-09-30', number(3))));
    expect(error.message).toMatch(/^La data 30\/09\/2024 \(1 valore\) ha valori ma non è tra le date di monitoraggio/);
  });

  it('refuses it in a batch of cards too, and accepts a batch that adds the date with its values', () => {
    const values = [withValue(card('01_01_OS01'), '2024-09-30', number(3)), withValue(card('01_02_OS01'), '2024-09-30', number(4))];
    const error = unchangedThrough(() => file.repo.saveChanges(planId, { cards: values }));
    expect(error.message).toMatch(/^La data 30\/09\/2024 \(2 valori\) ha valori/);
    const settings = { ...load().settings, monitoringDates: ['2024-06-30', '2024-09-30', '2024-12-31'] };
    expect(file.repo.saveChanges(planId, { settings, cards: values }).cards).toHaveLength(2);
  });

  it('checks the values of the card saved, not those of the other cards', () => {
    // A value left at an unlisted date by another program: only a save of its own card is refused.
    const stray = card('01_02_OS01').indicators[0]!.id;
    const raw = new Database(path);
    raw.prepare('INSERT INTO measurements (indicator_id, date, value_json) VALUES (?, ?, ?)').run(stray, '2024-09-30', JSON.stringify(number(1)));
    raw.close();
    expect(file.repo.saveCard(planId, withValue(card('01_01_OS01'), '2024-06-30', number(2))).code).toBe('01_01_OS01');
    expect(failure(() => file.repo.saveCard(planId, card('01_02_OS01'))).message).toMatch(/^La data 30\/09\/2024 \(1 valore\)/);
  });
});

describe('closing a date', () => {
  it('keeps the scores of that day in the file and shows the closing with the plan', () => {
    const expected = scorePlan(load(), '2024-06-30');
    const closure = file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    expect(closure).toMatchObject({ date: '2024-06-30', closedBy: 'mrossi', snapshot: { date: '2024-06-30', performance: expected.performance } });
    expect(Date.parse(closure.closedAt)).not.toBeNaN();
    file.close();
    file = openPlanFile(path);
    const [stored] = load().closures ?? [];
    expect(stored).toEqual(closure);
    const first = stored!.snapshot.cards[0]!;
    expect(first).toMatchObject({ code: '01_01_OS01', performance: expected.cards[0]!.score.performance });
    expect(first.indicators[0]).toMatchObject({ value: number(1), performance: 0.25 });
  });

  it('refuses a second closing, an unknown date, and removing a closed date from the list', () => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    expect(failure(() => file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi')).message).toBe('Il monitoraggio al 30/06/2024 è già chiuso.');
    expect(failure(() => file.repo.closeMonitoringDate(planId, '2024-09-30', 'mrossi')).code).toBe('not-found');
    file.repo.closeMonitoringDate(planId, '2024-12-31', 'mrossi');
    const error = unchangedThrough(() => file.repo.savePlanSettings(planId, { ...load().settings, monitoringDates: ['2024-06-30'] }));
    expect(error.message).toBe("Il monitoraggio al 31/12/2024 è chiuso: la data non si può togliere dall'elenco.");
  });

  it.each<[string, () => unknown]>([
    ['a changed value', () => file.repo.saveCard(planId, withValue(card(), '2024-06-30', number(3)))],
    ['a removed value', () => file.repo.saveCard(planId, withValue(card(), '2024-06-30', null))],
    ['a removed indicator', () => file.repo.saveCard(planId, { ...card(), indicators: card().indicators.slice(1) })],
    ['a new indicator with a value', () => file.repo.saveCard(planId, { ...card(), indicators: [...card().indicators, { ...card().indicators[0]!, id: 0 }] })],
    ['a new card with a value', () => file.repo.saveCard(planId, { ...card(), id: 0, code: '01_01_OS99', indicators: card().indicators.map((i) => ({ ...i, id: 0 })) })],
    ['the card deleted', () => file.repo.deleteCard(planId, card().id)],
    ['an import replacing the plan', () => file.repo.replacePlanContent(planId, { ...load(), cards: load().cards.map((c, i) => (i === 0 ? withValue(c, '2024-06-30', number(9)) : c)) })],
  ])('refuses %s of a closed date and leaves the file as it was', (_what, write) => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    const error = unchangedThrough(write);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Il monitoraggio al 30\/06\/2024 è chiuso: i suoi valori non si possono modificare né eliminare \(scheda 01_01_OS\d\d, «.+», valore al 30\/06\/2024: .+\)\. Per correggere un valore usare «Rettifica…» nella scheda, indicando il motivo\.$/);
  });

  it('still saves everything else of the card, open dates included', () => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    const saved = file.repo.saveCard(planId, { ...withValue(card(), '2024-12-31', number(4)), title: 'Titolo nuovo' });
    expect(saved.title).toBe('Titolo nuovo');
    expect(saved.indicators[0]!.measurements).toEqual([
      { date: '2024-06-30', value: number(1) },
      { date: '2024-12-31', value: number(4) },
    ]);
  });
});

describe('closing and reopening in the change log (issue 17 §5)', () => {
  const entries = () => file.repo.listChanges({ planId }).entries;

  it('closing is an entry with who, when and the state before and after', () => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    const [entry] = entries();
    expect(entry).toMatchObject({ kind: 'close-date', label: 'monitoraggio al 30/06/2024 chiuso', reason: null, variation: false });
    expect(entry!.details).toEqual([
      {
        scope: 'plan',
        action: 'changed',
        field: 'Monitoraggio al 30/06/2024',
        key: 'closure.2024-06-30',
        before: 'aperto',
        after: expect.stringMatching(/^chiuso il \d\d\/\d\d\/\d{4} alle \d\d:\d\d da mrossi \(performance dell’ente 61%\)$/),
      },
    ]);
  });

  it('reopening needs a reason, is an entry of its own, and makes the values editable again', () => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    const refused = unchangedThrough(() => file.repo.reopenMonitoringDate(planId, '2024-06-30', '  '));
    expect(refused.message).toBe('Riaprire il monitoraggio al 30/06/2024 richiede il motivo: indicarlo (resta nello storico delle modifiche).');
    file.repo.reopenMonitoringDate(planId, '2024-06-30', 'valori del secondo trimestre da correggere');
    expect(load().closures).toBeUndefined();
    const [reopened, closed] = entries();
    expect(reopened).toMatchObject({ kind: 'reopen-date', label: 'monitoraggio al 30/06/2024 riaperto', reason: 'valori del secondo trimestre da correggere' });
    expect(reopened!.details[0]).toMatchObject({ key: 'closure.2024-06-30', before: closed!.details[0]!.after, after: 'aperto' });
    expect(file.repo.saveCard(planId, withValue(card(), '2024-06-30', number(3))).indicators[0]!.measurements[0]!.value).toEqual(number(3));
    expect(failure(() => file.repo.reopenMonitoringDate(planId, '2024-06-30', 'di nuovo')).message).toBe("Il monitoraggio al 30/06/2024 non è chiuso: non c'è nulla da riaprire.");
  });

  it('a closing is undone from the history only with a reason (a reopening), and the undo of a reopening closes it again as it was', () => {
    const closure = file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    const closing = entries()[0]!.id;
    expect(unchangedThrough(() => file.repo.revertChange(planId, closing, 'revert')).message).toBe(
      'Annullare la chiusura riapre il monitoraggio al 30/06/2024: indicare il motivo della riapertura.',
    );
    file.repo.revertChange(planId, closing, 'revert', 'chiuso per errore');
    expect(load().closures).toBeUndefined();
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
    file.repo.reopenMonitoringDate(planId, '2024-06-30', 'da correggere');
    const second = file.repo.listChanges({ planId, kind: 'close-date' }).entries[0]!;
    const reopening = entries()[0]!.id;
    file.repo.revertChange(planId, reopening, 'revert');
    expect(load().closures?.map((c) => [c.date, c.closedBy])).toEqual([['2024-06-30', 'mrossi']]);
    expect(second.id).toBeGreaterThan(closing);
    expect(closure.date).toBe('2024-06-30');
  });
});

describe('amendments', () => {
  beforeEach(() => {
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mrossi');
  });
  const request = (over: Partial<{ value: Value | null; reason: string; date: string; cardId: number; indicatorId: number }> = {}) => {
    const c = card();
    return { cardId: c.id, indicatorId: c.indicators[0]!.id, date: '2024-06-30', value: number(2), reason: 'dato corretto dall’ufficio', ...over };
  };

  it('corrects a closed value and records who, when, before, after and why', () => {
    const versionBefore = card().version;
    const amendment = file.repo.amendValue(planId, request(), 'lbianchi');
    // the card changed: a window still holding the older version cannot write over the amendment
    expect(card().version).toBe((versionBefore ?? 0) + 1);
    expect(amendment).toMatchObject({ date: '2024-06-30', cardCode: '01_01_OS01', before: number(1), after: number(2), reason: 'dato corretto dall’ufficio', author: 'lbianchi' });
    const plan = load();
    expect(plan.amendments).toEqual([amendment]);
    expect(plan.cards[0]!.indicators[0]!.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual(number(2));
    // the snapshot still says what the plan said when the date was closed
    expect(plan.closures![0]!.snapshot.cards[0]!.indicators[0]!.value).toEqual(number(1));
    // and the change log has it, with its reason, like any other change of the plan (issue 13)
    const [logged] = file.repo.listChanges({ planId, kind: 'amend' }).entries;
    expect(logged).toMatchObject({ kind: 'amend', reason: 'dato corretto dall’ufficio', cards: [{ code: '01_01_OS01' }] });
  });

  it.each<[string, Parameters<typeof request>[0], RegExp]>([
    ['without a reason', { reason: '  ' }, /richiede il motivo/],
    ['of an open date', { date: '2024-12-31' }, /non è chiuso: il valore si modifica direttamente nella scheda/],
    ['that changes nothing', { value: number(1) }, /è già 1: non c'è nulla da rettificare/],
    ['of an indicator of another card', { cardId: 9999 }, /non esiste più in questa scheda/],
  ])('refuses an amendment %s', (_what, over, message) => {
    const error = unchangedThrough(() => file.repo.amendValue(planId, request(over), 'lbianchi'));
    expect(error.message).toMatch(message);
  });

  it('is undone from the history as an amendment back, with its own reason, never refused for being closed (issue 17 §11)', () => {
    file.repo.amendValue(planId, request(), 'lbianchi');
    const [amended] = file.repo.listChanges({ planId, kind: 'amend' }).entries;
    const refused = unchangedThrough(() => file.repo.revertChange(planId, amended!.id, 'revert'));
    expect(refused.message).toBe('Annullare questa modifica cambia valori del monitoraggio chiuso al 30/06/2024: è una rettifica, indicarne il motivo.');
    const result = file.repo.revertChange(planId, amended!.id, 'revert', 'rettifica fatta sulla scheda sbagliata');
    expect(card().indicators[0]!.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual(number(1));
    expect(load().amendments?.map((a) => [a.before, a.after, a.reason])).toEqual([
      [number(1), number(2), 'dato corretto dall’ufficio'],
      [number(2), number(1), 'rettifica fatta sulla scheda sbagliata'],
    ]);
    const [revert] = file.repo.listChanges({ planId, kind: 'revert' }).entries;
    expect(revert).toMatchObject({ id: result.changeId, revertsId: amended!.id, reason: 'rettifica fatta sulla scheda sbagliata' });
    // and the undoing can be undone in turn, the same way
    file.repo.revertChange(planId, result.changeId, 'revert', 'era giusta');
    expect(card().indicators[0]!.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual(number(2));
    expect(load().amendments).toHaveLength(3);
  });

  it('travels with the plan into a copy of the file, with the new ids', () => {
    file.repo.amendValue(planId, request(), 'lbianchi');
    const source = load();
    const copyPath = folder.file(`copy${counter}.pira`);
    const copy = createPlanFile(copyPath, [source]);
    try {
      const copied = copy.repo.loadPlan(copy.repo.listPlans()[0]!.id);
      const first = copied.cards[0]!;
      expect(copied.closures?.map((c) => [c.date, c.closedBy, c.snapshot.performance])).toEqual([['2024-06-30', 'mrossi', source.closures![0]!.snapshot.performance]]);
      expect(copied.closures![0]!.snapshot.cards[0]).toMatchObject({ cardId: first.id, indicators: expect.arrayContaining([expect.objectContaining({ indicatorId: first.indicators[0]!.id })]) });
      expect(copied.amendments).toEqual([{ ...source.amendments![0]!, id: expect.any(Number), cardId: first.id, indicatorId: first.indicators[0]!.id }]);
      // closed there too
      expect(() => copy.repo.saveCard(copied.id, withValue(first, '2024-06-30', number(5)))).toThrow(/è chiuso/);
    } finally {
      copy.close();
    }
  });
});

describe('migration 8', () => {
  it('lists 30/06, 31/12, the monitoring date and every date holding values of a file written before it', () => {
    const old = folder.file(`old${counter}.pira`);
    const { db } = openDatabase(old, { create: true, migrations: MIGRATIONS.filter((m) => m.version <= 7) });
    db.prepare(
      `INSERT INTO plans (id, ente, year, title, monitoring_date, horizon_start, horizon_end, premessa, policy_json)
       VALUES (1, 'Ente', 2024, 'Piano', '2024-03-31', 2024, 2026, '', ?)`,
    ).run(JSON.stringify(samplePlan2024.settings.policy));
    db.prepare(
      `INSERT INTO cards (id, plan_id, position, code, title, missione, programma, ambito_line, obiettivo_strategico, description,
       resources_euros, area, office, footnotes_json, weight) VALUES (1, 1, 1, 'A', 'Titolo', '', '', '', '', '', NULL, '', '', '[]', 1)`,
    ).run();
    db.prepare(
      `INSERT INTO indicators (id, card_id, position, name, algoritmo, tipologia, udm, operator, weight, note, fonte, kpi_code, uncapped)
       VALUES (1, 1, 0, 'Pratiche', '', '', 'n.', '>=', 1, '', '', '', 0)`,
    ).run();
    db.prepare("INSERT INTO measurements (indicator_id, date, value_json) VALUES (1, '2024-09-30', ?)").run(JSON.stringify(number(3)));
    db.close();
    const upgraded = openPlanFile(old);
    try {
      expect(upgraded.repo.loadPlan(1).settings.monitoringDates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
      expect(upgraded.repo.loadPlan(1).closures).toBeUndefined();
    } finally {
      upgraded.close();
    }
    const check = new Database(old, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
    check.close();
  });
});
