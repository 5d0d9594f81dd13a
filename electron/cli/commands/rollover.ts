/**
 * `rollover --db FILE --from AAAA [--to AAAA] [--json]`: creates the plan of a new year copying catalogues and cards
 * of the plan `--from` (as "Nuovo piano" does) and prints what was carried over. Years in the title, the horizon and
 * the monitoring date move by the difference; an existing plan of that year is refused and the file left as it was.
 */
import { describeRollover, settingsForYear } from '../../../shared/rollover';
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';

export const rolloverCommand: CliCommand = {
  name: 'rollover',
  summary: "crea il piano di un nuovo anno copiando cataloghi e schede di un piano (target spostati, senza valori)",
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (il nuovo piano vi è aggiunto)' },
    from: { kind: 'value', required: true, placeholder: 'AAAA', description: "l'anno del piano da copiare" },
    to: { kind: 'value', placeholder: 'AAAA', description: "l'anno del nuovo piano (predefinito: l'anno seguente)" },
    json: { kind: 'flag', description: 'stampa JSON: { "plan": { id, year, title, cardCount }, "report": { … } }' },
  },
  async run(options, io) {
    const from = parseYear(valueOf(options, 'from') ?? '');
    const toText = valueOf(options, 'to');
    const to = toText === undefined ? from + 1 : parseYear(toText);
    if (to <= from) throw new CliError(`L'anno del nuovo piano (--to ${to}) deve essere successivo a quello copiato (--from ${from}).`, EXIT.usage);
    const editing = await openForCommand(valueOf(options, 'db') ?? '', 'creazione del nuovo piano');
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
  },
};
