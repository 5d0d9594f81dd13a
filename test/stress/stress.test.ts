// `npm run stress` at CI size (issues 10 and 22): the kill loop, the importer fuzzer and the backup scenario, with
// the zeros they promise.
// The full run (200 interruptions, 1.000 files) is `npm run stress`; its last table is in docs/reliability.md.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../db/tempFiles';
import { backupScenario } from './backupScenario';
import { fuzzImporter } from './fuzz';
import { killLoop } from './killLoop';
import { stressLines, stressTable } from './stressTable';

const folder = tempFolder();
afterAll(() => folder.remove());
const wanted = { rounds: 6, mutants: 30, backups: 40 };
const SEED = 20240630;

describe('stress at CI size', () => {
  it('keeps every promise: nothing acknowledged lost, no damage, no crash, no hang, below 1 GB', async () => {
    const started = Date.now();
    const kill = await killLoop({ rounds: wanted.rounds, seed: SEED, workDir: fs.mkdtempSync(folder.file('k-')) });
    const fuzz = await fuzzImporter({ mutants: wanted.mutants, seed: SEED, workDir: fs.mkdtempSync(folder.file('f-')) });
    const backups = await backupScenario({ steps: wanted.backups, seed: SEED, workDir: fs.mkdtempSync(folder.file('b-')) });
    const run = { kill, fuzz, backups, seed: SEED, minutes: (Date.now() - started) / 60_000 };
    const table = stressTable(run, wanted);
    console.log(table);
    expect(stressLines(run, wanted).filter((line) => !line.kept).map((line) => line.label), table).toEqual([]);
    expect(kill.acknowledged, 'the children did acknowledge work before being killed').toBeGreaterThan(0);
    expect(fuzz.byOutcome.rifiutato ?? 0, 'most mutants are refused').toBeGreaterThan(wanted.mutants / 2);
    expect([backups.imports, backups.undos, backups.restores, backups.clockJumps].every((n) => n > 0), 'the backup scenario ran every kind of step').toBe(true);
  }, 300_000);
});
