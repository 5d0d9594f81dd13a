/**
 * `undo-import --db FILE [--year AAAA]`: restores the plan as it was before its last import, from the snapshot kept
 * in the plan file (also after a restart). Refused, with the plan untouched, when the plan was edited after the import.
 */
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { valueOf } from '../options';
import { choosePlan } from '../planChoice';

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  summary: "annulla l'ultima importazione di un piano (ripristina il piano com'era prima)",
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
  },
  async run(options, io) {
    const editing = await openForCommand(valueOf(options, 'db') ?? '', "l'operazione");
    const file = editing.file;
    try {
      const plan = choosePlan(file, valueOf(options, 'year'));
      const record = file.repo.lastImport(plan.id);
      if (!record) throw new CliError(`Il piano ${plan.year} non ha un'importazione da annullare.`);
      if (!record.undoable) throw new CliError(`${record.reason ?? ''} Il file del piano non è stato modificato.`);
      await editing.backup('prima-ripristino');
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
  },
};
