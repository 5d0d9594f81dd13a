// The comparison workbook spec: one row per difference with its place (card, indicator, field) and real cells
// (numbers with Italian-looking formats, dates, euro amounts); the summary side by side with the counts and scope.
import { describe, expect, it } from 'vitest';
import type { OutCell } from '../../shared/exchange/sheetTypes';
import { comparePlans } from '../../shared/planCompare';
import { comparisonWorkbookSpec } from '../../shared/planCompareWorkbook';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { rolledOver, withIds } from './planCopies';

const plan2024 = withIds(samplePlan2024);
const rolled = rolledOver(plan2024, 2025);
const [first, second, ...rest] = rolled.cards;
const plan2025 = {
  ...rolled,
  settings: { ...rolled.settings, premessa: 'Nuova premessa' },
  cards: [
    { ...first!, resources: { kind: 'amount' as const, euros: 1000 }, indicators: [...first!.indicators, { ...first!.indicators[0]!, id: 0, originId: undefined, name: 'Nuovo' }] },
    ...rest,
    { ...second!, id: 1, originId: undefined, code: 'NUOVA', title: 'Nuova scheda' },
  ],
};
const spec = comparisonWorkbookSpec(comparePlans(plan2024, plan2025, { sameFile: true, fileNames: { before: 'a.pira', after: 'a.pira' } }));
const shown = (cell: OutCell) => (cell === null ? '' : cell.kind === 'text' ? cell.text : cell.kind === 'date' ? cell.iso : `${cell.value} [${cell.format}]`);

describe('comparisonWorkbookSpec', () => {
  it('lists each difference with its place and typed cells', () => {
    const [header, ...rows] = spec.sheets[1]!.rows.map((row) => row.map(shown));
    expect(header).toEqual(['Scheda', 'Obiettivo', 'Esito', 'N. indicatore', 'Indicatore', 'Campo', 'Piano 2024', 'Piano 2025']);
    expect(rows).toEqual([
      ['', '', 'piano modificato', '', '', 'Premessa', samplePlan2024.settings.premessa, 'Nuova premessa'],
      ['01_01_OS01', first!.title, 'scheda modificata', '', '', 'Risorse economiche', '439846.96 [#,##0.00 €]', '1000 [#,##0.00 €]'],
      ['01_01_OS01', first!.title, 'indicatore aggiunto', `${first!.indicators.length + 1} [#,##0]`, 'Nuovo', '', '', ''],
      ['NUOVA', 'Nuova scheda', 'scheda aggiunta', '', '', '', '', ''],
      [second!.code, second!.title, 'scheda tolta', '', '', '', '', ''],
    ]);
  });

  it('puts the two plans side by side with real numbers and dates, then counts and scope', () => {
    const rows = spec.sheets[0]!.rows.map((row) => row.map(shown));
    expect(rows.slice(0, 9)).toEqual([
      ['Voce', 'Piano 2024', 'Piano 2025'],
      ['Ente', samplePlan2024.settings.ente, samplePlan2024.settings.ente],
      ['Titolo', samplePlan2024.settings.title, rolled.settings.title],
      ['File', 'a.pira', 'a.pira'],
      ['Anno', '2024 [0]', '2025 [0]'],
      ['Triennio', '2024–2026', '2025–2027'],
      ['Data di monitoraggio', '2024-06-30', '2025-06-30'],
      ['Schede', '18 [#,##0]', '18 [#,##0]'],
      ['Indicatori', '123 [#,##0]', '124 [#,##0]'],
    ]);
    expect(rows).toContainEqual(['Schede aggiunte', '1 [#,##0]']);
    expect(rows.at(-1)?.[0]).toMatch(/^Valori rilevati e performance impostate a mano/);
  });
});
