// What the printed Cruscotto page must show, for the dashboard and print e2e suites: every figure of its bars and
// the ente's performance (as a multiset, because pdftotext's reading order of three columns of bars is not stable).
import type { PlanDocument } from '../../shared/model';
import { scorePlan } from '../../shared/scoring';
import { formatPerformance } from '../../shared/values';

/** The figures the page shows: the ente, then every group of every rollup (ambito and line, missione and programma, ...). */
export function expectedDashboardFigures(plan: PlanDocument): string[] {
  const { performance, rollups } = scorePlan(plan);
  return [performance, ...Object.values(rollups).flatMap((groups) => groups.map((g) => g.performance))].map(formatPerformance).sort();
}

/**
 * The figures printed on the dashboard page (pdftotext -layout), legend "(100%)" and the policy text under the
 * charts left out.
 */
export function printedDashboardFigures(pageText: string): string[] {
  const charts = pageText.slice(0, pageText.indexOf('Criteri di calcolo della performance'));
  return [...charts.matchAll(/(?<![(\w–])(\d+%|n\.d\.)(?![)\w–])/g)].map((m) => m[1]!).sort();
}
