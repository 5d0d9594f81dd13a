/**
 * The work of the `status` command (its options and help are in status.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import type { PlanStage } from '../../../shared/model';
import { parseDate } from '../../../shared/dates';
import { describeStatus } from '../../../shared/planStatus';
import { openPlanFile } from '../../../db/planFile';
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { valueOf } from '../options';
import { choosePlan } from '../planChoice';

const STAGES: readonly PlanStage[] = ['bozza', 'approvato', 'chiuso'];

export const run: CliCommand['run'] = async (options, io) => {
  const dbPath = valueOf(options, 'db') ?? '';
  const stage = valueOf(options, 'stato');
  if (stage === undefined) {
    const file = openPlanFile(dbPath, { readonly: true });
    try {
      const plan = choosePlan(file, valueOf(options, 'year'));
      io.out(`Piano ${plan.year}: ${describeStatus(file.repo.loadPlan(plan.id).status ?? { stage: 'bozza' })}.\n`);
      return EXIT.ok;
    } finally {
      file.close();
    }
  }
  if (!(STAGES as readonly string[]).includes(stage)) throw new CliError(`Stato sconosciuto: «${stage}». Scrivere approvato, chiuso oppure bozza.`, EXIT.usage);
  const dateText = valueOf(options, 'data');
  const date = dateText === undefined ? null : parseDate(dateText);
  if (date && !date.ok) throw new CliError(`--data: ${date.error}`, EXIT.usage);
  const editing = await openForCommand(dbPath, "la modifica dello stato", { takeOver: options['take-over'] === true, io });
  try {
    const plan = choosePlan(editing.file, valueOf(options, 'year'));
    const deliberation = valueOf(options, 'delibera');
    const reason = valueOf(options, 'motivo');
    const status = editing.file.repo.setPlanStatus(plan.id, {
      stage: stage as PlanStage,
      ...(date?.ok ? { approvedOn: date.value } : {}),
      ...(deliberation === undefined ? {} : { deliberation }),
      ...(reason === undefined ? {} : { reason }),
    });
    await editing.afterWrite();
    io.out(`Piano ${plan.year}: ${describeStatus(status)}.\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'conflict') throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
    throw error;
  } finally {
    await editing.close();
  }
};
