// Our scoring of the embedded sample reproduces every performance published in the seed document.
// Why: the scoring rules and the two policy tools (per-indicator cap, manual override) are only right if they give
// the office's own figures; the 10 indicators of "Salute finanziaria" have no Performance column.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scoreIndicator, scoringContext } from '../../shared/scoring';
import { roundPercent } from '../../shared/values';
import { loadSeed } from './loadSeed';
import { agreement, type Agreement } from './roundedDisplay';

const seed = loadSeed();
const ctx = scoringContext(samplePlan2024.settings);

interface Published {
  where: string;
  indicator: Indicator;
  /** Whole percent as printed, null for `n.d.`. */
  percent: number | null;
}

function publishedPercent(cell: string, where: string): number | null {
  if (cell === 'n.d.') return null;
  const match = /^(\d+)%$/.exec(cell);
  if (!match) throw new Error(`${where}: performance pubblicata illeggibile "${cell}"`);
  return Number(match[1]);
}

const published: Published[] = seed.cards.flatMap((card, c) =>
  card.table.rows.flatMap((row, i) => {
    if (row.performance === null) return [];
    const indicator = samplePlan2024.cards[c]?.indicators[i];
    if (!indicator) throw new Error(`${card.codice}: indicatore ${i + 1} assente nel campione`);
    const where = `${card.codice} riga ${row.line} (${indicator.name})`;
    return [{ where, indicator, percent: publishedPercent(row.performance, where) }];
  }),
);

function find(name: string): Published {
  const entry = published.find((p) => p.indicator.name === name);
  if (!entry) throw new Error(`${name} non trovato`);
  return entry;
}

describe('published performances of the 2024 plan', () => {
  it('covers the 113 published values (123 indicators, 10 without a Performance column)', () => {
    expect(published).toHaveLength(113);
    expect(published.filter((p) => p.percent === null)).toHaveLength(21);
  });

  it('agrees with every published value, exactly or within the rounding of the displayed figures', () => {
    const results = published.map((p) => ({ ...p, result: agreement(p.indicator, ctx, p.percent) }));
    const count = (kind: Agreement) => results.filter((r) => r.result === kind).length;
    const rounded = results.filter((r) => r.result === 'within-rounding').map((r) => `${r.where}: ${r.percent}%`);
    console.log(
      `Performance pubblicate: ${results.length}; uguali ai valori mostrati: ${count('exact')}; ` +
        `coerenti con l'arrotondamento: ${count('within-rounding')}\n  ${rounded.join('\n  ')}`,
    );
    expect(results.filter((r) => r.result === 'mismatch').map((r) => `${r.where}: pubblicato ${r.percent}%`)).toEqual([]);
    // Only the three figures computed by the office from unrounded data need the rounding tolerance.
    expect(rounded).toHaveLength(3);
  });

  it.each([
    ['Esperienza del personale', 104],
    ['CUG', 57],
  ])('gives "%s" its published %i%% exactly through the policy tools', (name, percent) => {
    const { indicator } = find(name);
    const score = scoreIndicator(indicator, ctx);
    expect(score.performance === null ? null : roundPercent(score.performance)).toBe(percent);
  });

  it('would not reproduce those two without the tools (cap restored, override removed)', () => {
    const uncapped = find('Esperienza del personale');
    const overridden = find('CUG');
    const { cap: _cap, ...capRestored } = uncapped.indicator;
    const { override: _override, ...overrideRemoved } = overridden.indicator;
    expect(uncapped.indicator.cap).toBe('none');
    expect(overridden.indicator.override?.justification.length).toBeGreaterThan(20);
    expect(agreement(capRestored, ctx, uncapped.percent)).toBe('mismatch');
    expect(agreement(overrideRemoved, ctx, overridden.percent)).toBe('mismatch');
  });

  it('uses no policy tool on any other indicator', () => {
    const tooled = samplePlan2024.cards.flatMap((c) => c.indicators).filter((i) => i.cap !== undefined || i.override);
    expect(tooled.map((i) => i.name)).toEqual(['CUG', 'Esperienza del personale']);
  });
});
