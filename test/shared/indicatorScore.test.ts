// Table tests of the per-indicator rules of domain.md §3: operators, yes/no, deadlines, caps, overrides, n.d.
import { describe, expect, it } from 'vitest';
import type { ScoringPolicy } from '../../shared/model';
import { DEFAULT_POLICY, currentValue, scoreIndicator, targetFor, type ScoringContext } from '../../shared/scoring';
import { formatPerformance } from '../../shared/values';
import { MONITORING, row, value } from './builders';

const ctx = (policy: Partial<ScoringPolicy> = {}): ScoringContext => ({
  year: 2024,
  monitoringDate: MONITORING,
  policy: { ...DEFAULT_POLICY, ...policy },
});

describe('seed rows reproduce the published performance', () => {
  it.each([
    ['n.', '1', '>= 4', '25%'],
    ['n.', '43', '>= 80', '54%'],
    ['n.', '64.488', '>= 65.281', '99%'],
    ['%', '50%', '= 100%', '50%'],
    ['si/no', 'no', '= sì', '0%'],
    ['si/no', 'si', '= si', '100%'],
    ['si/no', 'sì', '>= sì', '100%'],
    ['data', '24.01.2024', '<= 31.01.2024', '100%'],
    ['data', 'no', '<= 31/12/2024', '0%'],
    ['data', '0', '<= 08.01.2024', '0%'],
    ['entro', '31/01/2024', '= 31/01/2024', '100%'],
    ['%', '0', '>= 15%', '0%'],
    ['n.', '56', '<= 57', '100%'],
    ['n.', '25', '>= 26', '96%'],
    ['%', '78%', '>= 79%', '99%'],
    ['%', '40%', '>= 44%', '91%'],
    ['n.', '0', '= 0', '100%'],
    ['n.', '3', '<= 3', '100%'],
    ['%', '2,77%', '>= 11%', '25%'],
    ['%', '20,92%', '>= 67,5%', '31%'],
    ['%', '7%', '>= 80%', '9%'],
    ['%', '46,56%', '>= 43%', '100%'],
    ['%', '2,67%', '>= 80%', '3%'],
    ['n.', '63', '>= 80', '79%'],
    ['n.', '7', '>= 15', '47%'],
    ['n.', 'no', '>= 1', '0%'],
    ['n.', '8.380', '>= 7.500', '100%'],
    ['%', '65%', '>= 63%', '100%'],
    ['gg', '2', '<= 10', '100%'],
  ])('%s: %s vs %s → %s', (udm, actual, target, expected) => {
    const score = scoreIndicator(row(udm, actual, target), ctx());
    expect(score.status).toBe('scored');
    expect(formatPerformance(score.performance)).toBe(expected);
  });

  it('the uncapped seed case: 100% vs >= 96% with no cap on the indicator → 104%', () => {
    const score = scoreIndicator(row('%', '100%', '>= 96%', { cap: 'none' }), ctx());
    expect(formatPerformance(score.performance)).toBe('104%');
    expect(score.capped).toBe(false);
  });

  it('the late seed deadline: 26/03 vs 28/02 scores 0 by default and 57% with linear decay over 63 days', () => {
    const late = row('data', '26/03/2024', '<= 28/02/2024');
    expect(scoreIndicator(late, ctx())).toMatchObject({ performance: 0, reason: 'scadenza del 28/02/2024 superata di 27 giorni' });
    const decayed = scoreIndicator(late, ctx({ lateDeadline: { mode: 'linear', days: 63 } }));
    expect(formatPerformance(decayed.performance)).toBe('57%');
    expect(decayed.reason).toBe('scadenza del 28/02/2024 superata di 27 giorni, riduzione lineare su 63 giorni');
  });
});

