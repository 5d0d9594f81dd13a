/**
 * `rollover --db FILE --from AAAA [--to AAAA] [--json]`: creates the plan of a new year copying catalogues and cards
 * of the plan `--from` (as "Nuovo piano" does) and prints what was carried over. Years in the title, the horizon and
 * the monitoring date move by the difference; an existing plan of that year is refused and the file left as it was.
 */
import { lazyRun, TAKE_OVER_OPTION, type CliCommand } from '../command';

export const rolloverCommand: CliCommand = {
  name: 'rollover',
  summary: "crea il piano di un nuovo anno copiando cataloghi e schede di un piano (target spostati, senza valori)",
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (il nuovo piano vi è aggiunto)' },
    from: { kind: 'value', required: true, placeholder: 'AAAA', description: "l'anno del piano da copiare" },
    to: { kind: 'value', placeholder: 'AAAA', description: "l'anno del nuovo piano (predefinito: l'anno seguente)" },
    json: { kind: 'flag', description: 'stampa JSON: { "plan": { id, year, title, cardCount }, "report": { … } }' },
    'take-over': TAKE_OVER_OPTION,
  },
  run: lazyRun(() => import('./rollover.run')),
};
