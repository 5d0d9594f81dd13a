// Issue 9, defect 2: a foreign sheet whose "Indicatori" cell holds the name followed by the algoritmo (the Word
// table's first cell, one line or two) recognises the stored indicators: the sample keeps 123 indicators and its
// scores. A close name is matched with its similarity shown; a row and a stored indicator left unpaired in the
// same card are a "probably the same indicator" decision: an import never doubles a card silently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import type { Indicator, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { formatValue } from '../../shared/values';
import { documentWithoutIds } from '../db/tempFiles';
import { sampleContext, xlsxFrom, type Aoa } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const scoresOf = (doc: PlanDocument) => scorePlan(doc).cards.map((c) => [c.code, c.score.performance, c.score.indicators.map((i) => i.performance)]);
const indicatorCount = (doc: PlanDocument) => doc.cards.reduce((n, c) => n + c.indicators.length, 0);
const valueAt = (i: Indicator, date: string) => i.measurements.find((m) => m.date === date)?.value;

/** Every indicator of the sample as a colleague copies it: no N. column, `nameCell` in "Indicatori", values as text. */
function copiedSheet(nameCell: (i: Indicator) => string, withAlgoritmoColumn: boolean): Aoa {
  const header = ['Codice', 'Indicatori', ...(withAlgoritmoColumn ? ['Algoritmo'] : []), 'UdM', 'Valore al 30/06/2024'];
  const rows = samplePlan2024.cards.flatMap((card) =>
    card.indicators.map((i) => {
      const value = valueAt(i, '2024-06-30');
      return [card.code, nameCell(i), ...(withAlgoritmoColumn ? [i.algoritmo] : []), i.udm, value ? formatValue(value) : ''];
    }),
  );
  return [header, ...rows];
}

describe('name followed by the algoritmo in the "Indicatori" cell', () => {
  it.each([
    ['on one line, no algoritmo column', (i: Indicator) => `${i.name} ${i.algoritmo}`, false],
    ['on two lines (Alt+Invio), with an algoritmo column', (i: Indicator) => `${i.name}\n${i.algoritmo}`, true],
  ])('%s: the sample keeps its 123 indicators and its scores', async (_label, nameCell, withAlgoritmoColumn) => {
    const handlers = exchangeHandlers(env.ctx);
    const data = xlsxFrom({ Foglio1: copiedSheet(nameCell, withAlgoritmoColumn) }).toString('base64');
    const preview = await handlers.previewImport({ planId: 1, fileName: 'copiato.xlsx', dataBase64: data });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const indicators = preview.cards.flatMap((c) => c.indicators);
    expect(indicators.filter((i) => i.status !== 'changed')).toEqual([]);
    expect(indicators.every((i) => i.changes.length === 0)).toBe(true);
    expect(preview.decisions.filter((d) => d.kind === 'match')).toEqual([]);
    expect(preview.canApply).toBe(true);
    await handlers.applyImport({ token: preview.token });
    const stored = env.reopen().repo.loadPlan(1);
    expect(indicatorCount(stored)).toBe(123);
    expect(documentWithoutIds(stored)).toEqual(documentWithoutIds(samplePlan2024));
    expect(scoresOf(stored)).toEqual(scoresOf(samplePlan2024));
  });

  it('a different algoritmo after the name changes only the algoritmo', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const indicator = samplePlan2024.cards[0]!.indicators[4]!;
    const rows: Aoa = [
      ['Codice', 'Indicatori', 'UdM'],
      ['01_01_OS01', `${indicator.name} Risorse utilizzate/risorse stanziate`, '%'],
    ];
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') });
    expect(preview.cards[0]?.indicators.filter((i) => i.status !== 'absent')).toEqual([
      {
        status: 'changed',
        name: indicator.name,
        match: 'nome seguito da un algoritmo diverso',
        changes: [{ field: 'Algoritmo di calcolo', before: indicator.algoritmo, after: 'Risorse utilizzate/risorse stanziate' }],
      },
    ]);
  });
});

describe('names that differ', () => {
  const card = samplePlan2024.cards.find((c) => c.code === '03_01_OS02')!;
  const sheet = (rename: (name: string, n: number) => string): Aoa => [
    ['Codice', 'Indicatore', 'Valore al 30/06/2024'],
    ...card.indicators.map((i, n) => [card.code, rename(i.name, n), formatValue(valueAt(i, '2024-06-30') ?? { kind: 'missing', mark: '' })]),
  ];

  it('a close name is the same indicator, shown with its similarity', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const rows = sheet((name, n) => (n === 0 ? name.replace('personale', 'persnale') : name));
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') });
    const changed = preview.cards.find((c) => c.code === card.code)?.indicators ?? [];
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ status: 'changed', match: expect.stringMatching(/^nome simile \(somiglianza 9\d%\)$/) });
    expect(changed[0]?.changes).toEqual([{ field: 'Indicatore', before: card.indicators[0]!.name, after: card.indicators[0]!.name.replace('personale', 'persnale') }]);
  });

  it('a row that matches nothing, with a stored indicator absent from the file, must be confirmed as the same or a new one', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const rows = sheet((name, n) => (n === 2 ? 'Indicatore riscritto dal collega' : name));
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') });
    const matches = preview.decisions.filter((d) => d.kind === 'match');
    expect(matches).toEqual([
      expect.objectContaining({
        required: true,
        chosen: null,
        suggested: 'nuovo',
        message: expect.stringContaining(`«Indicatore riscritto dal collega» non corrisponde a nessun indicatore della scheda ${card.code}, dove «${card.indicators[2]!.name}» è assente dal file`),
      }),
    ]);
    expect(preview.canApply).toBe(false);
    const same = await handlers.chooseImportOptions({ token: preview.token, choices: { [matches[0]!.id]: 'stesso' } });
    expect(same.cards.find((c) => c.code === card.code)?.indicators.map((i) => i.status)).toEqual(['changed']);
    expect(same.canApply).toBe(true);
    const added = await handlers.chooseImportOptions({ token: preview.token, choices: { [matches[0]!.id]: 'nuovo' } });
    expect(added.cards.find((c) => c.code === card.code)?.indicators.map((i) => i.status)).toEqual(['absent', 'added']);
    await handlers.chooseImportOptions({ token: preview.token, choices: { [matches[0]!.id]: 'stesso' } });
    await handlers.applyImport({ token: preview.token });
    const stored = env.reopen().repo.loadPlan(1);
    expect(indicatorCount(stored)).toBe(123);
    expect(stored.cards.find((c) => c.code === card.code)?.indicators[2]?.name).toBe('Indicatore riscritto dal collega');
  });
});
