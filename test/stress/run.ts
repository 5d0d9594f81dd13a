/**
 * `npm run stress [-- --rounds 200 --mutants 1000 --seed N]`: the kill loop and the importer fuzzer, then one
 * table (stressTable.ts); exits 1 when a promise is not kept. Works in a temporary folder, data folder included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzzImporter } from './fuzz';
import { killLoop } from './killLoop';
import { stressLines, stressTable } from './stressTable';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`Valore non valido per --${name}: «${process.argv[at + 1]}» (un numero intero positivo).`);
    process.exit(2);
  }
  return value;
}

const wanted = { rounds: option('rounds', 200), mutants: option('mutants', 1000) };
const seed = option('seed', Math.floor(Math.random() * 1_000_000) + 1);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-stress-'));
process.env.PIRA_DESK_DATA_DIR = path.join(workDir, 'dati-utente');
const started = Date.now();
console.log(`Prova di resistenza: ${wanted.rounds} interruzioni e ${wanted.mutants} file all'importatore (seme ${seed}, cartella ${workDir}).`);
try {
  const kill = await killLoop({ rounds: wanted.rounds, seed, workDir: fs.mkdtempSync(path.join(workDir, 'k-')), log: console.log });
  const fuzz = await fuzzImporter({ mutants: wanted.mutants, seed, workDir: fs.mkdtempSync(path.join(workDir, 'f-')), log: console.log });
  const run = { kill, fuzz, seed, minutes: (Date.now() - started) / 60_000 };
  console.log(`\n${stressTable(run, wanted)}`);
  process.exitCode = stressLines(run, wanted).every((line) => line.kept) ? 0 : 1;
} finally {
  if (process.exitCode === 0) fs.rmSync(workDir, { recursive: true, force: true });
  else console.log(`I file dei problemi trovati restano in ${workDir}.`);
}
