/**
 * `node zipFloor.mjs FILE.xlsx|FILE.ods`: the floor of issue 21 in a fresh process, as every import starts one —
 * reads the file, inflates its cell parts with node:zlib and walks every cell and shared string (zipFloorWalk.mjs).
 * Prints `pavimento <ms> ms, <n> celle, <n> valori, <n> testi condivisi`.
 * Why: the bench holds `pira import` to a ratio of this, measured in the same run and alternated with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkWorkbook } from './zipFloorWalk.mjs';

const start = performance.now();
const file = process.argv[2];
const seen = walkWorkbook(fs.readFileSync(file), path.extname(file).slice(1).toLowerCase());
const ms = Math.round(performance.now() - start);
console.log(`pavimento ${ms} ms, ${seen.cells} celle, ${seen.values} valori, ${seen.strings} testi condivisi`);
