// Issue 21: the files of one import (a round's dozen workbooks) are read one after another by the same parse
// process, instead of a process started for each (a dozen starts were most of the reading). A process that ran out
// of memory or did not answer in time is never given another file: the next file gets a new process.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { readAtMost } from '../../electron/exchange/boundedRead';
import { tooLargeMessage } from '../../electron/exchange/importRefused';
import { startImportParsing } from '../../electron/exchange/importParsing';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { ParseSession } from '../../electron/exchange/parseInWorker';
import { forkLauncher, useParseProcessLauncher } from '../../electron/exchange/parseProcess';
import { editZipXml } from './zipXml';
import { zipFrom } from './fixtures';
import { handWrittenOds } from './handWrittenOds';
import { utilityProcessLauncher, type UtilityChild } from '../../electron/main/parseProcessLauncher';
import type { WorkerReply } from '../../electron/exchange/workerProtocol';
import { tempFolder } from '../db/tempFiles';
import { unbudgeted } from './unbudgetedLimits';

const folder = tempFolder();
let xlsx: Buffer;
let ods: Buffer;
beforeAll(() => {
  const planPath = folder.file('piano.pira');
  createSampleFile(planPath).close();
  const file = openPlanFile(planPath, { readonly: true });
  xlsx = exportPlanWorkbook(file, 1, 'xlsx', null).data;
  ods = exportPlanWorkbook(file, 1, 'ods', null).data;
  file.close();
});
afterAll(() => folder.remove());
afterEach(() => useParseProcessLauncher(forkLauncher));

/** Counts the parse processes started from now on. */
function countStarts(): { readonly count: number } {
  const counter = { count: 0 };
  useParseProcessLauncher((entry, heap) => {
    counter.count++;
    return forkLauncher(entry, heap);
  });
  return counter;
}

const sheetNames = (read: { sheets: { name: string }[] }) => read.sheets.map((s) => s.name);

describe('the files of one import', () => {
  it('are read one after another by one parse process, each with its own cells', async () => {
    const starts = countStarts();
    const files = await startImportParsing([
      { fileName: 'a.xlsx', bytes: xlsx },
      { fileName: 'b.ods', bytes: ods },
      { fileName: 'c.xlsx', bytes: xlsx },
    ]).files;
    expect(starts.count).toBe(1);
    expect(files.map((f) => f.fileName)).toEqual(['a.xlsx', 'b.ods', 'c.xlsx']);
    expect(files[0]!.workbook).toEqual(files[2]!.workbook);
    expect(sheetNames(files[1]!.workbook)).toEqual(sheetNames(files[0]!.workbook));
  });

  it('say when the first file has reached the parse process, before it is read (the CLI reads the plan meanwhile)', async () => {
    const events: string[] = [];
    const parsing = startImportParsing([{ fileName: 'a.xlsx', bytes: xlsx }]);
    const done = Promise.all([parsing.handedOver.then(() => events.push('handed over')), parsing.files.then(() => events.push('read'))]);
    await done;
    expect(events).toEqual(['handed over', 'read']);
  });

  it('say so too when the launcher never confirms the sending, or the file is refused before it', async () => {
    useParseProcessLauncher((entry, heap) => ({ ...forkLauncher(entry, heap), send: () => undefined }));
    const silent = startImportParsing([{ fileName: 'a.xlsx', bytes: xlsx }], { ...DEFAULT_LIMITS, timeoutMs: 200 });
    await expect(silent.files).rejects.toThrow(/tempo massimo/);
    await silent.handedOver;
    const refused = startImportParsing([{ fileName: 'vuoto.xlsx', bytes: Buffer.alloc(0) }]);
    await expect(refused.files).rejects.toThrow('Il file è vuoto.');
    await refused.handedOver;
  });

  it('cancelled (the CLI ended before it needed them), stop the process at once and start none for the next file', async () => {
    let started = 0;
    let killed = 0;
    useParseProcessLauncher((entry, heap) => {
      started++;
      const child = forkLauncher(entry, heap);
      return { ...child, kill: () => (killed++, child.kill()) };
    });
    const parsing = startImportParsing([
      { fileName: 'a.xlsx', bytes: xlsx },
      { fileName: 'b.xlsx', bytes: xlsx },
    ]);
    parsing.cancel();
    await expect(parsing.files).rejects.toThrow('«a.xlsx»: La lettura dei file è stata interrotta: il file non è stato importato.');
    expect({ started, killed }).toEqual({ started: 1, killed: 1 });
  });

  it('a refused file is named, and the reading stops there', async () => {
    await expect(
      startImportParsing([
        { fileName: 'a.xlsx', bytes: xlsx },
        { fileName: 'vuoto.xlsx', bytes: Buffer.alloc(0) },
      ]).files,
    ).rejects.toMatchObject({ message: '«vuoto.xlsx»: Il file è vuoto.' });
  });
});

