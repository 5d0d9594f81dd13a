// `npm run stress` at CI size (issues 10, 19 and 22): the kill loop, the importer fuzzer and the backup scenario,
// with the zeros they promise. The fuzzer meets every family of mutants twice at least (fuzzTable.ts prints them);
// the full runs are `npm run stress` (200 interruptions, 1.000 files) and `npm run fuzz`; their last tables are in
// docs/reliability.md.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../db/tempFiles';
import { backupScenario } from './backupScenario';
import { fuzzImporter } from './fuzz';
import { fuzzTable } from './fuzzTable';
import { killLoop } from './killLoop';
import { FAMILIES } from './mutations';
import { stressLines, stressTable } from './stressTable';

const folder = tempFolder();
afterAll(() => folder.remove());
const wanted = { rounds: 6, mutants: 2 * (FAMILIES.length + 1), backups: 40 };
const SEED = 20240630;

describe('stress at CI size', () => {
  it('keeps every promise: nothing acknowledged lost, no damage, no crash, no hang, below 1 GB, Italian only', async () => {
    const started = Date.now();
    const kill = await killLoop({ rounds: wanted.rounds, seed: SEED, workDir: fs.mkdtempSync(folder.file('k-')) });
    const fuzz = await fuzzImporter({ files: wanted.mutants, seed: SEED, maxMinutes: 8, workDir: fs.mkdtempSync(folder.file('f-')) });
    const backups = await backupScenario({ steps: wanted.backups, seed: SEED, workDir: fs.mkdtempSync(folder.file('b-')) });
    const run = { kill, fuzz, backups, seed: SEED, minutes: (Date.now() - started) / 60_000 };
    const table = `${stressTable(run, wanted)}\n\n${fuzzTable(fuzz, wanted.mutants, SEED)}`;
    console.log(table);
    expect(stressLines(run, wanted).filter((line) => !line.kept).map((line) => line.label), table).toEqual([]);
    expect(kill.acknowledged, 'the children did acknowledge work before being killed').toBeGreaterThan(0);
    expect(Object.keys(fuzz.families), 'every family was tried').toHaveLength(FAMILIES.length + 1);
    expect(fuzz.outcomes.rifiutato, 'most mutants are refused').toBeGreaterThan(wanted.mutants / 3);
    expect([backups.imports, backups.undos, backups.restores, backups.clockJumps].every((n) => n > 0), 'the backup scenario ran every kind of step').toBe(true);
  }, 600_000);
});
