/**
 * `npm run stress [-- --rounds 200 --mutants 1000 --backups 300 --seed N]`: the kill loop, the importer fuzzer and
 * the backup scenario, then the tables (stressTable.ts, fuzzTable.ts); exits 1 when a promise is not kept. Works in
 * a temporary folder, data folder included. `--only backups` runs the backup scenario alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupScenario } from './backupScenario';
import { fuzzImporter } from './fuzz';
import { killLoop } from './killLoop';
import { fuzzTable } from './fuzzTable';
import { numberOption } from './runOptions';
import { stressLines, stressTable } from './stressTable';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only !== null && only !== 'backups') {
  console.error(`Valore non valido per --only: «${only}» (solo «backups»).`);
  process.exit(2);
}
const wanted = {
  rounds: only ? 0 : numberOption('rounds', 200),
  mutants: only ? 0 : numberOption('mutants', 1000),
  backups: numberOption('backups', 300),
};
const seed = numberOption('seed', Math.floor(Math.random() * 1_000_000) + 1);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-stress-'));
process.env.PIRA_DESK_DATA_DIR = path.join(workDir, 'dati-utente');
const started = Date.now();
console.log(
  `Prova di resistenza: ${wanted.rounds} interruzioni, ${wanted.mutants} file all'importatore, ${wanted.backups} passi sulle copie di sicurezza (seme ${seed}, cartella ${workDir}).`,
);
try {
  const kill = await killLoop({ rounds: wanted.rounds, seed, workDir: fs.mkdtempSync(path.join(workDir, 'k-')), log: console.log });
  const fuzz = await fuzzImporter({ files: wanted.mutants, seed, workDir: fs.mkdtempSync(path.join(workDir, 'f-')), log: console.log });
  process.env.PIRA_DESK_DATA_DIR = path.join(workDir, 'dati-copie');
  const backups = await backupScenario({ steps: wanted.backups, seed, workDir: fs.mkdtempSync(path.join(workDir, 'b-')), log: console.log });
  const run = { kill, fuzz, backups, seed, minutes: (Date.now() - started) / 60_000 };
  console.log(`\n${stressTable(run, wanted)}${only ? '' : `\n\n${fuzzTable(fuzz, wanted.mutants, seed)}`}`);
  process.exitCode = stressLines(run, wanted).every((line) => line.kept) ? 0 : 1;
} finally {
  if (process.exitCode === 0) fs.rmSync(workDir, { recursive: true, force: true });
  else console.log(`I file dei problemi trovati restano in ${workDir}.`);
}
