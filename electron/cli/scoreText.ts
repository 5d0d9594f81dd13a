/**
 * The score report as Italian text for the terminal: one row per objective, its indicators indented below,
 * then the rollups and the scoring policy in force. Formats: `25%`, `20,0%`, `30/06/2024`, `64.488`.
 */
import type { PlanDocument } from '../../shared/model';
import { formatDateTime } from '../../shared/dates';
import { NOT_RECORDED, valuesLabel } from '../../shared/monitoringDates';
import { NAMED_DIMENSIONS, type Rollup, type RollupDimension } from '../../shared/rollups';
import { formatDate, formatPercent, formatPerformance } from '../../shared/values';
import type { DateReport, ScoreReport } from './scoreReport';
import { clip, textTable } from './textTable';

/** The rollups in reading order (ambito before its lines, missione before its programmes). */
const ROLLUP_TITLES: [RollupDimension, string][] = [
  ['ambito', 'Per ambito strategico'],
  ['linea', 'Per linea strategica'],
  ['missione', 'Per missione'],
  ['programma', 'Per programma'],
  ['obiettivoStrategico', 'Per obiettivo strategico'],
  ['area', 'Per area di responsabilità'],
  ['ufficio', 'Per ufficio'],
];

/** Coded groups show code and name; named groups (area, ufficio) only the name, their key is internal. */
function rollupTable(title: string, dimension: RollupDimension, rollups: Rollup[]): string {
  const figures = (r: Rollup) => [formatPerformance(r.performance), String(r.cardCount)];
  const table = NAMED_DIMENSIONS.has(dimension)
    ? textTable(['Descrizione', 'Prestazione', 'Obiettivi'], rollups.map((r) => [clip(r.label, 70), ...figures(r)]), ['left', 'right', 'right'])
    : textTable(
        ['Codice', 'Descrizione', 'Prestazione', 'Obiettivi'],
        rollups.map((r) => [r.key || '—', clip(r.label, 70), ...figures(r)]),
        ['left', 'left', 'right', 'right'],
      );
  return `${title}\n${table}`;
}

/** `30/06/2024 (123 valori, chiuso il 15/07/2024 alle 10:30 da mrossi)`. */
function dateText(d: DateReport): string {
  const closed = d.closed ? `, chiuso il ${formatDateTime(d.closedAt ?? '')} da ${d.closedBy ?? ''}` : '';
  return `${formatDate(d.date)} (${valuesLabel(d.values)}${closed})`;
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
        ind.actual ?? NOT_RECORDED,
        ind.operator,
        ind.targets[year] ?? 'n.d.',
        formatPercent(ind.weight, 1),
        `${formatPerformance(ind.performance)}${overridden ? '*' : ''}`,
      ]);
    });
  });
  const header = ['Codice', 'Obiettivo / indicatore', `Valore`, 'Op.', `Target ${year}`, 'Peso', 'Prestazione'];
  const scored = plan.monitoringDates.find((d) => d.date === plan.scoredAt);
  const closed = scored?.closed
    ? ` (monitoraggio chiuso: alla chiusura la prestazione era ${formatPerformance(scored.closedPerformance ?? null)})`
    : '';
  return [
    `${plan.ente} – piano ${plan.year}`,
    plan.title,
    `Date di monitoraggio: ${plan.monitoringDates.map(dateText).join(', ')}`,
    `Valori al ${formatDate(plan.scoredAt)} · prestazione complessiva dell'ente: ${formatPerformance(plan.performance)}${closed}`,
    '',
    textTable(header, rows, ['left', 'left', 'right', 'left', 'right', 'right', 'right']),
    ...(overrides > 0 ? ['* prestazione impostata manualmente (con motivazione)'] : []),
    '',
    ...ROLLUP_TITLES.flatMap(([dimension, title]) => [rollupTable(title, dimension, plan.rollups[dimension]), '']),
    `Criteri di calcolo: ${plan.policyDescription}`,
    '',
  ].join('\n');
}
