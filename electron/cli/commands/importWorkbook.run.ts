/**
 * The work of the `import` command (its options and help are in importWorkbook.ts, which starts reading the
 * workbooks), loaded only when it runs: `pira help` and a mistyped command line start without loading SQLite,
 * SheetJS or the schemas.
 */
import path from 'node:path';
import type { PlanFile } from '../../../db/planFile';
import type { ImportDecision } from '../../../shared/api';
import { declaredYear, type ImportFile } from '../../../shared/exchange/importWorkbooks';
import { applyPending, pendingChangesFile, previewParsed, readStoredPlan, withChoices, type PreparedImport, type StoredPlan } from '../../exchange/exchangeService';
import type { ImportParsing } from '../../exchange/importParsing';
import { mapHeaders } from '../../exchange/importMapping';
import { startComparison } from '../../exchange/comparisonAhead';
import type { FieldMeaning } from '../../../shared/exchange/columnLayout';
import { fieldNames, parseFieldName } from '../../../shared/exchange/layoutFields';
import { layoutNameSchema } from '../../../shared/exchange/layoutSchema';
import { mapHints } from '../mapHints';
import { CliError, EXIT, type CliIo, type ExitCode, type ParsedOptions } from '../command';
import { openForCommand } from '../editingCommand';
import type { PreparedBackup } from '../../../db/backups';
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

/** `--map "SCOPO=Codice e titolo"` (repeatable) → header and meaning; a `Campo` nobody knows is a usage error. */
function parseMaps(values: readonly string[]): { header: string; meaning: FieldMeaning }[] {
  const meanings: { header: string; meaning: FieldMeaning }[] = [];
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const header = value.slice(0, Math.max(at, 0)).trim();
    const field = value.slice(at + 1).trim();
    if (at <= 0 || header === '') throw new CliError(`--map "${value}": scrivere --map "INTESTAZIONE=Campo", per esempio --map "KPI=Indicatore".`, EXIT.usage);
    const meaning = parseFieldName(field);
    if (!meaning) throw new CliError(`--map "${value}": «${field}» non è un campo della cartella canonica. Campi: ${fieldNames().join(', ')}.`, EXIT.usage);
    meanings.push({ header, meaning });
  }
  return meanings;
}

function parseRow(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1) throw new CliError(`--${option}: «${text}» non è un numero di riga (1, 2, 3…).`, EXIT.usage);
  return Number(text);
}

