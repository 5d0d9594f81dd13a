/**
 * `init --db FILE [--sample]`: creates a new plan file, empty or holding the 2024 sample plan.
 * It never overwrites: an existing file is refused and left untouched.
 */
import { lazyRun, type CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'crea un nuovo file di piano (vuoto, o con il piano di esempio 2024)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file da creare (non deve esistere)' },
    sample: { kind: 'flag', description: 'inserisce il piano di esempio 2024 (18 schede, 123 indicatori)' },
  },
  run: lazyRun(() => import('./init.run')),
};
