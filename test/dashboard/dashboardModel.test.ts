// The Cruscotto's figures on the 2024 sample, checked against a computation by hand from the seed document's own
// published indicator performances and weights (not from our scoring), plus the policy text, the n.d. list and
// the list filter behind every bar and count.
import { describe, expect, it } from 'vitest';
import type { ScoringPolicy } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { describePolicy } from '../../shared/scoring';
import { buildDashboard, type DashboardBar } from '../../renderer/features/dashboard/dashboardModel';
import { buildCardRows, filterRows, NO_FILTERS } from '../../renderer/store/listSelectors';
import { loadSeed } from '../seed/loadSeed';

const view = buildDashboard(samplePlan2024);
const chart = (id: string) => view.charts.find((c) => c.id === id)!.bars;
const figureOf = (id: string, code: string) => chart(id).find((b) => b.code === code)?.figure;

/** The seed as printed: per card its ambito, area, and per row the published performance and weight (whole %). */
const seedCards = loadSeed().cards.map((card) => ({
  ambito: card.ambito.slice(0, 2),
  area: card.area,
  rows: card.table.rows.map((row) => ({ performance: row.performance, weight: Number(row.weight.replace('%', '').replace(',', '.')) })),
}));

/** By hand: an objective is the weight-share mean of its published performances, n.d. rows left out (the policy). */
function objectivePercent(rows: { performance: string | null; weight: number }[]): number | null {
  const scored = rows.filter((r) => r.performance !== null && r.performance !== 'n.d.');
  if (scored.length === 0) return null;
  const weight = scored.reduce((sum, r) => sum + r.weight, 0);
  return scored.reduce((sum, r) => sum + r.weight * Number(r.performance!.replace('%', '')), 0) / weight;
}

/** By hand: a group is the plain mean of its objectives that have a performance (every card weighs 1). */
function groupPercent(cards: typeof seedCards): string {
  const values = cards.map((c) => objectivePercent(c.rows)).filter((p): p is number => p !== null);
  return `${Math.round(values.reduce((a, b) => a + b, 0) / values.length)}%`;
}

describe('figures of the dashboard = figures computed by hand from the seed', () => {
  it('ambito 01: 61%, 02: 82%, 03: 59%; ente: 61%', () => {
    for (const [ambito, expected] of [['01', '61%'], ['02', '82%'], ['03', '59%']] as const) {
      expect(groupPercent(seedCards.filter((c) => c.ambito === ambito))).toBe(expected);
      expect(figureOf('ambiti', ambito)).toBe(expected);
    }
    expect(groupPercent(seedCards)).toBe('61%');
    expect(view.overall).toMatchObject({ figure: '61%', status: 'parziale', cardCount: 18, scoredCount: 17 });
  });

  it('has one area "Promozione e Sviluppo Economico" of 10 cards at 61%, as the seed\'s three spellings give', () => {
    const spellings = new Set(seedCards.filter((c) => c.area.toLowerCase() === 'promozione e sviluppo economico').map((c) => c.area));
    expect(spellings.size).toBe(3);
    const byHand = groupPercent(seedCards.filter((c) => spellings.has(c.area)));
    const areas = chart('aree');
    expect(areas.map((b) => b.label)).toEqual(['Obiettivo trasversale', 'Promozione e Sviluppo Economico', 'Responsabile Prevenzione Corruzione Trasparenza', 'Segretario Generale']);
    expect(areas[1]).toMatchObject({ cardCount: 10, figure: byHand, code: '' });
    expect(byHand).toBe('61%');
    expect(areas[0]).toMatchObject({ cardCount: 6, figure: groupPercent(seedCards.filter((c) => c.area === 'Obiettivo trasversale')) });
  });

  it('counts the indicators by status as the seed publishes them: 46 raggiunti, 11 parziali, 35 critici, 31 n.d.', () => {
    const published = seedCards.flatMap((c) => c.rows.map((r) => r.performance));
    const statusOf = (cell: string | null) => {
      if (cell === null || cell === 'n.d.') return 'nd';
      const percent = Number(cell.replace('%', ''));
      return percent >= 100 ? 'raggiunto' : percent >= 60 ? 'parziale' : 'critico';
    };
    const byHand = ['raggiunto', 'parziale', 'critico', 'nd'].map((s) => published.filter((cell) => statusOf(cell) === s).length);
    expect(byHand).toEqual([46, 11, 35, 31]);
    expect(view.statusCounts.map((c) => c.count)).toEqual(byHand);
    expect(view.indicatorCount).toBe(123);
    expect(view.statusCounts.map((c) => c.label)).toEqual(['Raggiunto (100%)', 'Parziale (60–99%)', 'Critico (sotto 60%)', 'Non disponibile (n.d.)']);
  });
});

