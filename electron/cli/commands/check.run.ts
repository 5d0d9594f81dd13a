/**
 * The work of the `check` command (its options and help are in check.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import { openPlanFile } from '../../../db/planFile';
import type { Finding } from '../../../shared/finding';
import { validatePlan } from '../../../shared/validation';
import { EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { countOf } from '../../../shared/italianText';

const SEVERITY_LABELS: Record<Exclude<Finding['severity'], 'info'>, string> = { error: 'ERRORE', warning: 'avviso' };

function findingLine(f: Finding): string {
  const where = [f.cardCode ? `scheda ${f.cardCode}` : '', f.field ? `campo ${f.field}` : ''].filter(Boolean).join(', ');
  return `  ${SEVERITY_LABELS[f.severity === 'error' ? 'error' : 'warning']}: ${where ? `${where}: ` : ''}${f.message}`;
}

export const run: CliCommand['run'] = (options, io) => {
  const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
  try {
    const damage = file.integrityCheck();
    if (damage.length > 0) {
      io.out(`Controllo di integrità: il file è danneggiato (${countOf(damage.length, 'problema', 'problemi')}).\n`);
      for (const line of damage.slice(0, 20)) io.out(`  ${line}\n`);
      return EXIT.failed;
    }
    io.out('Controllo di integrità: nessun problema.\n');
    let errors = 0;
    const plans = file.repo.listPlans();
    if (plans.length === 0) io.out('Il file non contiene ancora alcun piano.\n');
    for (const summary of plans) {
      const findings = validatePlan(file.repo.loadPlan(summary.id));
      const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
      errors += count('error');
      io.out(
        `Piano ${summary.year} (${countOf(summary.cardCount, 'scheda', 'schede')}): ${countOf(count('error'), 'errore', 'errori')}, ${countOf(count('warning'), 'avviso', 'avvisi')}, ${countOf(count('info'), 'nota', 'note')}.\n`,
      );
      for (const f of findings) if (f.severity !== 'info') io.out(`${findingLine(f)}\n`);
    }
    return errors > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    file.close();
  }
};
