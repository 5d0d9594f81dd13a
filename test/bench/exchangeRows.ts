/**
 * The Excel rows of the bench table, from the alternated whole-process figures of each workload: every process
 * with the median and the extremes of its rounds, every target of issue 21 as a ratio of two jobs of the same run.
 * Why: a ratio to the floor or to LibreOffice measured side by side holds on a loaded machine; an absolute time
 * does not.
 */
import type { BenchTable, Figure } from './benchTable';
import type { ExchangeFigures } from './exchangeBench';
import type { RunStats } from './processRun';
import { formatNumber } from '../../shared/values';
import { ratioSpread, spreadOf } from './timing';

const PEAK_MB = 300;

const times = (stats: RunStats | null): Figure => (stats ? spreadOf(stats.rounds) : null);
const ratio = (a: RunStats | null, b: RunStats | null): Figure => (a && b ? ratioSpread(a.rounds, b.rounds) : null);
/** The largest of a memory figure over several jobs (null when none measured it). */
const most =
  (pick: (stats: RunStats) => number | null) =>
  (...runs: RunStats[]): Figure => {
    const figures = runs.map(pick).filter((mb): mb is number => mb !== null);
    return figures.length > 0 ? Math.max(...figures) : null;
  };
/** What the processes held at once, sampled (judged); the sum of each process's peak, an upper bound (not judged). */
const held = most((stats) => stats.heldMb);
const upperBound = most((stats) => stats.peakMb);

export function addExchangeRows(table: BenchTable, workloads: readonly ExchangeFigures[]): void {
  const row = (label: string, pick: (e: ExchangeFigures) => Figure, unit: '×' | 'ms' | 'MB', target?: { min?: number; max?: number }) =>
    table.add(label, unit, workloads.map(pick), target);
  row('pira export .xlsx (processo intero)', (e) => times(e.exportXlsx), 'ms');
  row('  LibreOffice .xlsx / pira export .xlsx', (e) => ratio(e.libreOffice, e.exportXlsx), '×', { min: 2 });
  row('pira export .ods (processo intero)', (e) => times(e.exportOds), 'ms');
  row('  LibreOffice .ods / pira export .ods', (e) => ratio(e.libreOfficeOds, e.exportOds), '×', { min: 2 });
  row('pira import del proprio export .xlsx (nulla cambia)', (e) => times(e.importUnchanged), 'ms');
  row('  LibreOffice .xlsx / pira import', (e) => ratio(e.libreOffice, e.importUnchanged), '×', { min: 2 });
  row('  pira import / pavimento', (e) => ratio(e.importUnchanged, e.floorXlsx), '×', { max: 5 });
  row("pira import con l'1% dei valori cambiati", (e) => times(e.importOnePercent), 'ms');
  row('  1% cambiato / nulla cambia', (e) => ratio(e.importOnePercent, e.importUnchanged), '×', { max: 1.1 });
  row('pira import --dry-run (lettura e confronto)', (e) => times(e.dryRun), 'ms');
  row('  --dry-run / nulla cambia', (e) => ratio(e.dryRun, e.importUnchanged), '×', { max: 1.1 });
  row('  di cui lettura protetta (dall\'avvio all\'ultima cartella letta)', (e) => spreadOf(e.parseMs), 'ms');
  row('  lettura protetta / SheetJS da solo (processo nuovo)', (e) => ratioSpread(e.parseMs, e.rawReadMs), '×', { max: 1.5 });
  row('pira import del proprio export .ods (nulla cambia)', (e) => times(e.importOds), 'ms');
  row('  LibreOffice .ods / pira import .ods', (e) => ratio(e.libreOfficeOds, e.importOds), '×', { min: 2 });
  row('  pira import .ods / pavimento .ods', (e) => ratio(e.importOds, e.floorOds), '×', { max: 5 });
  row('raccolta: 12 cartelle importate insieme', (e) => times(e.roundAll), 'ms');
  row('raccolta: una delle 12 da sola', (e) => times(e.roundOne), 'ms');
  row('  12 insieme / una da sola', (e) => ratio(e.roundAll, e.roundOne), '×', { max: 2 });
  row('pavimento .xlsx: zlib e ogni cella, processo nuovo', (e) => times(e.floorXlsx), 'ms');
  row("  di cui dopo l'avvio di Node (lettura, zlib, celle)", (e) => spreadOf(e.floorOwnMs), 'ms');
  row('pavimento .ods: zlib e ogni cella, processo nuovo', (e) => times(e.floorOds), 'ms');
  row('SheetJS da solo, processo nuovo (read + sheet_to_json)', (e) => spreadOf(e.rawReadMs), 'ms');
  row('SheetJS da solo, già caricato e ottimizzato da V8', (e) => e.warmReadMs, 'ms');
  row('LibreOffice: apertura e salvataggio della stessa .xlsx', (e) => times(e.libreOffice), 'ms');
  row('LibreOffice: apertura e salvataggio della stessa .ods', (e) => times(e.libreOfficeOds), 'ms');
  const imports = (e: ExchangeFigures) => [e.importUnchanged, e.importOds, e.importOnePercent, e.dryRun];
  const exports = (e: ExchangeFigures) => [e.exportXlsx, e.exportOds];
  const UPPER = '  limite superiore: somma dei picchi di ogni processo';
  row('memoria massima: importazione', (e) => held(...imports(e)), 'MB', { max: PEAK_MB });
  row(UPPER, (e) => upperBound(...imports(e)), 'MB');
  row('memoria massima: raccolta di 12 cartelle insieme', (e) => held(e.roundAll), 'MB', { max: PEAK_MB });
  row(UPPER, (e) => upperBound(e.roundAll), 'MB');
  row('memoria massima: esportazione', (e) => held(...exports(e)), 'MB', { max: PEAK_MB });
  row(UPPER, (e) => upperBound(...exports(e)), 'MB');
}

/** The table's note on memory: how it was measured, with the fewest and most samples of a sampled run. */
export function memoryNote(workloads: readonly ExchangeFigures[]): string {
  const counts = workloads
    .flatMap((e) => [e.importUnchanged, e.importOds, e.importOnePercent, e.dryRun, e.roundAll, e.exportXlsx, e.exportOds])
    .map((stats) => stats.samples)
    .filter((n): n is number => n !== null);
  const range = counts.length > 0 ? `${formatNumber(Math.min(...counts), 0)}–${formatNumber(Math.max(...counts), 0)} campioni` : 'nessun campione';
  return (
    `Memoria massima: la memoria residente della CLI e dei processi che avvia, sommata nello stesso istante ogni 5 ms in ` +
    `un'esecuzione in più dopo i giri (${range} per esecuzione); il limite superiore somma il picco di ogni processo ` +
    `vivo insieme agli altri, in qualunque momento l'abbia raggiunto (il massimo dei giri e dell'esecuzione campionata).`
  );
}