describe('files given by their path (the CLI: the parse process reads them itself)', () => {
  it('are read as their bytes would be, one after another with files given by their bytes', async () => {
    const onDisk = folder.file('piano.xlsx');
    fs.writeFileSync(onDisk, xlsx);
    const files = await startImportParsing([
      { fileName: 'a.xlsx', path: onDisk, size: xlsx.byteLength },
      { fileName: 'b.ods', bytes: ods },
    ]).files;
    expect(files[0]!.workbook).toEqual((await startImportParsing([{ fileName: 'a.xlsx', bytes: xlsx }]).files)[0]!.workbook);
    expect(sheetNames(files[1]!.workbook)).toEqual(sheetNames(files[0]!.workbook));
  });

  it('are refused in Italian when the file changed after it was checked: grown past the limit, emptied, gone', async () => {
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1000 };
    const grown = folder.file('cresciuto.xlsx');
    fs.writeFileSync(grown, xlsx);
    await expect(startImportParsing([{ fileName: 'cresciuto.xlsx', path: grown, size: 10 }], limits).files).rejects.toThrow(tooLargeMessage(1001, 1000));
    const emptied = folder.file('svuotato.xlsx');
    fs.writeFileSync(emptied, '');
    await expect(startImportParsing([{ fileName: 'svuotato.xlsx', path: emptied, size: 10 }]).files).rejects.toThrow(/^Il file è vuoto\.$/);
    await expect(startImportParsing([{ fileName: 'sparito.xlsx', path: folder.file('sparito.xlsx'), size: 10 }]).files).rejects.toThrow(/^Il file o la cartella «.*sparito\.xlsx» non esiste\.$/);
  });
});

describe('readAtMost', () => {
  it('reads a file whole up to the limit, and answers null past it', () => {
    const file = folder.file('dieci.bin');
    fs.writeFileSync(file, Buffer.alloc(10, 7));
    expect(readAtMost(file, 10)).toEqual(Buffer.alloc(10, 7));
    expect(readAtMost(file, 9)).toBeNull();
  });
});

describe('files asked for together', () => {
  it('are all handed to the parse process at once, before its first reply: it never waits for this thread between files', async () => {
    const sentBeforeReply: number[] = [];
    let sent = 0;
    let messages = 0;
    useParseProcessLauncher((entry, heap) => {
      const child = forkLauncher(entry, heap);
      return {
        ...child,
        send: (batch, done) => ((sent += batch.files.length), messages++, child.send(batch, done)),
        onReply: (listener) => child.onReply((reply) => (sentBeforeReply.push(sent), listener(reply))),
      };
    });
    const files = await startImportParsing([
      { fileName: 'a.xlsx', bytes: xlsx },
      { fileName: 'b.ods', bytes: ods },
      { fileName: 'c.xlsx', bytes: xlsx },
    ]).files;
    expect(sentBeforeReply).toEqual([3, 3, 3]);
    expect(messages).toBe(1);
    expect(files.map((f) => sheetNames(f.workbook)[0])).toEqual(['Piano', 'Piano', 'Piano']);
  });

  it('are answered in order even when the first is left to SheetJS, loaded meanwhile (the next must not overtake it)', async () => {
    const twoNames = handWrittenOds().find((c) => c.name === 'two sheets with one name')!;
    const session = new ParseSession();
    try {
      const [first, second] = await Promise.all([session.read(zipFrom(twoNames.entries)), session.read(xlsx)]);
      expect(sheetNames(first).length).toBe(2);
      expect(sheetNames(second)).toContain('Indicatori');
    } finally {
      session.close();
    }
  });

  it('after one that kills the process, the others are read by a new process, each with its own cells', async () => {
    const bomb = editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-cell(?=[^>]*office:value-type)/, '<table:table-cell table:number-columns-repeated="1000000000"')]]));
    const starts = countStarts();
    const session = new ParseSession(unbudgeted(128));
    try {
      const reads = [session.read(xlsx), session.read(bomb), session.read(ods)];
      for (const read of reads) read.catch(() => undefined);
      expect(sheetNames(await reads[0]!)).toContain('Indicatori');
      await expect(reads[1]).rejects.toMatchObject({ message: expect.stringMatching(/^Il file richiede troppa memoria/) });
      expect(await reads[2]).toEqual((await startImportParsing([{ fileName: 'b.ods', bytes: ods }]).files)[0]!.workbook);
      expect(starts.count).toBe(3); // the session's two, and the reference reading's own
    } finally {
      session.close();
    }
  }, 180_000);

  it('after a refusal, the process still reading the next ones is stopped, not left to finish them', async () => {
    let released = 0;
    let killed = 0;
    useParseProcessLauncher(() => {
      let replies: ((reply: WorkerReply) => void)[] = [];
      let requests = 0;
      return {
        // The first file is refused at once; the second is still being read when the session closes.
        send: (_request, sent) => {
          sent?.();
          if (++requests === 1) setImmediate(() => replies.forEach((reply) => reply({ ok: false, message: 'rifiutato' })));
        },
        onReply: (listener) => (replies = [...replies, listener]),
        onEnd: () => undefined,
        kill: () => killed++,
        release: () => released++,
      };
    });
    await expect(
      startImportParsing([
        { fileName: 'a.xlsx', bytes: xlsx },
        { fileName: 'b.xlsx', bytes: xlsx },
      ]).files,
    ).rejects.toMatchObject({ message: '«a.xlsx»: rifiutato' });
    expect({ released, killed }).toEqual({ released: 0, killed: 1 });
  });
});

