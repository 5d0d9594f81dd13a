/**
 * The work of the `score` command (its options and help are in score.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import { openPlanFile } from '../../../db/planFile';
import { formatDate, parseDate } from '../../../shared/dates';
import type { IsoDate, PlanDocument } from '../../../shared/model';
import { defaultScoringDate, monitoringDatesOf } from '../../../shared/monitoringDates';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';
import { scoreReport } from '../scoreReport';
import { scoreText } from '../scoreText';

export const run: CliCommand['run'] = (options, io) => {
  const yearText = valueOf(options, 'year');
  if (yearText !== undefined) parseYear(yearText);
  const dateText = valueOf(options, 'date');
  const asked = dateText === undefined ? null : parseDate(dateText);
  if (asked && !asked.ok) throw new CliError(`Data non valida (--date): ${asked.error}.`, EXIT.usage);
  const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
  try {
    const doc = file.repo.loadPlan(choosePlan(file, yearText).id);
    const report = scoreReport(doc, asked ? planDate(doc, asked.value) : defaultScoringDate(doc));
    io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : scoreText(report, doc));
    return EXIT.ok;
  } finally {
    file.close();
  }
};

/** `date` when it is one of the plan's monitoring dates; otherwise the command fails naming them. */
function planDate(doc: PlanDocument, date: IsoDate): IsoDate {
  const dates = monitoringDatesOf(doc.settings);
  if (dates.includes(date)) return date;
  throw new CliError(
    `Il ${formatDate(date)} non è una data di monitoraggio del piano ${doc.settings.year} (date del piano: ${dates.map(formatDate).join(', ')}).`,
  );
}
