// The grids' pure parts: typed columns (read, parse with what was understood, apply), the block paste plan, the
// spreadsheet keys, the weight total, the code check, the leave question and the unsaved entries of a card.
import { describe, expect, it } from 'vitest';
import type { Card, Indicator } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { needsPreview, pastedMatrix, pasteRecipes, planBlockPaste, type PasteRow } from '../../renderer/features/editor/blockPaste';
import { parseCardCode } from '../../renderer/features/editor/cardCode';
import { cardGridColumns, measurementColumn, monitoringColumns, targetColumn, weightColumn } from '../../renderer/features/editor/cellColumns';
import { cellKeyAction } from '../../renderer/features/editor/gridKeys';
import { leaveQuestion } from '../../renderer/features/editor/leaveGuard';
import { draftFieldName, unsavedEntries } from '../../renderer/features/editor/unsavedEntries';
import { describeWeightTotal } from '../../renderer/features/editor/weightTotal';
import { isBlockPaste } from '../../renderer/features/editor/GridCell';

const doc = { ...samplePlan2024, id: 1, cards: samplePlan2024.cards.map((c, i) => ({ ...c, id: i + 1 })) };
const card = doc.cards.find((c) => c.code === '01_01_OS01')!;
const [first] = card.indicators as [Indicator];
const value = measurementColumn('2024-06-30');
const target = targetColumn(2024);

const applied = (column: typeof value, text: string, ind: Indicator) => {
  const result = column.parse(text, ind);
  if (!result.ok) throw new Error(result.error);
  return { ind: result.value.apply(ind), understood: result.value.understood };
};

describe('typed columns', () => {
  it('read what the file holds; an absent measurement reads as empty, not n.d.', () => {
    expect([value.read(first), target.read(first), weightColumn.read(first)]).toEqual(['1', '4', '20,0%']);
    expect(measurementColumn('2024-12-31', 'value.2024-12-31').read(first)).toBe('');
    expect(measurementColumn('2024-12-31', 'value.2024-12-31')).toMatchObject({ name: 'value-2024-12-31', title: 'Valore al 31/12/2024' });
  });

  it('parse, say what they understood, and write only their own field', () => {
    const typed = applied(value, '7', first);
    expect(typed.understood).toBe('numero 7');
    expect(typed.ind.measurements).toEqual([{ date: '2024-06-30', value: { kind: 'number', value: 7, decimals: 0 } }]);
    expect({ ...typed.ind, measurements: first.measurements }).toEqual(first);
    const emptied = applied(value, '', first);
    expect(emptied.understood).toBe('vuoto = nessun valore (performance n.d.)');
    expect(emptied.ind.measurements).toEqual([]);
    const merged = applied(target, '<= 3', first);
    expect(merged.understood).toBe('numero 3, operatore <=');
    expect([merged.ind.operator, target.read(merged.ind)]).toEqual(['<=', '3']);
    expect(applied(weightColumn, '0', first).understood).toBe('peso 0%: l’indicatore non conta nella media');
  });

  it('refuse what the UdM or the grammar refuses', () => {
    expect(value.parse('80 %', first)).toMatchObject({ ok: false, error: expect.stringContaining('richiede un numero') });
    expect(target.parse('2 5', first)).toMatchObject({ ok: false, error: expect.stringContaining('contiene spazi') });
    expect(weightColumn.parse('-', first).ok).toBe(false);
  });

  it('are laid out for the card grid and the monitoring grid, one value column per monitoring date (issue 12)', () => {
    const grid = cardGridColumns(doc.settings);
    expect(grid.all.map((c) => c.key)).toEqual(['value', 'value.2024-12-31', 'target.2024', 'target.2025', 'target.2026', 'weight']);
    expect(grid.value.key).toBe('value');
    expect(monitoringColumns(doc.settings).map((c) => c.title)).toEqual(['Target 2024', 'Valore al 30/06/2024', 'Valore al 31/12/2024']);
    const later = cardGridColumns({ ...doc.settings, monitoringDate: '2024-12-31' });
    expect(later.values.map((c) => c.key)).toEqual(['value.2024-06-30', 'value']);
    expect(later.value.date).toBe('2024-12-31');
  });

  it('make the values of a closed date read-only: an unchanged text passes, anything else is refused', () => {
    const [closed, open] = cardGridColumns(doc.settings, new Set(['2024-06-30'])).values;
    expect([closed?.readOnly, open?.readOnly]).toEqual([true, undefined]);
    expect(closed?.parse('1', first)).toMatchObject({ ok: true, value: { understood: 'valore invariato' } });
    expect(applied(closed!, '1', first).ind).toBe(first);
    expect(closed?.parse('2', first)).toEqual({
      ok: false,
      error: 'il monitoraggio al 30/06/2024 è chiuso: per correggere il valore usare «Rettifica…» nella scheda, indicando il motivo',
    });
    expect(open?.parse('2', first).ok).toBe(true);
  });
});

