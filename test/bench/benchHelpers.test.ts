// The bench's pure helpers: the floor's walk of a workbook's cells (zipFloorWalk.mjs) counts what a small workbook
// written by SheetJS holds, stored or deflated, xlsx or ods; the spread of a figure and of a ratio is written as
// the table prints it; the memory of a process tree is summed at one instant (treeMemory.ts), not peak by peak.
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { formatFigure } from './benchTable';
import { peakAtOnceKb, runSampledOnce } from './processRun';
import { ratioSpread, spreadOf } from './timing';
import { treeRssKb, type ProcReader } from './treeMemory';
import { decodeXml, walkWorkbook, zipEntries } from './zipFloorWalk.mjs';

const ROWS = [
  ['Codice', 'Valore'],
  ['A&B', 3.5],
  ['<x>', 'Codice'],
];

function workbook(bookType: 'xlsx' | 'ods', compression: boolean): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ROWS), 'Uno');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['solo']]), 'Due');
  return XLSX.write(book, { type: 'buffer', bookType, bookSST: true, compression }) as Buffer;
}

describe('the floor walk', () => {
  it.each([false, true])('reads every cell and shared string of an xlsx (deflated: %s)', (compression) => {
    const bytes = workbook('xlsx', compression);
    const methods = [...zipEntries(bytes).values()].map((e) => e.method);
    expect(methods.every((m) => m === (compression ? 8 : 0))).toBe(true);
    const seen = walkWorkbook(bytes, 'xlsx');
    expect(seen).toMatchObject({ cells: 7, values: 7, strings: 5 });
  });

  it('reads every cell of an ods, numbers from their attribute and texts decoded', () => {
    const seen = walkWorkbook(workbook('ods', true), 'ods');
    expect(seen.values).toBe(7);
    expect(seen.chars).toBe('Codice'.length + 'Valore'.length + 'A&B'.length + '3.5'.length + '<x>'.length + 'Codice'.length + 'solo'.length);
  });

  it('decodes named and numeric entities', () => {
    expect(decodeXml('a &amp; b &lt;c&gt; &#233;&#x20AC; &quot;&apos;')).toBe('a & b <c> é€ "\'');
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => zipEntries(Buffer.from('non è uno zip, solo testo abbastanza lungo'))).toThrow('non è un archivio zip');
  });
});

describe('the spread of a figure', () => {
  it('writes the extremes on the scale of the median', () => {
    expect(formatFigure(spreadOf([1100, 1450, 1200]), 'ms')).toBe('1,20 s (1,10–1,45)');
    expect(formatFigure(spreadOf([790, 1010, 820]), 'ms')).toBe('820 ms (790–1.010)');
    expect(formatFigure(1234.5, 'ms')).toBe('1,23 s');
    expect(formatFigure(null, 'ms')).toBe('—');
  });

  it('takes a ratio of the medians, with the extremes of each round’s ratio', () => {
    const spread = ratioSpread([2, 4, 6], [1, 1, 3]);
    expect(spread).toEqual({ median: 4, min: 2, max: 4 });
    expect(formatFigure(ratioSpread([3, 3.3], [2, 2]), '×')).toBe('1,58× (1,50–1,65)');
  });
});

describe('the peak memory of a command and the processes it starts', () => {
  it('adds up only the processes alive at the same moment', () => {
    // The CLI (100 KB) from 0 to 100 ms; a parse process started with it, then two others one after the other.
    const processes = [
      [0, 100, 100],
      [5, 30, 50],
      [40, 60, 70],
      [61, 90, 60],
    ] as const;
    expect(peakAtOnceKb(processes)).toBe(170);
    expect(peakAtOnceKb([...processes, [45, 55, 1]])).toBe(171);
    expect(peakAtOnceKb([])).toBe(0);
  });
});

describe('what a process tree holds at once', () => {
  it('adds up the root and every descendant still alive, through the children of every thread', () => {
    // 1 started 2 and 3; 2 started 4; 3 has ended (its entry lingers in 1's list); 4 also lists 1 (never twice).
    const tree: Record<number, { kb: number | null; children: number[] }> = {
      1: { kb: 100, children: [2, 3] },
      2: { kb: 50, children: [4] },
      3: { kb: null, children: [] },
      4: { kb: 7, children: [1] },
    };
    const proc: ProcReader = { children: (pid) => tree[pid]?.children ?? [], rssKb: (pid) => tree[pid]?.kb ?? null };
    expect(treeRssKb(1, proc)).toEqual({ kb: 157, processes: 3 });
    expect(treeRssKb(2, proc)).toEqual({ kb: 157, processes: 3 });
    expect(treeRssKb(3, proc)).toEqual({ kb: 0, processes: 0 });
  });

  it.runIf(process.platform === 'linux')('sees a child’s memory, and not a peak the parent left behind before the child started', async () => {
    // The parent fills 100 MB, lets it go, then starts a child that fills 300 MB. They never held 400 MB above
    // Node itself at once, which is what the sum of their peaks (or of their high-water marks) says.
    const MB = 2 ** 20;
    const child = `const b = Buffer.alloc(${300 * MB}, 1); setTimeout(() => b.length, 400);`;
    const parent = `let a = Buffer.alloc(${100 * MB}, 1);
      setTimeout(() => {
        a = null;
        globalThis.gc();
        setTimeout(() => require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }), 200);
      }, 400);`;
    const run = await runSampledOnce(process.execPath, ['--expose-gc', '-e', parent]);
    expect(run.samples).toBeGreaterThan(20);
    expect(run.heldMb).toBeGreaterThan(300);
    expect(run.peakMb).toBeGreaterThan(400);
    // Node's own memory is counted in both; the parent's 100 MB only in the sum of peaks.
    expect(run.heldMb!).toBeLessThan(run.peakMb! - 60);
  }, 30_000);
});
