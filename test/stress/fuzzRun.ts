/**
 * `npm run fuzz [-- --files 1000 --minutes 60 --seed N]`: the importer fuzzer alone (fuzz.ts), bounded by a number
 * of files and a time budget, then its table (fuzzTable.ts); exits 1 when a promise is not kept, leaving the files
 * of the problems in its work folder. Works in a temporary folder, data folder included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzzImporter } from './fuzz';
import { fuzzPromises, fuzzTable } from './fuzzTable';
import { numberOption } from './runOptions';

const files = numberOption('files', 1000);
const minutes = numberOption('minutes', 60);
const seed = numberOption('seed', Math.floor(Math.random() * 1_000_000) + 1);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-fuzz-'));
process.env.PIRA_DESK_DATA_DIR = path.join(workDir, 'dati-utente');
console.log(`Prova dell'importatore: ${files} file al più, ${minutes} minuti al più (seme ${seed}, cartella ${workDir}).`);
const report = await fuzzImporter({ files, seed, maxMinutes: minutes, workDir, log: console.log });
console.log(`\n${fuzzTable(report, files, seed)}`);
const kept = fuzzPromises(report, files).every((p) => p.kept);
if (kept) fs.rmSync(workDir, { recursive: true, force: true });
else console.log(`I file dei problemi trovati restano in ${workDir}.`);
process.exitCode = kept ? 0 : 1;
