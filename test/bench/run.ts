/**
 * `npm run bench`: one table of times and memory on two workloads generated from the 2024 sample (×10 = 180
 * cards, ×100 = 1.800 cards and 12.300 indicators): the plan file, scoring, the bundled CLI's Excel export and
 * import as whole processes alternated with their yardsticks on the same workbooks (the zlib floor, SheetJS alone,
 * LibreOffice opening and saving the xlsx and the ods), a data-collection round of 12 workbooks, CLI start-up, the
 * real UI in Chromium, and the PDF of the ×10 plan. Figures of several rounds show their median and extremes;
 * targets are the ×100 column's, most of them ratios (docs/performance.md).
 * Why: the speed and memory promises are read here, never in timed tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlanFile } from '../../db/planFile';
import { bundleCli } from '../../electron/cli/bundle.mjs';
import { trainCodeCache } from '../../electron/cli/trainCodeCache.mjs';
import { formatNumber } from '../../shared/values';
import { BenchTable, type Figure } from './benchTable';
import { benchChangeLog, type ChangeLogFigures } from './changeLogBench';
import { benchExchange, type ExchangeFigures } from './exchangeBench';
import { addExchangeRows, memoryNote } from './exchangeRows';
import { libreOfficeUnavailable } from './libreOffice';
import { benchPlanFile, type PlanFileFigures } from './planFileBench';
import { runOnce } from './processRun';
import { scaledSample, withChangedValues } from './scaledPlan';
import { ratioSpread, spreadOf } from './timing';
import { benchPdf, benchUi, uiBenchUnavailable, type UiFigures } from './uiBench';

// PIRA_BENCH_SIZES=10 runs the small workload alone (a quick look at the table; the targets are ×100's).
const SIZES = (process.env.PIRA_BENCH_SIZES ?? '10,100').split(',').map(Number);
const ROUNDS = Number(process.env.PIRA_BENCH_ROUNDS ?? 5);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-bench-'));
// The backups the imports take, and the harness's files, go to a data folder of the bench's own (removed with it),
// never to the profile of whoever runs it; the commands it starts inherit this.
process.env.PIRA_DESK_DATA_DIR = path.join(dir, 'dati-utente');
const notes: string[] = [];
try {
  const { outDir } = await bundleCli();
  await trainCodeCache(outDir); // as `npm run pira` runs it: from the code cache its build made
  const cli = path.join(outDir, 'main.js');
  const loSkipped = libreOfficeUnavailable();
  const uiSkipped = uiBenchUnavailable();
  if (loSkipped) notes.push(`Confronto con LibreOffice saltato: ${loSkipped}.`);
  if (uiSkipped) notes.push(`Misure nel browser saltate: ${uiSkipped}.`);

  const files: PlanFileFigures[] = [];
  const logs: ChangeLogFigures[] = [];
  const exchange: ExchangeFigures[] = [];
  const ui: (UiFigures | null)[] = [];
  let pdf: { ms: number; pages: number } | null = null;
  for (const times of SIZES) {
    const workDir = fs.mkdtempSync(path.join(dir, `x${times}-`));
    const plan = scaledSample(times);
    const dbPath = path.join(workDir, 'piano.pira');
    const emptyPath = path.join(workDir, 'piano-vuoto.pira');
    createPlanFile(emptyPath, [{ ...plan, cards: [] }]).close();
    const changedPath = path.join(workDir, 'piano-1percento.pira');
    createPlanFile(dbPath, [plan]).close();
    const changed = withChangedValues(plan, 0.01);
    createPlanFile(changedPath, [changed.doc]).close();
    const indicators = plan.cards.reduce((n, c) => n + c.indicators.length, 0);
    console.error(`×${times}: ${formatNumber(plan.cards.length, 0)} schede, ${formatNumber(indicators, 0)} indicatori, ${changed.changed} valori cambiati per l'importazione dell'1%…`);
    files.push(await benchPlanFile(dbPath, ROUNDS));
    logs.push(benchChangeLog(dbPath, path.join(workDir, 'piano-registro.pira')));
    exchange.push(await benchExchange(cli, workDir, dbPath, changedPath, plan.cards.map((c) => c.code), ROUNDS, loSkipped === null));
    ui.push(uiSkipped ? null : await benchUi(dbPath, emptyPath, plan.cards.length, plan.cards.at(-1)!.code, ROUNDS));
    if (times === 10 && !uiSkipped) pdf = await benchPdf(dbPath, path.join(workDir, 'piano.pdf'));
  }
  const startUp = spreadOf(Array.from({ length: 10 }, () => runOnce(process.execPath, [cli, 'help']).ms));

  const table = new BenchTable(SIZES.map((n) => `×${n}`));
  const each = <T>(list: T[], pick: (item: T) => Figure) => list.map((item) => (item === null ? null : pick(item)));
  table.add('apertura del file ed elenco delle schede', 'ms', each(files, (f) => spreadOf(f.listRounds)), { max: 100 });
  table.add('  pavimento: apertura e chiusura del file (quick_check)', 'ms', each(files, (f) => spreadOf(f.openRounds)));
  table.add('  apertura ed elenco / pavimento', '×', each(files, (f) => ratioSpread(f.listRounds, f.openRounds)));
  table.add('ricalcolo completo delle prestazioni', 'ms', each(files, (f) => f.rescore), { max: 20 });
  table.add('salvataggio di una modifica', 'ms', each(files, (f) => f.editSaved), { max: 5 });
  table.add('file del piano, prima di 2.000 salvataggi', 'MB', each(logs, (l) => l.beforeMb));
  table.add('file del piano, dopo 2.000 salvataggi', 'MB', each(logs, (l) => l.afterMb));
  table.add('registro: KB per salvataggio (differenze)', 'KB', each(logs, (l) => l.storedPerSave / 1024));
  table.add('registro: KB per salvataggio con le schede intere', 'KB', each(logs, (l) => l.wholePerSave / 1024));
  table.add('schede intere / differenze (quante volte meno spazio)', '×', each(logs, (l) => l.wholePerSave / l.storedPerSave), { min: 4 });
  table.add('salvataggio di una modifica, registro in crescita', 'ms', each(logs, (l) => l.saveMs), { max: 5 });
  addExchangeRows(table, exchange);
  table.add('avvio della CLI (pira help)', 'ms', SIZES.map((_, i) => (i === SIZES.length - 1 ? startUp : null)), { max: 300 });
  table.add('interfaccia: elenco interattivo', 'ms', each(ui, (u) => (u ? spreadOf(u.listRounds) : null)), { max: 500 });
  table.add('  pavimento: pagina e interfaccia su un piano vuoto', 'ms', each(ui, (u) => (u ? spreadOf(u.emptyRounds) : null)));
  table.add('  elenco interattivo / pavimento', '×', each(ui, (u) => (u ? ratioSpread(u.listRounds, u.emptyRounds) : null)));
  table.add('interfaccia: un tasto nella ricerca', 'ms', each(ui, (u) => u?.filterKeystroke ?? null), { max: 50 });
  table.add('interfaccia: apertura di una scheda', 'ms', each(ui, (u) => u?.openCard ?? null));
  table.add('interfaccia: un valore digitato → prestazione', 'ms', each(ui, (u) => u?.editToScore ?? null), { max: 50 });
  table.add('PDF del piano ×10 dalla rotta di stampa', 'ms', [pdf?.ms ?? null], { max: 15_000 });
  if (ui.some((u) => u !== null && (u.filterKeystroke === null || u.editToScore === null))) {
    notes.push('Interfaccia: un tasto non ha aggiornato la ricerca o la prestazione entro 10 s (segnato —).');
  }
  table.print([
    ...notes,
    `Mediane di ${ROUNDS} esecuzioni alternate (tra parentesi la minima e la massima; per i rapporti, quelli di ogni giro), avvio della CLI su 10; obiettivi sulla mediana della colonna ×100 (PDF: ×10${pdf ? `, ${pdf.pages} pagine` : ''}).`,
    memoryNote(exchange),
    `Cartella di lavoro: ${exchange.map((e, i) => `×${SIZES[i]} ${formatNumber(e.workbookMb, 1)} MB`).join(', ')}.`,
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
