/**
 * The work of the `init` command (its options and help are in init.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import { createPlanFile, createSampleFile } from '../../../db/planFile';
import { EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { countOf } from '../../../shared/italianText';

export const run: CliCommand['run'] = (options, io) => {
  const path = valueOf(options, 'db') ?? '';
  const file = options.sample ? createSampleFile(path) : createPlanFile(path);
  const plans = file.repo.listPlans();
  file.close();
  const content =
    plans.length === 0
      ? 'nessun piano'
      : plans.map((p) => `piano ${p.year} con ${countOf(p.cardCount, 'scheda', 'schede')}`).join(', ');
  io.out(`Creato il file ${path} (${content}).\n`);
  return EXIT.ok;
};
