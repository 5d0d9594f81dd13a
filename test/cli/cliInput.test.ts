// Issue 10, defects 7 and 8 on the command line: the input file is checked before it is read (a huge sparse
// file, /dev/zero, a FIFO and a folder are refused at once, in Italian), `… | head` ends quietly, and
// file-system errors (EISDIR, ENOENT on an output folder) are told in Italian.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, createSampleFile } from '../../db/planFile';
import { scaledSample } from '../bench/scaledPlan';
import { tempFolder } from '../db/tempFiles';
import { REPO_ROOT, runTsx } from '../stress/runTsx';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
const CLI = path.join('electron', 'cli', 'main.ts');

function samplePlan(name: string): string {
  const file = folder.file(name);
  createSampleFile(file).close();
  return file;
}

const ENGLISH = /\b(EISDIR|ENOENT|EACCES|EPIPE|illegal|operation|directory|permission|denied)\b/;

describe('the input of import is checked before it is read', () => {
  it('refuses a 1,5 GB sparse file from its size, without reading it', async () => {
    const plan = samplePlan('piano.pira');
    const sparse = folder.file('enorme.xlsx');
    fs.writeFileSync(sparse, '');
    fs.truncateSync(sparse, 1536 * 1024 * 1024);
    const rssBefore = process.resourceUsage().maxRSS;
    const result = await cli('import', '--db', plan, sparse, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Il file è troppo grande \(1\.536 MB\): il limite è 20 MB\./);
    expect(process.resourceUsage().maxRSS - rssBefore).toBeLessThan(200 * 1024); // KB: nothing near 1,5 GB
  });

  it('refuses /dev/zero and a FIFO at once instead of reading forever', async () => {
    const plan = samplePlan('piano-dev.pira');
    const fifo = folder.file('tubo.xlsx');
    execFileSync('mkfifo', [fifo]);
    for (const input of ['/dev/zero', fifo]) {
      const result = await runTsx(CLI, ['import', '--db', plan, input, '--dry-run'], { timeoutMs: 30_000 });
      expect(result.signal, `${input} non deve restare appeso`).toBeNull();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/non è un file su disco \(è una pipe, un dispositivo o un socket\)/);
    }
  });

  it('tells a folder given as input, a missing input and a missing output folder in Italian', async () => {
    const plan = samplePlan('piano-cartelle.pira');
    const dir = folder.file('cartella.xlsx');
    fs.mkdirSync(dir);
    const cases: [string[], RegExp][] = [
      [['import', '--db', plan, dir, '--dry-run'], /è una cartella, non un file/],
      [['import', '--db', plan, folder.file('manca.xlsx'), '--dry-run'], /Il file da importare «.+manca\.xlsx» non esiste/],
      [['score', '--db', dir], /«cartella\.xlsx» è una cartella, non un file di PIRA Desk/],
      [['export', '--db', plan, '--out', folder.file('manca/piano.xlsx')], /Il file o la cartella «.+manca\/piano\.xlsx» non esiste/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(ENGLISH);
      expect(result.err).not.toMatch(/interno imprevisto/);
    }
  });
});

describe('output into a pipe that closes early (… | head)', () => {
  it('ends quietly, with no EPIPE stack trace', async () => {
    const plan = folder.file('grande.pira');
    createPlanFile(plan, [scaledSample(20)]).close();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'score', '--db', plan], { cwd: REPO_ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // like `head -c 1`
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
