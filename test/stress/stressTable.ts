/**
 * The one table `npm run stress` prints: the kill loop and the importer fuzzer side by side with what PIRA Desk
 * promises for each line (docs/reliability.md keeps the last one). Why a module: the CI run prints it too.
 */
import { formatNumber } from '../../shared/values';
import type { BackupReport } from './backupScenario';
import type { FuzzReport } from './fuzz';
import { fuzzPromises } from './fuzzTable';
import type { KillReport } from './killLoop';

export interface StressRun {
  kill: KillReport;
  fuzz: FuzzReport;
  backups: BackupReport;
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
export function stressLines({ kill, fuzz, backups }: StressRun, wanted: { rounds: number; mutants: number; backups: number }): Line[] {
  const n = (x: number) => formatNumber(x, 0);
  const zero = (label: string, x: number): Line => ({ label, value: n(x), promise: '0', kept: x === 0 });
  const outcomes = (['rifiutato', 'bloccato', 'applicato'] as const).map((o) => n(fuzz.outcomes[o])).join(' / ');
  const killLines: Line[] = [
    { label: 'Giri di interruzione (SIGKILL)', value: n(kill.rounds), promise: `≥ ${n(wanted.rounds)}`, kept: kill.rounds >= wanted.rounds },
    { label: 'Operazioni confermate prima degli arresti', value: n(kill.acknowledged), promise: '', kept: true },
    zero('Modifiche confermate perse', kill.editsLost),
    zero('Errori di integrità (file e copie di sicurezza)', kill.integrityFailures + fuzz.integrityFailures),
    zero('Scritture parziali', kill.partialWrites),
    { label: 'Memoria massima (interruzioni)', value: `${n(kill.peakMb)} MB`, promise: '< 1.024 MB', kept: kill.peakMb < 1024 },
  ];
  const fuzzLines: Line[] = [
    { label: 'File dati all’importazione (mutanti)', value: n(fuzz.files), promise: `≥ ${n(wanted.mutants)}`, kept: fuzz.files >= wanted.mutants },
    { label: '  rifiutati / bloccati / applicati', value: outcomes, promise: '', kept: true },
    ...fuzzPromises(fuzz, wanted.mutants).slice(1).map((p) => ({ ...p, label: `  ${p.label}` })),
  ];
  const backupLines: Line[] = [
    { label: 'Passi sulle copie di sicurezza', value: n(backups.steps), promise: `≥ ${n(wanted.backups)}`, kept: backups.steps >= wanted.backups },
    {
      label: '  importazioni / annullamenti / ripristini / aperture',
      value: [backups.imports, backups.undos, backups.restores, backups.opens].map(n).join(' / '),
      promise: '',
      kept: true,
    },
    { label: '  salti dell’orologio / copie prese', value: `${n(backups.clockJumps)} / ${n(backups.backupsTaken)}`, promise: '', kept: true },
    zero('Copie che la regola promette di tenere perse', backups.backupsLost),
    zero('Copie tenute oltre la regola', backups.keptBeyondRule),
    zero('Passi con copie in più, in meno o datate male', backups.wrongBackups),
    zero('Ripristini non riusciti o diversi dalla copia', backups.restoreFailures),
    zero('Copie elencate che non si verificano', backups.unverified),
  ];
  // `--only backups` leaves out the kill loop and the fuzzer: their lines would only say nothing ran.
  return [...(wanted.rounds > 0 || wanted.mutants > 0 ? [...killLines, ...fuzzLines] : []), ...backupLines];
}

export function stressTable(run: StressRun, wanted: { rounds: number; mutants: number; backups: number }): string {
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
    ...(run.kill.failures.length + run.fuzz.failures.length + run.backups.failures.length > 0
      ? ['', 'Problemi trovati:', ...run.kill.failures, ...run.fuzz.failures, ...run.backups.failures].map((s) => `  ${s}`.trimEnd())
      : []),
  ].join('\n');
}