describe('block paste', () => {
  const rows: PasteRow[] = card.indicators.map((indicator, index) => ({ cardId: card.id, index, indicator, label: `indicatore ${index + 1}` }));
  const columns = cardGridColumns(doc.settings).all;

  it('reads Excel text: tabs, line breaks, the trailing line break and quoted cells', () => {
    expect(pastedMatrix('2\r\n5\r\n7\r\n')).toEqual([['2'], ['5'], ['7']]);
    expect(pastedMatrix('1\t"a\tb"\n\n')).toEqual([['1', 'a\tb']]);
    expect([isBlockPaste('2\r\n'), isBlockPaste('2\n5'), isBlockPaste('2\t5'), isBlockPaste('25')]).toEqual([false, true, true, false]);
  });

  it('fills a column downwards from the anchor and counts what it overwrites', () => {
    const plan = planBlockPaste('2\n5\n7\n', { row: 0, column: 0 }, rows, columns);
    expect(plan.cells.map((c) => [c.row.index, c.column.key, c.before, c.text])).toEqual([
      [0, 'value', '1', '2'],
      [1, 'value', '43', '5'],
      [2, 'value', '0', '7'],
    ]);
    expect([plan.overwrites, plan.errors, plan.extraRows, plan.extraColumns, needsPreview(plan)]).toEqual([3, 0, 0, 0, true]);
    const [recipe] = pasteRecipes(plan);
    expect(recipe?.edits.map((e) => e.index)).toEqual([0, 1, 2]);
  });

  it('spreads rows × columns to the right, reports cells it cannot read and what falls outside', () => {
    const firstTarget = columns.findIndex((c) => c.key === 'target.2024');
    const plan = planBlockPaste('5\t6\t7\t8\t9\tx\ntre\t1\n1\n1\n1\n1', { row: 1, column: firstTarget }, rows, columns);
    expect(plan.cells.filter((c) => c.row.index === 1).map((c) => c.column.key)).toEqual(['target.2024', 'target.2025', 'target.2026', 'weight']);
    expect(plan.extraColumns).toBe(2);
    expect(plan.extraRows).toBe(2); // six lines from indicator 2 of 5
    expect(plan.errors).toBe(1); // "tre" under Target 2024 of indicator 3; "8" under Peso is 8%
    expect(plan.cells.find((c) => c.row.index === 2 && c.column.key === 'target.2024')?.result.ok).toBe(false);
  });

  it('reads or refuses every pasted number, and shows a blank that clears a value before writing it (issue 22, point 4)', () => {
    const plan = planBlockPaste('1e309\nInfinity\nNaN\n0x10\n-0\n0,00000000001\n', { row: 0, column: 0 }, [...rows, ...rows], columns);
    expect(plan.cells.map((c) => (c.result.ok ? 'letto' : c.result.error))).toEqual([
      expect.stringMatching(/^"1e309" non è un valore valido/),
      expect.stringMatching(/^"Infinity" non è un valore valido/),
      expect.stringMatching(/^"NaN" non è un valore valido/),
      expect.stringMatching(/^"0x10" non è un valore valido/),
      '"-0" non è un numero valido: lo zero non ha segno, scrivere 0',
      '"0,00000000001" ha troppi decimali: al massimo 10',
    ]);
    expect(needsPreview(plan)).toBe(true);
    const blank = planBlockPaste('\n43', { row: 0, column: 0 }, rows, columns);
    expect(blank.cells.map((c) => [c.before, c.text])).toEqual([['1', ''], ['43', '43']]);
    expect([blank.overwrites, needsPreview(blank)]).toEqual([1, true]);
  });

  it('writes at once, without a preview, into empty cells', () => {
    const empty = rows.map((r) => ({ ...r, indicator: { ...r.indicator, measurements: [] } }));
    const plan = planBlockPaste('2\n5', { row: 0, column: 0 }, empty, columns);
    expect(needsPreview(plan)).toBe(false);
  });
});

describe('spreadsheet keys', () => {
  const none = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
  it.each([
    ['Enter', none, 'down'],
    ['Enter', { ...none, shiftKey: true }, 'up'],
    ['ArrowDown', none, 'down'],
    ['ArrowUp', none, 'up'],
    ['ArrowUp', { ...none, altKey: true }, null], // Alt+↑ moves the row
    ['Escape', none, 'restore'],
    ['F2', none, 'edit'],
    ['Tab', none, null],
    ['ArrowLeft', none, null],
    ['z', { ...none, ctrlKey: true }, null],
  ] as const)('%s %j → %s', (key, mods, action) => {
    expect(cellKeyAction(key, mods)).toBe(action);
  });
});

