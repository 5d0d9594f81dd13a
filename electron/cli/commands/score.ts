/**
 * `score --db FILE [--year AAAA] [--json]`: the performance of every indicator, objective and rollup of a plan.
 * The file is opened read-only: this command never modifies it.
 */
import { openPlanFile } from '../../../db/planFile';
import { EXIT, type CliCommand } from '../command';
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
    json: {
      kind: 'flag',
      description: 'stampa JSON: prestazioni come frazioni (0.5375) o null, valori e target come stampati nella scheda',
    },
  },
  run(options, io) {
    const yearText = valueOf(options, 'year');
    if (yearText !== undefined) parseYear(yearText);
    const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
    try {
      const doc = file.repo.loadPlan(choosePlan(file, yearText).id);
      const report = scoreReport(doc);
      io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : scoreText(report, doc));
      return EXIT.ok;
    } finally {
      file.close();
    }
  },
};
