// Card list selectors on the real 2024 sample: search (code, title, indicator names), filters, sorting,
// and the windowing arithmetic that keeps thousands of rows fast.
import { describe, expect, it } from 'vitest';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { computeWindow } from '../../renderer/hooks/useWindowedRows';
import { UNCLASSIFIED_FILTER } from '../../shared/rollups';
import { performanceStatus, scoreCard, scoringContext } from '../../shared/scoring';
import { buildCardRows, filterRows, NO_FILTERS, sortRows, toggleSort, type ListFilters } from '../../renderer/store/listSelectors';
import { EMPTY_HISTORY, inverse, pushEntry, remapCardId, takeRedo, takeUndo, withoutEntry, HISTORY_LIMIT, type CardEntry, type HistoryEntry } from '../../renderer/store/history';

const rows = buildCardRows(samplePlan2024);
const codes = (filters: Partial<ListFilters>) => filterRows(rows, { ...NO_FILTERS, ...filters }).map((r) => r.code);

describe('filterRows', () => {
  it.each<[Partial<ListFilters>, string[]]>([
    [{ query: '01_05' }, ['01_05_OS01', '01_05_OS02']],
    [{ query: 'PARI opportunita' }, ['03_01_OS05']], // case and accents ignored
    [{ query: 'intranet' }, ['03_01_OS01']], // indicator names are searched too (OS05 has it only in an algoritmo)
    [{ missione: '016' }, ['01_02_OS01']],
  ])('%j', (filters, expected) => {
    expect(codes(filters)).toEqual(expected);
  });

  it('with no filter set gives every row in its order, as an array of its own', () => {
    const all = filterRows(rows, NO_FILTERS);
    expect(all).toEqual(rows);
    expect(all).not.toBe(rows);
    expect(filterRows(rows, { ...NO_FILTERS, query: '   ' })).toEqual(rows);
    expect(filterRows(rows, { ...NO_FILTERS, ufficio: 'nessun ufficio così' })).toEqual([]);
  });

  it('filters by ambito code or by line', () => {
    const byAmbito = codes({ ambito: '03' });
    expect(byAmbito.length).toBeGreaterThan(0);
    expect(rows.filter((r) => byAmbito.includes(r.code)).every((r) => r.ambitoLine.startsWith('03_'))).toBe(true);
    expect(codes({ ambito: '01_03' })).toEqual(['01_03_OS01', '01_03_OS02']);
  });

  it('filters by status as computed by the scoring', () => {
    const reached = filterRows(rows, { ...NO_FILTERS, status: 'raggiunto' });
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.every((r) => r.performance !== null && r.performance >= 0.995)).toBe(true);
    const all = ['raggiunto', 'parziale', 'critico', 'nd'].flatMap((status) => codes({ status }));
    expect(all.sort()).toEqual(rows.map((r) => r.code).sort());
  });

  it('combines search and filters', () => {
    expect(codes({ query: 'turismo', missione: '011', ambito: '01_03' })).toEqual(['01_03_OS01', '01_03_OS02']);
  });

  it('takes every spelling of an area or office as the same one (the rollups\' rule)', () => {
    const spellings = ['Promozione e Sviluppo Economico', 'Promozione e sviluppo economico', 'PROMOZIONE E SVILUPPO ECONOMICO '];
    for (const area of spellings) expect(codes({ area })).toHaveLength(10);
    expect(codes({ ufficio: 'obiettivo TRASVERSALE' })).toHaveLength(7);
  });

  it('filters by programma, obiettivo strategico (none: the unclassified value) and ufficio', () => {
    expect(codes({ programma: '016.005' })).toEqual(['01_02_OS01']);
    expect(codes({ programma: '032.003' })).toHaveLength(6);
    expect(codes({ obiettivoStrategico: UNCLASSIFIED_FILTER })).toHaveLength(18);
    expect(codes({ obiettivoStrategico: 'OS1' })).toEqual([]);
    expect(codes({ ufficio: 'Turismo e cultura' })).toEqual(['01_03_OS01', '01_03_OS02']);
  });

  it('filters the cards that have at least one indicator in a status', () => {
    const withNd = codes({ indicatorStatus: 'nd' });
    expect(withNd).toContain('03_01_OS06'); // Salute finanziaria: all ten n.d.
    expect(withNd).not.toContain('01_01_OS01');
    for (const status of ['raggiunto', 'parziale', 'critico', 'nd']) {
      const ctx = scoringContext(samplePlan2024.settings);
      const expected = samplePlan2024.cards
        .filter((card) => scoreCard(card, ctx).indicators.some((s) => performanceStatus(s.performance) === status))
        .map((card) => card.code);
      expect(codes({ indicatorStatus: status })).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});

describe('sortRows', () => {
  it('puts rows in plan order whether or not they come in it', () => {
    const planOrder = rows.map((r) => r.code);
    const asc = { key: 'position', direction: 'asc' } as const;
    expect(sortRows(rows, asc).map((r) => r.code)).toEqual(planOrder);
    const shuffled = [...rows.slice(5), ...rows.slice(0, 5)].reverse();
    expect(sortRows(shuffled, asc).map((r) => r.code)).toEqual(planOrder);
    const twoOutOfOrder = [rows[1]!, rows[0]!, ...rows.slice(2)];
    expect(sortRows(twoOutOfOrder, asc).map((r) => r.code)).toEqual(planOrder);
    expect(sortRows(rows, { key: 'position', direction: 'desc' }).map((r) => r.code)).toEqual([...planOrder].reverse());
  });

  it('sorts by code both ways', () => {
    const asc = sortRows(rows, { key: 'code', direction: 'asc' }).map((r) => r.code);
    expect(asc).toEqual([...asc].sort());
    expect(sortRows(rows, { key: 'code', direction: 'desc' }).map((r) => r.code)).toEqual([...asc].reverse());
  });

  it('sorts resources numerically and keeps "risorse interne" last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = sortRows(rows, { key: 'resources', direction });
      const amounts = sorted.map((r) => r.resources);
      const firstInternal = amounts.indexOf(null);
      const numbers = amounts.slice(0, firstInternal === -1 ? undefined : firstInternal) as number[];
      expect(numbers).toEqual([...numbers].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
      if (firstInternal !== -1) expect(amounts.slice(firstInternal).every((a) => a === null)).toBe(true);
    }
  });

  it('toggles direction on the same column and starts ascending on a new one', () => {
    expect(toggleSort({ key: 'code', direction: 'asc' }, 'code')).toEqual({ key: 'code', direction: 'desc' });
    expect(toggleSort({ key: 'code', direction: 'desc' }, 'title')).toEqual({ key: 'title', direction: 'asc' });
  });

  it('handles 5.000 cards quickly', () => {
    const many = Array.from({ length: 5000 / rows.length + 1 }, () => rows).flat();
    const start = performance.now();
    sortRows(filterRows(many, { ...NO_FILTERS, query: 'risorse' }), { key: 'performance', direction: 'desc' });
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('computeWindow', () => {
  it.each([
    [10_000, 0, 600, { start: 0, end: 21 }], // 13 visible rows + 8 overscan below (none above the first row)
    [10_000, 30, 600, { start: 0, end: 22 }], // scrolled by 30 px: rows 0 to 13 are in view
    [10_000, 48 * 1000, 600, { start: 992, end: 1021 }],
    [5, 0, 600, { start: 0, end: 5 }],
  ])('count %i scrollTop %i', (count, scrollTop, viewport, expected) => {
    const win = computeWindow(count, 48, scrollTop, viewport);
    expect({ start: win.start, end: win.end }).toEqual(expected);
    expect(win.padTop + (win.end - win.start) * 48 + win.padBottom).toBe(count * 48);
  });
});

describe('history stack', () => {
  const card = samplePlan2024.cards[0]!;
  const entry = (title: string): CardEntry => ({ kind: 'card', planId: 1, label: title, before: card, after: { ...card, title } });

  it('undo and redo move entries between the stacks', () => {
    const h = pushEntry(pushEntry(EMPTY_HISTORY, entry('A')), entry('B'));
    const undone = takeUndo(h)!;
    expect((undone.entry as { after: { title: string } }).after.title).toBe('B');
    expect(undone.history.future).toHaveLength(1);
    const redone = takeRedo(undone.history)!;
    expect(redone.history).toEqual(h);
    expect(takeUndo(EMPTY_HISTORY)).toBeNull();
    expect(takeRedo(h)).toBeNull();
  });

  it('inverse swaps the snapshots; remap follows a recreated card', () => {
    const e = entry('A');
    expect(inverse(e)).toMatchObject({ before: e.after, after: e.before });
    const remapped = remapCardId(pushEntry(EMPTY_HISTORY, e), card.id, 999);
    expect(remapped.past[0]).toMatchObject({ before: { id: 999 }, after: { id: 999 } });
  });

  it('a batch is undone card by card, last first, and follows a recreated card', () => {
    const one = { ...card, id: 1 };
    const two = { ...samplePlan2024.cards[1]!, id: 2 };
    const a: CardEntry = { kind: 'card', planId: 1, label: 'A', before: one, after: { ...one, title: 'A' } };
    const b: CardEntry = { kind: 'card', planId: 1, label: 'B', before: two, after: { ...two, title: 'B' } };
    const batch: HistoryEntry = { kind: 'batch', planId: 1, label: 'incolla', entries: [a, b] };
    expect(inverse(batch)).toEqual({ ...batch, entries: [inverse(b), inverse(a)] });
    const remapped = remapCardId(pushEntry(EMPTY_HISTORY, batch), 1, 999);
    expect(remapped.past[0]).toMatchObject({ entries: [{ before: { id: 999 }, after: { id: 999 } }, { before: { id: 2 }, after: { id: 2 } }] });
  });

  it('drops a refused entry from both stacks and leaves the others', () => {
    const a = entry('A');
    const b = entry('B');
    const h = takeUndo(pushEntry(pushEntry(EMPTY_HISTORY, a), b))!.history;
    expect(withoutEntry(h, b)).toEqual({ past: [a], future: [] });
    expect(withoutEntry(h, a)).toEqual({ past: [], future: [b] });
    expect(withoutEntry(h, entry('C'))).toBe(h);
  });

  it('forgets the oldest entries beyond the limit', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) h = pushEntry(h, entry(String(i)));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect((h.past[0] as { after: { title: string } }).after.title).toBe('5');
  });
});