/** `--save-layout NOME`: a usable name, with `--map`, not with `--dry-run`, not taken in the plan file. */
function layoutNameToSave(options: ParsedOptions, file: PlanFile, mapping: boolean): string | undefined {
  const name = valueOf(options, 'save-layout');
  if (name === undefined) return undefined;
  if (!layoutNameSchema.safeParse(name).success) throw new CliError(`--save-layout: «${name}» non è un nome valido (da 1 a 80 caratteri).`, EXIT.usage);
  if (options['dry-run'] === true) throw new CliError('--save-layout scrive il modello nel file del piano: non si usa con --dry-run.', EXIT.usage);
  if (!mapping) throw new CliError('--save-layout salva le associazioni date con --map: indicarle.', EXIT.usage);
  if (file.layouts.find(name)) throw new CliError(`Esiste già un modello di importazione «${name.trim()}» nel file del piano: scegliere un altro nome. Il file del piano non è stato modificato.`);
  return name.trim();
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

/** The workbooks named on the command line (`inputs`), being read since `started`. */
export interface ImportReading {
  inputs: string[];
  parsing: ImportParsing;
  started: number;
}

export async function runImport(options: ParsedOptions, io: CliIo, { inputs, parsing, started }: ImportReading): Promise<ExitCode> {
  const yearText = valueOf(options, 'year');
  const year = yearText === undefined ? undefined : parseYear(yearText);
  const picked = parseChoices(valueOf(options, 'choose'));
  const ente = valueOf(options, 'ente');
  const maps = parseMaps(valuesOf(options, 'map'));
  const rows = { headerRow: parseRow(valueOf(options, 'header-row'), 'header-row'), firstDataRow: parseRow(valueOf(options, 'first-row'), 'first-row') };
  const mapping = maps.length > 0 || rows.headerRow !== undefined || rows.firstDataRow !== undefined;
  const layoutName = valueOf(options, 'layout');
  const dryRun = options['dry-run'] === true;
  const dbPath = valueOf(options, 'db') ?? '';
  const editing = await openForCommand(dbPath, 'importazione', {
    readOnly: dryRun,
    hint: " (l'anteprima con --dry-run si può fare anche ora)",
    takeOver: options['take-over'] === true,
    io,
  });
  const file = editing.file;
  const clock = phaseClock(['lettura dei file', 'confronto con il piano', 'scrittura']);
  let ahead: Promise<PreparedBackup> | undefined;
  try {
    const saveAs = layoutNameToSave(options, file, mapping);
    // The plan the workbooks most likely go to is read on this thread while the worker parses, instead of after it.
    await parsing.handedOver;
    const preloaded = likelyTarget(file, year);
    // So is the backup the import takes before it writes: kept only if it writes (and nothing wrote the file since).
    if (!dryRun) (ahead = editing.backupAhead('prima-importazione')).catch(() => undefined);
    const previewOptions = { ...(year !== undefined ? { year } : {}), ...(ente !== undefined ? { ente } : {}), ...(layoutName !== undefined ? { layoutName } : {}) };
    // Each workbook is compared with that plan as it arrives, while the parse process reads the next.
    const compared = preloaded && startComparison(file, preloaded, previewOptions);
    if (compared) {
      for (const each of parsing.each) {
        const arrived = await each;
        await clock.time('confronto con il piano', () => compared.add(arrived));
      }
    }
    const files = await parsing.files;
    clock.add('lettura dei file', (parsing.readAt() ?? performance.now()) - started);
    const target = targetPlan(file, files, year);
    const { prepared, numbers } = await clock.time('confronto con il piano', () => {
      const read = previewParsed(file, target, files, previewOptions, preloaded, compared);
      const first = mapping ? mapHeaders(file, read.pending, maps, { ...(rows.headerRow ? { headerRow: rows.headerRow } : {}), ...(rows.firstDataRow ? { firstDataRow: rows.firstDataRow } : {}) }) : read;
      return choose(file, first, picked, options.confirm === true);
    });
    io.out(previewText(prepared.preview, inputs.map((i) => path.basename(i)).join(', '), numbers));
    io.out(mapHints(prepared.preview));
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
      if (changesFile) (await (ahead ?? editing.backupAhead('prima-importazione'))).keep();
      const applied = applyPending(file, prepared.pending);
      await editing.afterWrite();
      return applied;
    });
    io.out(`Importazione applicata al piano ${prepared.preview.year} (id ${planId}): ${summary.text}.\n`);
    const layout = prepared.pending.mappings[0]?.layout;
    if (saveAs && layout) {
      file.layouts.save(layout, saveAs);
      await editing.afterWrite();
      io.out(`Modello «${saveAs}» salvato nel file del piano: i prossimi file con queste intestazioni si leggono da soli (o con --layout "${saveAs}").\n`);
    }
    // An import that changed nothing is not recorded: undo-import would undo the previous one, so it is not offered.
    io.out(
      changesFile
        ? `Per annullarla: npm run pira -- undo-import --db ${valueOf(options, 'db')} --year ${prepared.preview.year}\n`
        : `${saveAs ? 'Il piano non è stato modificato' : 'Il file del piano non è stato modificato'}: non c’è nulla da annullare.\n`,
    );
    if (options.tempi === true) io.out(clock.text());
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && ['import-refused', 'conflict', 'invalid-request', 'not-found'].includes(String(error.code))) {
      throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
    }
    throw error;
  } finally {
    // An import refused, or that changed nothing, leaves no backup (nor a copy being made).
    await ahead?.then((prepared) => prepared.discard(), () => undefined);
    await editing.close();
  }
};