describe('a session whose process ended', () => {
  it('after running out of memory gives the next file a new process', async () => {
    const bomb = editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-cell(?=[^>]*office:value-type)/, '<table:table-cell table:number-columns-repeated="1000000000"')]]));
    const starts = countStarts();
    const session = new ParseSession(unbudgeted(128));
    try {
      await expect(session.read(bomb)).rejects.toMatchObject({ message: expect.stringMatching(/^Il file richiede troppa memoria/) });
      expect(sheetNames(await session.read(xlsx))).toContain('Indicatori');
      expect(starts.count).toBe(2);
    } finally {
      session.close();
    }
  }, 180_000);

  it('after the time limit is stopped, and the next file gets a new process', async () => {
    let started = 0;
    let stopped = 0;
    useParseProcessLauncher((entry, heap) => {
      const child = forkLauncher(entry, heap);
      // The first process never receives its file, so it never answers.
      const first = ++started === 1;
      return { ...child, send: first ? () => undefined : child.send, kill: () => (stopped++, child.kill()) };
    });
    // Long enough for the second process to read the sample even on a loaded machine.
    const session = new ParseSession({ ...DEFAULT_LIMITS, timeoutMs: 5000 });
    try {
      await expect(session.read(xlsx)).rejects.toMatchObject({ message: expect.stringMatching(/^La lettura del file ha superato il tempo massimo/) });
      expect(stopped).toBe(1);
      expect(sheetNames(await session.read(xlsx))).toContain('Indicatori');
      expect(started).toBe(2);
    } finally {
      session.close();
    }
  }, 30_000);
});

/** A stand-in for Electron's utility process that answers each request with the next reply. */
class FakeUtility extends EventEmitter implements UtilityChild {
  stderr = null;
  killed = 0;
  constructor(private readonly replies: WorkerReply[]) {
    super();
  }
  postMessage(): void {
    const reply = this.replies.shift()!;
    setImmediate(() => this.emit('message', reply));
  }
  kill(): boolean {
    this.killed++;
    return true;
  }
}

describe("the desktop app's utility process", () => {
  it('answers each file of the session in turn, and is stopped when the session closes', async () => {
    const fake = new FakeUtility([
      { ok: false, message: 'primo' },
      { ok: false, message: 'secondo' },
    ]);
    useParseProcessLauncher(utilityProcessLauncher(() => fake));
    const session = new ParseSession();
    await expect(session.read(xlsx)).rejects.toMatchObject({ message: 'primo' });
    await expect(session.read(xlsx)).rejects.toMatchObject({ message: 'secondo' });
    expect(fake.killed).toBe(0);
    session.close();
    expect(fake.killed).toBe(1);
  });
});
