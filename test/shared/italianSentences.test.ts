// Every sentence builder said with a count of one and with an empty value: no "1 schede", "1 scritti", «», "".
// (issue 20: "1 scritti", "delle 1 schede", "nel piano: «»", `Data della delibera: "" non è una data valida`)
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from '../../shared/apiSchemas';
import { defaultLabel } from '../../shared/changeDetails';
import type { ChangeDetail, ChangeRows } from '../../shared/changeLog';
import { combineFiles } from '../../shared/exchange/combineFiles';
import { summarise } from '../../shared/exchange/importDiff';
import { frozenEditsMessage, type FrozenEdit } from '../../shared/frozenValues';
import { scoreIndicator } from '../../shared/indicatorScore';
import { refusalFor } from '../../shared/planStatus';
import { describeRollover, type RolloverReport } from '../../shared/rollover';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { describePolicy, DEFAULT_POLICY } from '../../shared/scoring';
import { parseDate, parseEuro, parseOperator, parseWeight } from '../../shared/values';
import { parseItalianNumber } from '../../shared/italianNumbers';
import { MONITORING, row } from './builders';

/** The Italian faults this issue is about, found in a text: a plural after "1", an empty quotation. */
export function italianFaults(text: string): string[] {
  const faults: string[] = [];
  const plural = /(?<![\d.,])1 (schede|indicatori|valori|obiettivi|scritti|vuoti|voci|problemi|modifiche|campi|cartelle|giorni|righe|celle|file nuovi|copiati|collegati)\b/g;
  for (const match of text.matchAll(plural)) faults.push(match[0]);
  for (const empty of ['«»', '""', '“”']) if (text.includes(empty)) faults.push(empty);
  if (/altri 1\b|altre 1\b/.test(text)) faults.push('altri 1');
  return faults;
}

const one: RolloverReport = {
  fromYear: 2024,
  toYear: 2025,
  cards: 1,
  indicators: 1,
  linkedCards: 1,
  linkedIndicators: 1,
  horizon: { from: [2024, 2026], to: [2025, 2027] },
  monitoringDate: { from: '2024-06-30', to: '2025-06-30' },
  targets: [{ year: 2025, written: 1, notAvailable: 1, empty: 1 }],
  targetsLeft: [{ year: 2024, written: 1 }],
  valuesDropped: 1,
  overridesDropped: 1,
  catalogueEntries: 1,
};

const card = samplePlan2024.cards[0]!;
const edit = (n: number): FrozenEdit => ({ date: MONITORING, cardCode: card.code, indicatorName: `indicatore ${n}`, before: null, after: null });
const detail = (n: number): ChangeDetail => ({ scope: 'card', action: 'changed', field: `Campo ${n}`, key: `f${n}`, cardCode: card.code, before: 'a', after: 'b' });

describe('counts of one agree', () => {
  it.each<[string, () => string]>([
    ['rollover report', () => describeRollover(one).join('\n')],
    ['policy with a one-day decay', () => describePolicy({ ...DEFAULT_POLICY, lateDeadline: { mode: 'linear', days: 1 } })],
    [
      'a deadline one day late, decayed over one day',
      () => scoreIndicator(row('data', '29/02/2024', '<= 28/02/2024'), { year: 2024, monitoringDate: MONITORING, policy: { ...DEFAULT_POLICY, lateDeadline: { mode: 'linear', days: 1 } } }).reason,
    ],
    ['a change of one card', () => defaultLabel({ cards: [{ before: card, after: null }, { before: null, after: card }] } as unknown as ChangeRows, 2024)],
    ['one request problem more than shown', () => formatZodIssues(z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string(), f: z.string() }).safeParse({}).error!)],
    ['one frozen edit more than shown', () => frozenEditsMessage([edit(1), edit(2), edit(3), edit(4)])],
    ['one variation detail more than listed', () => refusalFor({ stage: 'approvato', approvedOn: '2024-01-30', deliberation: '1' }, 2024, [1, 2, 3, 4, 5].map(detail), undefined) ?? ''],
    ['import summary', () => summarise([{ code: 'X', title: 'x', status: 'added', changes: [], indicators: [{ name: 'i', status: 'added', changes: [] }] }] as never).text],
  ])('%s', (_what, say) => {
    const text = say();
    expect(text.length).toBeGreaterThan(0);
    expect(italianFaults(text)).toEqual([]);
  });
});

describe('empty values are named, never quoted empty', () => {
  it.each<[string, () => { ok: boolean; error?: string }]>([
    ['date', () => parseDate('')],
    ['amount', () => parseEuro(' ')],
    ['number', () => parseItalianNumber('')],
    ['operator', () => parseOperator('')],
    ['weight', () => parseWeight('')],
  ])('%s', (_what, parse) => {
    const result = parse();
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/mancante/);
    expect(italianFaults(result.error ?? '')).toEqual([]);
  });

  it('a conflict between files over a value the plan leaves empty says "(vuoto)"', () => {
    const base = { ...samplePlan2024, cards: [{ ...card, office: '' }] };
    const file = (name: string, office: string) => ({
      fileKey: name,
      fileName: name,
      editable: null,
      pairs: [{ old: base.cards[0]!, next: { ...base.cards[0]!, office }, inFile: true, indicators: [] }],
    });
    const combined = combineFiles(base, [file('a.xlsx', 'Ufficio A'), file('b.xlsx', 'Ufficio B')], {});
    const conflict = combined.decisions.find((d) => d.kind === 'conflict');
    expect(conflict?.message).toContain('nel piano: (vuoto)');
    expect(italianFaults(conflict?.message ?? '')).toEqual([]);
  });
});

describe('the fault finder', () => {
  it('finds what it is for', () => {
    expect(italianFaults('1 schede, 1 scritti, nel piano: «», "" non è')).toEqual(['1 schede', '1 scritti', '«»', '""']);
    expect(italianFaults('11 schede, 2,1 valori, 1.001 schede')).toEqual([]);
  });
});