describe('rules and reasons', () => {
  it.each([
    ['n.', '2', '>= 3', 2 / 3, 'rapporto valore/target'],
    ['n.', '3', '>= 2', 1, 'target superato (rapporto valore/target), limitato a 100%'],
    ['n.', '2', '>= 2', 1, 'target raggiunto'],
    ['n.', '0', '<= 3', 1, 'target raggiunto'],
    ['gg', '2', '<= 10', 1, 'target superato (rapporto target/valore), limitato a 100%'],
    ['n.', '4', '<= 2', 0.5, 'rapporto target/valore'],
    ['n.', '5', '<= 0', 0, 'rapporto target/valore'],
    ['n.', '2', '= 4', 0.5, 'rapporto valore/target'],
    ['n.', '8', '= 4', 0.5, 'rapporto target/valore (valore oltre il target)'],
    ['n.', '4', '= 4', 1, 'valore pari al target'],
    ['%', '-8%', '>= -5%', 0, 'target non raggiunto (rapporto non calcolabile con valori non positivi)'],
    ['%', '-3%', '>= -5%', 1, 'target raggiunto'],
    ['n.', '-2', '>= 4', 0, 'target non raggiunto (rapporto negativo)'],
    ['n.', '3', '<= -1', 0, 'target non raggiunto (rapporto negativo)'],
    ['n.', '-1', '<= -2', 0, 'target non raggiunto (rapporto non calcolabile con valori non positivi)'],
    ['n.', '1', '= 0', 0, 'rapporto target/valore (valore oltre il target)'],
    ['data', '28/02/2024', '<= 28/02/2024', 1, 'scadenza rispettata'],
    ['data', 'sì', '<= 28/02/2024', 1, 'adempimento realizzato'],
    ['data', 'no', '<= 31/12/2024', 0, 'adempimento non realizzato'],
    ['si/no', 'no', '= no', 1, 'valore conforme al target'],
    ['si/no', 'sì', '= no', 0, 'valore diverso dal target'],
    ['si/no', '0', '= sì', 0, 'adempimento non realizzato'],
    ['n.', '0', '>= 0,00%', 1, 'target raggiunto'],
  ])('%s: %s vs %s', (udm, actual, target, performance, reason) => {
    const score = scoreIndicator(row(udm, actual, target), ctx());
    expect(score.performance).toBeCloseTo(performance, 12);
    expect(score.reason).toBe(reason);
  });

  it('a date target makes a deadline even when the UdM says otherwise', () => {
    expect(scoreIndicator(row('n.', '10/01/2024', '<= 31/01/2024'), ctx()).reason).toBe('scadenza rispettata');
  });

  it.each([
    ['n.', 'n.d.', '>= 4', 'valore al 30/06/2024 non disponibile'],
    ['n.', '4', 'n.d.', 'target 2024 non definito'],
    ['n.', '4', '--', 'target 2024 non definito'],
    ['data', '4', '<= 31/12/2024', 'valore 4 non valido per una scadenza: indicare la data, sì oppure no'],
    ['data', '10/01/2024', '<= 4', 'il target 2024 di una scadenza deve essere una data'],
    ['si/no', '3', '= sì', 'valore 3 non confrontabile con il target sì/no'],
    ['n.', 'sì', '>= 4', 'valore sì non confrontabile con il target 4'],
    ['n.', '31/01/2024', '>= 4', 'valore 31/01/2024 non confrontabile con il target 4'],
    ['n.', '50', '>= 80%', 'valore e target di tipo diverso (numero e percentuale): correggere uno dei due'],
  ])('%s: %s vs %s → n.d. (%s)', (udm, actual, target, reason) => {
    expect(scoreIndicator(row(udm, actual, target), ctx())).toEqual({
      performance: null,
      raw: null,
      status: 'nd',
      reason,
      capped: false,
    });
  });

  it('reads the value at the monitoring date and the target of the plan year', () => {
    const indicator = row('n.', '1', '>= 4', {
      measurements: [
        { date: '2024-06-30', value: value('1') },
        { date: '2024-12-31', value: value('5') },
      ],
      targets: [
        { year: 2024, value: value('4') },
        { year: 2025, value: value('10') },
      ],
    });
    expect(currentValue(indicator, '2024-12-31')).toEqual(value('5'));
    expect(currentValue(indicator, '2024-03-31')).toEqual({ kind: 'missing', mark: 'n.d.' });
    expect(targetFor(indicator, 2025)).toEqual(value('10'));
    expect(targetFor(indicator, 2027)).toEqual({ kind: 'missing', mark: 'n.d.' });
    const final = scoreIndicator(indicator, { ...ctx(), monitoringDate: '2024-12-31', year: 2025 });
    expect(final.performance).toBe(0.5);
  });
});

describe('policy options', () => {
  const over = row('n.', '12', '>= 10');

  it.each<[Partial<ScoringPolicy>, number | 'none' | undefined, number, boolean]>([
    [{}, undefined, 1, true],
    [{ cap: 1.1 }, undefined, 1.1, true],
    [{ cap: 1.5 }, undefined, 1.2, false],
    [{ cap: null }, undefined, 1.2, false],
    [{}, 1.1, 1.1, true],
    [{ cap: null }, 1.05, 1.05, true],
    [{}, 'none', 1.2, false],
  ])('plan %j, indicator cap %j → %d', (policy, cap, performance, capped) => {
    const indicator = cap === undefined ? over : { ...over, cap };
    const score = scoreIndicator(indicator, ctx(policy));
    expect(score.performance).toBeCloseTo(performance, 12);
    expect(score.raw).toBeCloseTo(1.2, 12);
    expect(score.capped).toBe(capped);
  });

  it('linear decay reaches 0 and stays there', () => {
    const policy = { lateDeadline: { mode: 'linear', days: 10 } } as const;
    expect(scoreIndicator(row('data', '05/03/2024', '<= 28/02/2024'), ctx(policy)).performance).toBeCloseTo(0.4, 12);
    expect(scoreIndicator(row('data', '30/03/2024', '<= 28/02/2024'), ctx(policy)).performance).toBe(0);
  });

  it('a deadline not yet due and not done is 0 by default, n.d. with notYetDue = nd', () => {
    const notYet = row('data', 'no', '<= 31/12/2024');
    expect(scoreIndicator(notYet, ctx()).performance).toBe(0);
    expect(scoreIndicator(notYet, ctx({ notYetDue: 'nd' }))).toMatchObject({
      performance: null,
      status: 'nd',
      reason: 'scadenza del 31/12/2024 non ancora raggiunta al 30/06/2024',
    });
    const overdue = row('data', 'no', '<= 28/02/2024');
    expect(scoreIndicator(overdue, ctx({ notYetDue: 'nd' })).performance).toBe(0);
  });

  it('an override wins over the rules and the cap, with its justification as reason', () => {
    const overridden = row('data', '26/03/2024', '<= 28/02/2024', {
      override: { performance: 0.57, justification: 'Ritardo dovuto alla convocazione del CUG' },
    });
    expect(scoreIndicator(overridden, ctx())).toEqual({
      performance: 0.57,
      raw: 0.57,
      status: 'override',
      reason: 'Ritardo dovuto alla convocazione del CUG',
      capped: false,
    });
    const high = row('n.', 'n.d.', '>= 4', { override: { performance: 1.3, justification: ' ' } });
    expect(scoreIndicator(high, ctx())).toMatchObject({
      performance: 1.3,
      status: 'override',
      reason: 'prestazione impostata manualmente senza motivazione',
    });
  });
});
