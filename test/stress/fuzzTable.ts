/**
 * The table `npm run fuzz` prints (docs/reliability.md keeps the last one): one line per family of mutants (files,
 * outcomes, refusals at the parse process's heap or time cap, crashes, hangs, peak memory of a refused file, plan
 * files changed by a refusal, English messages), the totals, and the promises with what was found.
 * Why a module: `npm run stress` and the CI run print it too.
 */
import { formatNumber } from '../../shared/values';
import type { FamilyCounts, FuzzReport } from './fuzz';

const n = (x: number) => formatNumber(x, 0);

export interface FuzzPromise {
  label: string;
  value: string;
  promise: string;
  kept: boolean;
}

/** The promises of docs/reliability.md on this run (`wanted`: the files asked for). */
export function fuzzPromises(report: FuzzReport, wanted: number): FuzzPromise[] {
  const zero = (label: string, x: number): FuzzPromise => ({ label, value: n(x), promise: '0', kept: x === 0 });
  const peak = report.memoryMeasured ? `${n(report.peakRefusedMb)} MB` : 'non misurata';
  return [
    { label: 'File provati', value: n(report.files), promise: `≥ ${n(wanted)}`, kept: report.files >= wanted },
    zero('Crash (processo terminato o errore interno)', report.crashes),
    zero('Blocchi (nessuna risposta entro 60 s)', report.hangs),
    { label: 'Memoria massima di un file rifiutato', value: peak, promise: '< 1.024 MB', kept: !report.memoryMeasured || report.peakRefusedMb < 1024 },
    zero('File del piano cambiati da un rifiuto', report.changedOnRefusal),
    zero('Messaggi in inglese', report.english),
    zero('Errori di integrità dopo un\'importazione', report.integrityFailures),
  ];
}

function columns(c: FamilyCounts): string[] {
  const { outcomes } = c;
  return [n(c.files), n(outcomes.rifiutato), n(outcomes.bloccato), n(outcomes.applicato), n(c.capped), n(c.crashes), n(c.hangs), `${n(c.peakRefusedMb)} MB`, n(c.changedOnRefusal), n(c.english)];
}

export function fuzzTable(report: FuzzReport, wanted: number, seed: number): string {
  const header = ['Famiglia', 'File', 'Rifiutati', 'Bloccati', 'Applicati', 'di cui al tetto', 'Crash', 'Blocchi', 'Memoria (rifiuto)', 'Cambiati', 'Inglese'];
  const rows = [...Object.entries(report.families).map(([name, c]) => [name, ...columns(c)]), ['Totale', ...columns(report)]];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const promises = fuzzPromises(report, wanted);
  const labelWidth = Math.max(...promises.map((p) => p.label.length));
  const valueWidth = Math.max(...promises.map((p) => p.value.length));
  return [
    `Prova dell'importatore di PIRA Desk — seme ${seed}, ${n(report.files)} file in ${formatNumber(report.seconds / 60, 1)} minuti`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(0, -1).map(line),
    line(widths.map((w) => '-'.repeat(w))),
    line(rows.at(-1)!),
    '',
    ...promises.map((p) => `${p.label.padEnd(labelWidth)}  ${p.value.padStart(valueWidth)}  ${p.promise}${p.kept ? '' : '  ← NON RISPETTATA'}`),
    ...(report.failures.length > 0 ? ['', 'Problemi trovati:', ...report.failures.map((f) => `  ${f}`)] : []),
  ].join('\n');
}
