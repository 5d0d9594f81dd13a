/**
 * `status --db FILE [--year AAAA] [approvato --delibera N --data GG/MM/AAAA | chiuso | bozza] [--motivo TESTO]`: shows
 * the plan's status, or moves it (bozza → approvato → chiuso; reopening or going back to draft needs --motivo). The
 * move is recorded in the change log; the file is opened like the app does (lock, backups).
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

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'stato del piano (bozza, approvato, chiuso): lo mostra, oppure lo cambia e lo registra',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    stato: { kind: 'value', positional: true, placeholder: 'approvato|chiuso|bozza', description: 'il nuovo stato (senza: mostra quello attuale)' },
    delibera: { kind: 'value', placeholder: 'N', description: 'con approvato: il numero della delibera di approvazione' },
    data: { kind: 'value', placeholder: 'GG/MM/AAAA', description: 'con approvato: la data della delibera' },
    motivo: { kind: 'value', placeholder: 'TESTO', description: 'il motivo (obbligatorio per riaprire un piano chiuso o riportarlo in bozza)' },
  },
  async run(options, io) {
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
    const editing = await openForCommand(dbPath, "la modifica dello stato");
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
  },
};
