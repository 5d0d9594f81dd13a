// `npm run stress` at CI size (issue 10): the kill loop and the importer fuzzer, with the zeros they promise.
// The full run (200 interruptions, 1.000 files) is `npm run stress`; its last table is in docs/reliability.md.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../db/tempFiles';
import { fuzzImporter } from './fuzz';
import { killLoop } from './killLoop';
import { stressLines, stressTable } from './stressTable';

const folder = tempFolder();
afterAll(() => folder.remove());
const wanted = { rounds: 6, mutants: 30 };
const SEED = 20240630;

describe('stress at CI size', () => {
  it('keeps every promise: nothing acknowledged lost, no damage, no crash, no hang, below 1 GB', async () => {
    const started = Date.now();
    const kill = await killLoop({ rounds: wanted.rounds, seed: SEED, workDir: fs.mkdtempSync(folder.file('k-')) });
    const fuzz = await fuzzImporter({ mutants: wanted.mutants, seed: SEED, workDir: fs.mkdtempSync(folder.file('f-')) });
    const run = { kill, fuzz, seed: SEED, minutes: (Date.now() - started) / 60_000 };
    const table = stressTable(run, wanted);
    console.log(table);
    expect(stressLines(run, wanted).filter((line) => !line.kept).map((line) => line.label), table).toEqual([]);
    expect(kill.acknowledged, 'the children did acknowledge work before being killed').toBeGreaterThan(0);
    expect(fuzz.byOutcome.rifiutato ?? 0, 'most mutants are refused').toBeGreaterThan(wanted.mutants / 2);
  }, 180_000);
});
