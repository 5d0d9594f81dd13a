/**
 * The score report as Italian text for the terminal: one row per objective, its indicators indented below,
 * then the rollups and the scoring policy in force. Formats: `25%`, `20,0%`, `30/06/2024`, `64.488`.
 */
import type { PlanDocument } from '../../shared/model';
import type { Rollup } from '../../shared/scoring';
import { formatDate, formatPercent, formatPerformance } from '../../shared/values';
import type { ScoreReport } from './scoreReport';
import { clip, textTable } from './textTable';

const ROLLUP_TITLES = {
  ambito: 'Per ambito strategico',
  missione: 'Per missione',
  programma: 'Per programma',
  area: 'Per area di responsabilità',
} as const;

function rollupTable(title: string, rollups: Rollup[]): string {
  const rows = rollups.map((r) => [r.key || '—', clip(r.label, 70), formatPerformance(r.performance), String(r.cardCount)]);
  return `${title}\n${textTable(['Codice', 'Descrizione', 'Prestazione', 'Obiettivi'], rows, ['left', 'left', 'right', 'right'])}`;
}

export function scoreText(report: ScoreReport, doc: PlanDocument): string {
  const { plan } = report;
  const year = String(plan.year);
  const rows: string[][] = [];
  let overrides = 0;
  report.cards.forEach((card, c) => {
    rows.push([card.code, clip(card.title, 60), '', '', '', '', formatPerformance(card.performance)]);
    card.indicators.forEach((ind, i) => {
      const overridden = doc.cards[c]?.indicators[i]?.override !== undefined;
      if (overridden) overrides++;
      rows.push([
        '',
        `  ${clip(ind.name, 58)}`,
        ind.actual,
        ind.operator,
        ind.targets[year] ?? 'n.d.',
        formatPercent(ind.weight, 1),
        `${formatPerformance(ind.performance)}${overridden ? '*' : ''}`,
      ]);
    });
  });
  const header = ['Codice', 'Obiettivo / indicatore', `Valore`, 'Op.', `Target ${year}`, 'Peso', 'Prestazione'];
  return [
    `${plan.ente} – piano ${plan.year}`,
    plan.title,
    `Valori al ${formatDate(plan.monitoringDate)} · prestazione complessiva dell'ente: ${formatPerformance(plan.performance)}`,
    '',
    textTable(header, rows, ['left', 'left', 'right', 'left', 'right', 'right', 'right']),
    ...(overrides > 0 ? ['* prestazione impostata manualmente (con motivazione)'] : []),
    '',
    ...(['ambito', 'missione', 'programma', 'area'] as const).flatMap((k) => [rollupTable(ROLLUP_TITLES[k], plan.rollups[k]), '']),
    `Criteri di calcolo: ${plan.policyDescription}`,
    '',
  ].join('\n');
}