describe('weight total', () => {
  it.each<[number[], string, RegExp]>([
    [[0.2, 0.2, 0.2, 0.2, 0.2], '100,0%', /^La somma è 100%: le quote usate nel calcolo coincidono con i pesi\.$/],
    [[0.333, 0.333, 0.333], '99,9%', /per arrotondamento: il calcolo usa le quote normalizzate a 100%/],
    [[0.2, 0.2, 0.2, 0.2, 0.2, 0.2], '120,0%', /non 100%: il calcolo usa le quote normalizzate \(ogni peso diviso per 120,0%\)/],
    [[0.2, 0.2, 0.2, 0.2, 0.2, 0], '100,0%', /1 indicatore ha peso 0% e non conta nella media/],
    [[0, 0], '0,0%', /Tutti i pesi sono 0%: il calcolo conta gli indicatori in parti uguali \(50,0% ciascuno\)/],
  ])('%j', (weights, sum, note) => {
    const total = describeWeightTotal(weights, Math.round(1000 / weights.length) / 1000);
    expect(total.sum).toBe(sum);
    expect(total.note).toMatch(note);
  });
  it('offers equal weights only when they are not equal already', () => {
    expect(describeWeightTotal([0.333, 0.333, 0.333], 0.333).canEqualise).toBe(false);
    expect(describeWeightTotal([0.5, 0.25, 0.25], 0.333).canEqualise).toBe(true);
  });
});

describe('card code', () => {
  const other = doc.cards.find((c) => c.code === '01_01_OS04')!;
  it.each<[string, boolean | RegExp]>([
    ['01_01_OS09', true],
    ['  01_01_OS09 ', true],
    ['01_01_OS04', true], // its own code
    ['01_01_OS01', /^Esiste già una scheda con codice «01_01_OS01» \(«La doppia transizione digitale ed ecologica \(pgt 20%\)»\): scegliere un altro codice\. Questa scheda resta 01_01_OS04\.$/],
    [' 01_01_OS01', /Esiste già/],
    ['', /non può essere vuoto/],
  ])('%j', (text, expected) => {
    const result = parseCardCode(text, other, doc.cards);
    if (expected === true) expect(result).toEqual({ ok: true, value: text.trim() });
    else expect(result).toMatchObject({ ok: false, error: expect.stringMatching(expected as RegExp) });
  });
});

describe('unsaved values', () => {
  const drafts = { [`card:${card.id}:ind:1:value`]: 'tre', [`card:${card.id}:code`]: 'X', 'card:999:weight': 'y', 'settings:year': 'z' };

  it('name their field as its label does', () => {
    expect(draftFieldName(`card:1:ind:1:value.2024-12-31`, doc.settings)).toBe('Valore al 31/12/2024 – indicatore 2');
    expect(draftFieldName(`card:1:ind:1:target.2025`, doc.settings)).toBe('Target 2025 – indicatore 2');
    expect(draftFieldName(`card:1:ind:0:cap`, doc.settings)).toBe('Limite massimo – indicatore 1');
    expect(draftFieldName(`card:1:resources`, doc.settings)).toBe('Risorse economiche');
    expect(unsavedEntries(drafts, card.id, doc.settings)).toEqual([
      { key: `card:${card.id}:code`, field: 'Codice', text: 'X' },
      { key: `card:${card.id}:ind:1:value`, field: 'Valore al 30/06/2024 – indicatore 2', text: 'tre' },
    ]);
  });

  it('make leaving their card or the monitoring grid ask, and nothing else', () => {
    const at = (code: string) => ({ view: 'card' as const, code });
    expect(leaveQuestion(at('01_01_OS01'), { view: 'cards' }, doc.cards, drafts)).toMatch(/^La scheda 01_01_OS01 ha 2 valori non salvati/);
    expect(leaveQuestion(at('01_01_OS04'), { view: 'cards' }, doc.cards, drafts)).toBeNull();
    expect(leaveQuestion(at('01_01_OS01'), at('01_01_OS01'), doc.cards, drafts)).toBeNull();
    const renamed = { ...doc, cards: doc.cards.map((c): Card => (c.id === card.id ? { ...c, code: 'NUOVO' } : c)) };
    expect(leaveQuestion(at('01_01_OS01'), at('NUOVO'), renamed.cards, drafts)).toBeNull(); // the address follows a rename
    expect(leaveQuestion({ view: 'monitoring' }, { view: 'settings' }, doc.cards, drafts)).toMatch(/^Il monitoraggio ha 3 valori non salvati/);
    expect(leaveQuestion({ view: 'cards' }, { view: 'settings' }, doc.cards, drafts)).toBeNull();
  });
});
