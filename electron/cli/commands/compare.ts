/**
 * `compare --db FILE --year AAAA (--with AAAA | --with-file ALTRO.pira [--with-year AAAA]) [--json]`: what changed
 * from one plan to another, field by field (see shared/planCompare.ts for what is compared across years).
 * Both files are opened read-only: this command never modifies them.
 */
import { lazyRun, type CliCommand } from '../command';

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'confronta due piani (due anni del file, o un piano con uno di un altro file): schede e campi cambiati',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', required: true, placeholder: 'AAAA', description: "l'anno del primo piano (il «prima»)" },
    with: { kind: 'value', placeholder: 'AAAA', description: "l'anno dell'altro piano dello stesso file (il «dopo»)" },
    'with-file': { kind: 'value', placeholder: 'ALTRO.pira', description: 'oppure un altro file di piano (aperto in sola lettura)' },
    'with-year': {
      kind: 'value',
      placeholder: 'AAAA',
      description: "con --with-file: l'anno del piano dell'altro file (predefinito: lo stesso anno se c'è, se no il più recente)",
    },
    json: { kind: 'flag', description: 'stampa il confronto in JSON (piani, ambito del confronto, schede e campi cambiati)' },
  },
  run: lazyRun(() => import('./compare.run')),
};
