/**
 * `log --db FILE [--year AAAA] [--card CODICE] [--since GG/MM/AAAA] [--json]`: the change log of the file, oldest
 * first: who changed what, when, from which computer, field by field (before → after), and why. Read-only.
 */
import { lazyRun, type CliCommand } from '../command';

export const logCommand: CliCommand = {
  name: 'log',
  summary: 'registro delle modifiche del file: chi ha cambiato cosa, quando, prima e dopo, e perché',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', placeholder: 'AAAA', description: 'solo le modifiche del piano di quell’anno' },
    card: { kind: 'value', placeholder: 'CODICE', description: 'solo le modifiche della scheda con quel codice' },
    since: { kind: 'value', placeholder: 'GG/MM/AAAA', description: 'solo le modifiche da quel giorno in poi' },
    json: { kind: 'flag', description: 'stampa le voci in JSON (con i campi cambiati, prima e dopo)' },
  },
  run: lazyRun(() => import('./log.run')),
};
