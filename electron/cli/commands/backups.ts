/**
 * `backups --db FILE [--json]`: the automatic backups of a plan file, newest first, numbered from 1 (the number
 * `restore --backup N` takes). Read-only: the plan file is not opened.
 */
import { lazyRun, type CliCommand } from '../command';

export const backupsCommand: CliCommand = {
  name: 'backups',
  summary: 'elenca le copie di sicurezza automatiche di un file di piano (dalla più recente, numerate da 1)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file di piano (non viene aperto)' },
    json: { kind: 'flag', description: 'stampa JSON: number, createdAt (ISO), reason, description, bytes, path' },
  },
  run: lazyRun(() => import('./backups.run')),
};
