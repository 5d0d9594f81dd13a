/**
 * The one table `npm run stress` prints: the kill loop and the importer fuzzer side by side with what PIRA Desk
 * promises for each line (docs/reliability.md keeps the last one). Why a module: the CI run prints it too.
 */
import { formatNumber } from '../../shared/values';
import type { FuzzReport } from './fuzz';
import { fuzzPromises } from './fuzzTable';
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
  const outcomes = (['rifiutato', 'bloccato', 'applicato'] as const).map((o) => n(fuzz.outcomes[o])).join(' / ');
  return [
    { label: 'Giri di interruzione (SIGKILL)', value: n(kill.rounds), promise: `≥ ${n(wanted.rounds)}`, kept: kill.rounds >= wanted.rounds },
    { label: 'Operazioni confermate prima degli arresti', value: n(kill.acknowledged), promise: '', kept: true },
    zero('Modifiche confermate perse', kill.editsLost),
    zero('Errori di integrità (file e copie di sicurezza)', kill.integrityFailures + fuzz.integrityFailures),
    zero('Scritture parziali', kill.partialWrites),
    { label: 'Memoria massima (interruzioni)', value: `${n(kill.peakMb)} MB`, promise: '< 1.024 MB', kept: kill.peakMb < 1024 },
    { label: 'File dati all’importazione (mutanti)', value: n(fuzz.files), promise: `≥ ${n(wanted.mutants)}`, kept: fuzz.files >= wanted.mutants },
    { label: '  rifiutati / bloccati / applicati', value: outcomes, promise: '', kept: true },
    ...fuzzPromises(fuzz, wanted.mutants).slice(1).map((p) => ({ ...p, label: `  ${p.label}` })),
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
