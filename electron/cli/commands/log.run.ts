/**
 * The work of the `log` command (its options and help are in log.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
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

export const run: CliCommand['run'] = (options, io) => {
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
};
