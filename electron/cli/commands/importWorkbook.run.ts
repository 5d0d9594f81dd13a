/**
 * The work of the `import` command (its options and help are in importWorkbook.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import path from 'node:path';
import type { PlanFile } from '../../../db/planFile';
import type { ImportDecision } from '../../../shared/api';
import { declaredYear, type ImportFile } from '../../../shared/exchange/importWorkbooks';
import { applyPending, parseImportFiles, pendingChangesFile, previewParsed, readStoredPlan, withChoices, type PreparedImport, type StoredPlan } from '../../exchange/exchangeService';
import { DEFAULT_LIMITS } from '../../exchange/limits';
import { readInputFile } from '../inputFile';
import { CliError, EXIT, type CliCommand } from '../command';
import { openForCommand } from '../editingCommand';
import { phaseClock } from '../phaseClock';
import { valueOf, valuesOf } from '../options';
import { parseYear } from '../planChoice';
import { previewText } from '../previewText';

/** `3=punti,5=v2` → option id by decision number. */
function parseChoices(text: string | undefined): Map<number, string> {
  const choices = new Map<number, string>();
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d+)=([\w-]+)$/.exec(part);
    if (!match) throw new CliError(`Scelta non valida: «${part}». Scrivere --choose NUMERO=OPZIONE, per esempio --choose 3=punti,5=v2.`, EXIT.usage);
    choices.set(Number(match[1]), match[2] ?? '');
  }
  return choices;
}

/** The plan of `year`, else of the Piano sheet, else the most recent one; `null`: the import creates a plan. */
function targetPlan(file: PlanFile, files: ImportFile[], year: number | undefined): number | null {
  const plans = file.repo.listPlans();
  const wanted = year ?? declaredYear(files);
  if (wanted === undefined) return [...plans].sort((a, b) => b.year - a.year)[0]?.id ?? null;
  const matching = plans.filter((p) => p.year === wanted);
  if (matching.length > 1) throw new CliError(`Nel file ci sono più piani per l'anno ${wanted}: il comando ne gestisce uno per anno.`);
  return matching[0]?.id ?? null;
}

/** The plan of `--year` or the most recent one, read (undefined when there is none or the choice is unclear). */
function likelyTarget(file: PlanFile, year: number | undefined): StoredPlan | undefined {
  const plans = file.repo.listPlans().filter((p) => year === undefined || p.year === year);
  if (plans.length === 0 || (year !== undefined && plans.length > 1)) return undefined;
  const latest = plans.reduce((a, b) => (b.year > a.year ? b : a));
  return readStoredPlan(file, latest.id);
}

/** Decision numbers that stay the same when later choices add decisions (new ones are numbered after). */
function numbering(decisions: ImportDecision[], earlier = new Map<string, number>()): Map<string, number> {
  const numbers = new Map(earlier);
  for (const d of decisions) if (!numbers.has(d.id)) numbers.set(d.id, numbers.size + 1);
  return numbers;
}

/** Applies `--choose` (by number) and `--confirm` (every proposal) until no new decision appears. */
function choose(file: PlanFile, first: PreparedImport, picked: Map<number, string>, confirm: boolean): { prepared: PreparedImport; numbers: Map<string, number> } {
  let prepared = first;
  let numbers = numbering(prepared.preview.decisions);
  for (let round = 0; round < 4; round++) {
    const choices: Record<string, string> = {};
    for (const d of prepared.preview.decisions) {
      const option = picked.get(numbers.get(d.id) ?? 0);
      if (option !== undefined) {
        if (!d.options.some((o) => o.id === option)) throw new CliError(`La scelta ${numbers.get(d.id)} non ha l'opzione «${option}» (opzioni: ${d.options.map((o) => o.id).join(', ')}).`, EXIT.usage);
        choices[d.id] = option;
      } else if (confirm && d.required && d.chosen === null && d.suggested !== null) choices[d.id] = d.suggested;
    }
    const fresh = Object.entries(choices).filter(([id, option]) => prepared.pending.choices[id] !== option);
    if (fresh.length === 0) break;
    prepared = withChoices(file, prepared.pending, choices);
    numbers = numbering(prepared.preview.decisions, numbers);
  }
  return { prepared, numbers };
}

export const run: CliCommand['run'] = async (options, io) => {
  const inputs = valuesOf(options, 'in');
  const yearText = valueOf(options, 'year');
  const year = yearText === undefined ? undefined : parseYear(yearText);
  const picked = parseChoices(valueOf(options, 'choose'));
  const ente = valueOf(options, 'ente');
  const bytes = inputs.map((input) => ({ fileName: path.basename(input), bytes: readInputFile(input, DEFAULT_LIMITS.maxFileBytes) }));
  const dryRun = options['dry-run'] === true;
  const dbPath = valueOf(options, 'db') ?? '';
  const editing = await openForCommand(dbPath, 'importazione', { readOnly: dryRun, hint: " (l'anteprima con --dry-run si può fare anche ora)" });
  const file = editing.file;
  const clock = phaseClock();
  try {
    const parsing = clock.time('lettura dei file', () => parseImportFiles(bytes));
    parsing.catch(() => undefined); // awaited below; this only keeps a refusal from counting as unhandled meanwhile
    // The plan the workbooks most likely go to is read on this thread while the worker parses, instead of after it.
    const preloaded = likelyTarget(file, year);
    const files = await parsing;
    const target = targetPlan(file, files, year);
    const { prepared, numbers } = await clock.time('confronto con il piano', () => {
      const first = previewParsed(file, target, files, { ...(year !== undefined ? { year } : {}), ...(ente !== undefined ? { ente } : {}) }, preloaded);
      return choose(file, first, picked, options.confirm === true);
    });
    io.out(previewText(prepared.preview, inputs.map((i) => path.basename(i)).join(', '), numbers));
    if (!prepared.preview.canApply) {
      io.err('Importazione non eseguita: il file ha errori bloccanti o scelte da fare (vedi sopra). Il file del piano non è stato modificato.\n');
      return EXIT.failed;
    }
    if (dryRun) {
      io.out('Prova (--dry-run): nessuna modifica scritta.\n');
      if (options.tempi === true) io.out(clock.text());
      return EXIT.ok;
    }
    const changesFile = pendingChangesFile(prepared.pending);
    const { planId, summary } = await clock.time('scrittura', async () => {
      if (changesFile) await editing.backup('prima-importazione');
      const applied = applyPending(file, prepared.pending);
      await editing.afterWrite();
      return applied;
    });
    io.out(`Importazione applicata al piano ${prepared.preview.year} (id ${planId}): ${summary.text}.\n`);
    // An import that changed nothing is not recorded: undo-import would undo the previous one, so it is not offered.
    io.out(
      changesFile
        ? `Per annullarla: npm run pira -- undo-import --db ${valueOf(options, 'db')} --year ${prepared.preview.year}\n`
        : 'Il file del piano non è stato modificato: non c’è nulla da annullare.\n',
    );
    if (options.tempi === true) io.out(clock.text());
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && ['import-refused', 'conflict', 'invalid-request', 'not-found'].includes(String(error.code))) {
      throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
    }
    throw error;
  } finally {
    await editing.close();
  }
};
