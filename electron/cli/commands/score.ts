/**
 * `score --db FILE [--year AAAA] [--date GG/MM/AAAA] [--json]`: the performance of every indicator, objective and
 * rollup of a plan at one of its monitoring dates (default: the latest date with values).
 * The file is opened read-only: this command never modifies it.
 */
import { lazyRun, type CliCommand } from '../command';

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
  run: lazyRun(() => import('./score.run')),
};
