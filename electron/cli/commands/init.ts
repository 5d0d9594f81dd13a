/**
 * `init --db FILE [--sample]`: creates a new plan file, empty or holding the 2024 sample plan.
 * It never overwrites: an existing file is refused and left untouched.
 */
import { createPlanFile, createSampleFile } from '../../../db/planFile';
import { EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { formatNumber } from '../../../shared/values';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'crea un nuovo file di piano (vuoto, o con il piano di esempio 2024)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file da creare (non deve esistere)' },
    sample: { kind: 'flag', description: 'inserisce il piano di esempio 2024 (18 schede, 123 indicatori)' },
  },
  run(options, io) {
    const path = valueOf(options, 'db') ?? '';
    const file = options.sample ? createSampleFile(path) : createPlanFile(path);
    const plans = file.repo.listPlans();
    file.close();
    const content =
      plans.length === 0
        ? 'nessun piano'
        : plans.map((p) => `piano ${p.year} con ${formatNumber(p.cardCount, 0)} schede`).join(', ');
    io.out(`Creato il file ${path} (${content}).\n`);
    return EXIT.ok;
  },
};
