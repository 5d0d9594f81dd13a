// Issue 19: running out of memory while parsing kills the parse process only. An ODS cell repeated a billion times
// made V8 abort the whole CLI (the worker thread's resourceLimits did not hold: a dictionary growing past the
// limit in one allocation aborts the process, nodejs/node#47224) and left its lock behind.
// Now the parse runs in a process of its own, capped; whatever ends it, the caller tells the user in Italian,
// releases its lock and leaves the plan file as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../db/fileLock';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { parseWorkbookInWorker } from './parseOne';
import { forkLauncher, useParseProcessLauncher } from '../../electron/exchange/parseProcess';
import { editZipXml } from './zipXml';
import { tempFolder } from '../db/tempFiles';
import { unbudgeted } from './unbudgetedLimits';
import { runTsx } from '../stress/runTsx';

const folder = tempFolder();
let ods: Buffer;
let planPath: string;
beforeAll(() => {
  planPath = folder.file('piano.pira');
  createSampleFile(planPath).close();
  const file = openPlanFile(planPath, { readonly: true });
  ods = exportPlanWorkbook(file, 1, 'ods', null).data;
  file.close();
});
afterAll(() => folder.remove());
afterEach(() => useParseProcessLauncher(forkLauncher));

/** The first cell holding text repeated `times` times (`attribute` as written). */
const repeated = (attribute: string) =>
  editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-cell(?=[^>]*office:value-type)/, `<table:table-cell ${attribute}`)]]));

const MEMORY = /^Il file richiede troppa memoria per essere letto: file troppo complesso o sospetto\./;

describe('a parse that runs out of memory', () => {
  it('ends its own process only, and the caller refuses the file in Italian', async () => {
    const bomb = repeated('table:number-columns-repeated="1000000000"');
    await expect(parseWorkbookInWorker(bomb, unbudgeted(128))).rejects.toMatchObject({ code: 'import-refused', message: expect.stringMatching(MEMORY) });
    // The same process goes on parsing (nothing of the dead parse is left behind).
    const read = await parseWorkbookInWorker(ods);
    expect(read.sheets.map((s) => s.name)).toContain('Indicatori');
  }, 180_000);

  it('is capped inside the parse process too when its launcher could not cap the heap (a worker thread with resourceLimits)', async () => {
    useParseProcessLauncher((entry) => forkLauncher(entry, []));
    const bomb = repeated('table:number-columns-repeated="1000000000"');
    await expect(parseWorkbookInWorker(bomb, unbudgeted(128))).rejects.toMatchObject({ message: expect.stringMatching(MEMORY) });
  }, 180_000);

  it('a parse process that dies for another reason is told in Italian too', async () => {
    useParseProcessLauncher((entry, heap) => {
      const child = forkLauncher(entry, heap);
      return { ...child, send: () => child.kill() };
    });
    await expect(parseWorkbookInWorker(ods)).rejects.toMatchObject({
      message: expect.stringMatching(/^La lettura del file si è interrotta in modo imprevisto \(segnale SIGKILL\): il file non è stato importato\.$/),
    });
  });
});

describe('the options the parse process is started with', () => {
  it('cap its heap and turn off inlining (a round\'s workbooks made TurboFan compile the same functions again and again)', async () => {
    const given: string[][] = [];
    useParseProcessLauncher((entry, options) => {
      given.push(options);
      return forkLauncher(entry, options);
    });
    const read = await parseWorkbookInWorker(ods);
    expect(read.sheets.map((s) => s.name)).toContain('Indicatori');
    expect(given).toHaveLength(1);
    expect(given[0]).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/), '--no-turbo-inlining']));
  });
});

describe('the CLI given the workbook that used to kill it', () => {
  it('refuses it in Italian, releases its lock and leaves the plan file byte for byte', async () => {
    const workbook = folder.file('ripetizione.ods');
    fs.writeFileSync(workbook, repeated('table:number-columns-repeated="1000000000.5"'));
    const before = fs.readFileSync(planPath);
    const result = await runTsx(path.join('electron', 'cli', 'main.ts'), ['import', '--db', planPath, workbook], { timeoutMs: 170_000 });
    expect(result.signal, result.stderr.slice(-1500)).toBeNull();
    expect(result.code, result.stderr.slice(-1500)).toBe(1);
    expect(result.stderr).toMatch(/^Errore: (Il|La) .*Il file del piano non è stato modificato\.\n$/s);
    expect(result.stderr).not.toMatch(/heap|memory|FATAL|Allocation|GC/);
    expect(fs.existsSync(lockPathOf(planPath))).toBe(false);
    expect(fs.readFileSync(planPath).equals(before)).toBe(true);
  }, 180_000);
});
