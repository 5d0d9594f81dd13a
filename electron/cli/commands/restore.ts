/**
 * `restore --db FILE --backup N --out COPY.pira`: writes backup N of FILE (see `backups`) as a new plan file.
 * FILE itself is never written (so no backup is taken); an existing COPY, a name without .pira and a missing folder are refused.
 */
import { lazyRun, type CliCommand } from '../command';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'ripristina una copia di sicurezza come nuovo file (il file di piano non viene modificato)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file di piano di cui ripristinare una copia' },
    backup: { kind: 'value', required: true, placeholder: 'N', description: 'il numero della copia, come elencato da «backups» (1 = la più recente)' },
    out: { kind: 'value', required: true, placeholder: 'COPIA.pira', description: 'il nuovo file da scrivere: un nome .pira che non esiste, in una cartella che esiste' },
  },
  run: lazyRun(() => import('./restore.run')),
};
