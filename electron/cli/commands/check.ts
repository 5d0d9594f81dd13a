/**
 * `check --db FILE`: SQLite integrity check plus the validation findings of every plan in the file.
 * Errors and warnings are listed, notes only counted. Exit 0 when nothing is an error, 1 otherwise.
 * The file is opened read-only.
 */
import { lazyRun, type CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: "verifica l'integrità del file e valida tutti i piani che contiene",
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file da verificare (aperto in sola lettura)' },
  },
  run: lazyRun(() => import('./check.run')),
};
