/**
 * The one table `npm run stress` prints: the kill loop and the importer fuzzer side by side with what PIRA Desk
 * promises for each line (docs/reliability.md keeps the last one). Why a module: the CI run prints it too.
 */
import { formatNumber } from '../../shared/values';
import type { FuzzReport } from './fuzz';
import type { KillReport } from './killLoop';

export interface StressRun {
  kill: KillReport;
  fuzz: FuzzReport;
  seed: number;
  minutes: number;
}

interface Line {
  label: string;
  value: string;
  promise: string;
  kept: boolean;
}

/** The lines of the table; `kept` is false where a promised zero (or bound) was not met. */
export function stressLines({ kill, fuzz }: StressRun, wanted: { rounds: number; mutants: number }): Line[] {
  const n = (x: number) => formatNumber(x, 0);
  const zero = (label: string, x: number): Line => ({ label, value: n(x), promise: '0', kept: x === 0 });
  const outcomes = ['rifiutato', 'bloccato', 'applicato'].map((o) => n(fuzz.byOutcome[o] ?? 0)).join(' / ');
  const peak = Math.max(kill.peakMb, fuzz.peakMb);
  return [
    { label: 'Giri di interruzione (SIGKILL)', value: n(kill.rounds), promise: `≥ ${n(wanted.rounds)}`, kept: kill.rounds >= wanted.rounds },
    { label: 'Operazioni confermate prima degli arresti', value: n(kill.acknowledged), promise: '', kept: true },
    zero('Modifiche confermate perse', kill.editsLost),
    zero('Errori di integrità (file e copie di sicurezza)', kill.integrityFailures + fuzz.integrityFailures),
    zero('Scritture parziali', kill.partialWrites + fuzz.partialWrites),
    { label: 'File dati all’importazione (mutanti)', value: n(fuzz.files), promise: `≥ ${n(wanted.mutants)}`, kept: fuzz.files >= wanted.mutants },
    { label: '  rifiutati / bloccati / applicati', value: outcomes, promise: '', kept: true },
    zero('Crash (processo terminato o errore interno)', fuzz.crashes),
    zero('Blocchi (nessuna risposta entro 60 s)', fuzz.hangs),
    { label: 'Memoria massima (RSS)', value: `${n(peak)} MB`, promise: '< 1.024 MB', kept: peak < 1024 },
  ];
}

export function stressTable(run: StressRun, wanted: { rounds: number; mutants: number }): string {
  const lines = stressLines(run, wanted);
  const header = { label: 'Voce', value: 'Valore', promise: 'Promessa' };
  const width = (key: 'label' | 'value' | 'promise') => Math.max(header[key].length, ...lines.map((l) => l[key].length));
  const row = (l: { label: string; value: string; promise: string }, mark = '') =>
    `${l.label.padEnd(width('label'))}  ${l.value.padStart(width('value'))}  ${l.promise.padEnd(width('promise'))}${mark}`.trimEnd();
  return [
    `Prova di resistenza di PIRA Desk — seme ${run.seed}, ${formatNumber(run.minutes, 1)} minuti`,
    row(header),
    row({ label: '-'.repeat(width('label')), value: '-'.repeat(width('value')), promise: '-'.repeat(width('promise')) }),
    ...lines.map((l) => row(l, l.kept ? '' : '  ← NON RISPETTATA')),
    ...(run.kill.failures.length + run.fuzz.failures.length > 0 ? ['', 'Problemi trovati:', ...run.kill.failures, ...run.fuzz.failures].map((s) => `  ${s}`.trimEnd()) : []),
  ].join('\n');
}