describe('layout of the rollups', () => {
  it('puts each line under its ambito and each programme under its missione', () => {
    expect(chart('ambiti').map((b) => `${b.depth}:${b.code}`)).toEqual([
      '0:01', '1:01_01', '1:01_02', '1:01_03', '1:01_04', '1:01_05', '0:02', '1:02_01', '0:03', '1:03_01',
    ]);
    expect(chart('missioni').map((b) => `${b.depth}:${b.code}`)).toEqual(['0:011', '1:011.005', '0:016', '1:016.005', '0:032', '1:032.003']);
    expect(chart('obiettivi')).toMatchObject([{ label: 'Non classificato', cardCount: 18, figure: '61%' }]);
    expect(chart('uffici')).toHaveLength(10);
  });

  it('gives every bar a unique id and a status from its figure', () => {
    const bars = view.charts.flatMap((c) => c.bars);
    expect(new Set(bars.map((b) => b.id)).size).toBe(bars.length);
    expect(bars.find((b) => b.id === 'linea:01_02')).toMatchObject({ figure: '0%', status: 'critico' });
    expect(bars.find((b) => b.id === 'linea:01_05')).toMatchObject({ figure: '90%', status: 'parziale' });
  });

  it('scales the bars to 100%, or to the highest figure when the policy has no cap', () => {
    expect(view.scale).toBe(1);
    const uncapped: ScoringPolicy = { ...samplePlan2024.settings.policy, cap: null };
    const wide = buildDashboard({ ...samplePlan2024, settings: { ...samplePlan2024.settings, policy: uncapped } });
    expect(wide.scale).toBeGreaterThan(1);
    expect(wide.scale).toBe(Math.max(...wide.charts.flatMap((c) => c.bars.map((b) => b.performance ?? 0))));
  });
});

describe('policy and n.d. indicators', () => {
  it('states the active policy under the charts, as the print footnote does', () => {
    expect(view.policy).toBe(`Criteri di calcolo della performance. ${describePolicy(samplePlan2024.settings.policy)}`);
    expect(view.policy).toContain('limitata al 100%');
    expect(view.ndTreatment).toMatch(/esclusi dalla media/);
    const zero = buildDashboard({ ...samplePlan2024, settings: { ...samplePlan2024.settings, policy: { ...samplePlan2024.settings.policy, missingInObjective: 'zero' } } });
    expect(zero.policy).toContain('contano come 0%');
    expect(zero.ndTreatment).toBe('Nella media dell’obiettivo contano come 0%.');
  });

  it('lists the 31 n.d. indicators in 10 cards, in plan order, each with its reason', () => {
    expect(view.ndCards.map((c) => c.code)).toEqual([
      '01_03_OS01', '01_03_OS02', '01_01_OS02', '01_04_OS02', '03_01_OS01', '03_01_OS05', '03_04_OS04', '03_01_OS03', '03_01_OS02', '03_01_OS06',
    ]);
    const all = view.ndCards.flatMap((c) => c.indicators);
    expect(all).toHaveLength(31);
    expect(new Set(all.map((i) => i.reason))).toEqual(new Set(['valore al 30/06/2024 non disponibile']));
    expect(view.ndCards.at(-1)).toMatchObject({ title: 'Salute finanziaria' });
    expect(view.ndCards.at(-1)?.indicators[0]?.name).toBe('Valore della produzione');
  });
});

describe('what a click leads to', () => {
  const rows = buildCardRows(samplePlan2024);
  const listed = (filter: DashboardBar['filter']) => filterRows(rows, { ...NO_FILTERS, ...filter });

  it('every bar filters the card list to exactly its objectives', () => {
    for (const bar of view.charts.flatMap((c) => c.bars)) expect(listed(bar.filter).length, bar.id).toBe(bar.cardCount);
    const area = chart('aree').find((b) => b.label === 'Promozione e Sviluppo Economico')!;
    expect(area.filter).toEqual({ area: 'Promozione e Sviluppo Economico' });
    expect(chart('ambiti').find((b) => b.code === '01_03')?.filter).toEqual({ ambito: '01_03' });
    expect(chart('missioni').find((b) => b.code === '032.003')?.filter).toEqual({ programma: '032.003' });
  });

  it('every count filters the list to the cards that have an indicator in that status', () => {
    const nd = view.statusCounts.find((c) => c.status === 'nd')!;
    expect(listed(nd.filter).map((r) => r.code).sort()).toEqual(view.ndCards.map((c) => c.code).sort());
    for (const count of view.statusCounts) expect(listed(count.filter).length).toBeGreaterThan(0);
  });
});
