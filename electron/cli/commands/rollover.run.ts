/**
 * The work of the `rollover` command (its options and help are in rollover.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import { describeRollover, settingsForYear } from '../../../shared/rollover';
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';

export const run: CliCommand['run'] = async (options, io) => {
  const from = parseYear(valueOf(options, 'from') ?? '');
  const toText = valueOf(options, 'to');
  const to = toText === undefined ? from + 1 : parseYear(toText);
  if (to <= from) throw new CliError(`L'anno del nuovo piano (--to ${to}) deve essere successivo a quello copiato (--from ${from}).`, EXIT.usage);
  const editing = await openForCommand(valueOf(options, 'db') ?? '', 'creazione del nuovo piano', { takeOver: options['take-over'] === true, io });
  const file = editing.file;
  try {
    const source = choosePlan(file, String(from));
    const settings = settingsForYear(file.repo.loadPlan(source.id).settings, to);
    const { rollover: report, ...plan } = file.repo.createPlan(settings, { copyFromPlanId: source.id, copyCards: true });
    await editing.afterWrite();
    if (!report) throw new CliError('Il nuovo piano è stato creato senza schede.');
    const shown = { id: plan.id, year: plan.year, title: plan.title, cardCount: plan.cardCount };
    io.out(options.json ? `${JSON.stringify({ plan: shown, report }, null, 2)}\n` : `${describeRollover(report).join('\n')}\n`);
    return EXIT.ok;
  } finally {
    await editing.close();
  }
};
