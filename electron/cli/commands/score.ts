/**
 * `score --db FILE [--year AAAA] [--date GG/MM/AAAA] [--json]`: the performance of every indicator, objective and
 * rollup of a plan at one of its monitoring dates (default: the latest date with values).
 * The file is opened read-only: this command never modifies it.
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

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'calcola le prestazioni di indicatori, obiettivi e aggregati di un piano',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    date: {
      kind: 'value',
      placeholder: 'GG/MM/AAAA',
      description: "la data di monitoraggio dei valori da valutare (predefinita: l'ultima data con valori)",
    },
    json: {
      kind: 'flag',
      description: 'stampa JSON: prestazioni come frazioni (0.5375) o null, valori e target come stampati nella scheda',
    },
  },
  run(options, io) {
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
  },
};

/** `date` when it is one of the plan's monitoring dates; otherwise the command fails naming them. */
function planDate(doc: PlanDocument, date: IsoDate): IsoDate {
  const dates = monitoringDatesOf(doc.settings);
  if (dates.includes(date)) return date;
  throw new CliError(
    `Il ${formatDate(date)} non è una data di monitoraggio del piano ${doc.settings.year} (date del piano: ${dates.map(formatDate).join(', ')}).`,
  );
}
