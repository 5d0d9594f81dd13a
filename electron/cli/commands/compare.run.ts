/**
 * The work of the `compare` command (its options and help are in compare.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import path from 'node:path';
import { openPlanFile, type PlanFile } from '../../../db/planFile';
import { comparePlans } from '../../../shared/planCompare';
import { describeComparison } from '../../../shared/planCompareText';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';

/** The plan of `yearText` in the other file; without it, the plan of `sameYear` if there is one, else the latest. */
function otherPlan(file: PlanFile, yearText: string | undefined, sameYear: number) {
  if (yearText !== undefined) return choosePlan(file, yearText);
  return file.repo.listPlans().some((p) => p.year === sameYear) ? choosePlan(file, String(sameYear)) : choosePlan(file, undefined);
}

export const run: CliCommand['run'] = (options, io) => {
  const [yearText, withYear, withFile, withFileYear] = ['year', 'with', 'with-file', 'with-year'].map((name) => valueOf(options, name));
  const usage = (message: string) => new CliError(`${message} (vedere: npm run pira -- help --command compare)`, EXIT.usage);
  if ((withYear === undefined) === (withFile === undefined)) throw usage('Indicare --with AAAA oppure --with-file ALTRO.pira (uno dei due)');
  if (withFileYear !== undefined && withFile === undefined) throw usage("L'opzione --with-year vale solo con --with-file");
  for (const text of [yearText, withYear, withFileYear]) if (text !== undefined) parseYear(text);
  const dbPath = valueOf(options, 'db') ?? '';
  const file = openPlanFile(dbPath, { readonly: true });
  let other: PlanFile | null = null;
  try {
    const before = file.repo.loadPlan(choosePlan(file, yearText).id);
    other = withFile === undefined ? null : openPlanFile(withFile, { readonly: true });
    const afterPlan = other ? otherPlan(other, withFileYear, before.settings.year) : choosePlan(file, withYear);
    const after = (other ?? file).repo.loadPlan(afterPlan.id);
    const comparison = comparePlans(before, after, {
      sameFile: other === null,
      fileNames: { before: path.basename(dbPath), after: path.basename(withFile ?? dbPath) },
    });
    io.out(options.json ? `${JSON.stringify(comparison, null, 2)}\n` : `${describeComparison(comparison).join('\n')}\n`);
    return EXIT.ok;
  } finally {
    other?.close();
    file.close();
  }
};
