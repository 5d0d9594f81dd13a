/**
 * Picks the plan a read command works on: the one of `--year`, or the latest year in the file.
 * Why strict: a mistyped year must fail with the years actually present, never fall back to another plan.
 */
import type { PlanFile } from '../../db/planFile';
import type { PlanSummary } from '../../shared/model';
import { CliError, EXIT } from './command';

export function parseYear(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 1990 && year <= 2999)) {
    throw new CliError(`Anno non valido: «${text}». Scrivere l'anno a quattro cifre, per esempio --year 2024.`, EXIT.usage);
  }
  return year;
}

export function choosePlan(file: PlanFile, yearText: string | undefined): PlanSummary {
  const plans = file.repo.listPlans();
  if (plans.length === 0) throw new CliError('Il file non contiene ancora alcun piano.');
  const years = [...new Set(plans.map((p) => p.year))].join(', ');
  const year = yearText === undefined ? Math.max(...plans.map((p) => p.year)) : parseYear(yearText);
  const matching = plans.filter((p) => p.year === year);
  if (matching.length === 0) throw new CliError(`Nel file non c'è un piano per l'anno ${year} (anni presenti: ${years}).`);
  if (matching.length > 1) {
    const enti = matching.map((p) => `«${p.ente}»`).join(', ');
    throw new CliError(`Nel file ci sono più piani per l'anno ${year} (${enti}): il comando ne gestisce uno per anno.`);
  }
  return matching[0]!;
}
