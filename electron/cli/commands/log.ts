/**
 * `log --db FILE [--year AAAA] [--card CODICE] [--since GG/MM/AAAA] [--json]`: the change log of the file, oldest
 * first: who changed what, when, from which computer, field by field (before → after), and why. Read-only.
 */
import { openPlanFile } from '../../../db/planFile';
import type { ChangeEntry, ChangeFilter } from '../../../shared/changeLog';
import { describeEntry } from '../../../shared/changeLogText';
import { parseDate } from '../../../shared/dates';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan } from '../planChoice';
import type { PlanRepository } from '../../../db/planFile';

/** Every entry matching `filter`, page after page, oldest first. */
function allEntries(repo: PlanRepository, filter: ChangeFilter): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (let beforeId: number | undefined; ; ) {
    const page = repo.listChanges({ ...filter, ...(beforeId === undefined ? {} : { beforeId }), limit: 1_000 });
    entries.push(...page.entries);
    if (!page.more) break;
    beforeId = page.entries.at(-1)?.id;
  }
  return entries.reverse();
}

export const logCommand: CliCommand = {
  name: 'log',
  summary: 'registro delle modifiche del file: chi ha cambiato cosa, quando, prima e dopo, e perché',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', placeholder: 'AAAA', description: 'solo le modifiche del piano di quell’anno' },
    card: { kind: 'value', placeholder: 'CODICE', description: 'solo le modifiche della scheda con quel codice' },
    since: { kind: 'value', placeholder: 'GG/MM/AAAA', description: 'solo le modifiche da quel giorno in poi' },
    json: { kind: 'flag', description: 'stampa le voci in JSON (con i campi cambiati, prima e dopo)' },
  },
  run(options, io) {
    const sinceText = valueOf(options, 'since');
    const since = sinceText === undefined ? null : parseDate(sinceText);
    if (since && !since.ok) throw new CliError(`--since: ${since.error}`, EXIT.usage);
    const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
    try {
      const yearText = valueOf(options, 'year');
      const card = valueOf(options, 'card');
      const entries = allEntries(file.repo, {
        ...(yearText === undefined ? {} : { planId: choosePlan(file, yearText).id }),
        ...(card === undefined ? {} : { card: { code: card } }),
        ...(since?.ok ? { since: since.value } : {}),
      });
      if (options.json) io.out(`${JSON.stringify(entries, null, 2)}\n`);
      else io.out(entries.length === 0 ? 'Nessuna modifica registrata.\n' : `${entries.flatMap(describeEntry).join('\n')}\n`);
      return EXIT.ok;
    } finally {
      file.close();
    }
  },
};
