/**
 * The work of the `undo-import` command (its options and help are in undoImport.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { valueOf } from '../options';
import { choosePlan } from '../planChoice';

export const run: CliCommand['run'] = async (options, io) => {
  const editing = await openForCommand(valueOf(options, 'db') ?? '', "l'operazione", { takeOver: options['take-over'] === true, io });
  const file = editing.file;
  try {
    const plan = choosePlan(file, valueOf(options, 'year'));
    const record = file.repo.lastImport(plan.id);
    if (!record) throw new CliError(`Il piano ${plan.year} non ha un'importazione da annullare.`);
    if (!record.undoable) throw new CliError(`${record.reason ?? ''} Il file del piano non è stato modificato.`);
    await editing.backup('prima-annullamento');
    const { message } = file.repo.undoLastImport(plan.id);
    await editing.afterWrite();
    io.out(`${message}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && ['conflict', 'not-found'].includes(String(error.code)) && !(error instanceof CliError)) {
      throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
    }
    throw error;
  } finally {
    await editing.close();
  }
};
