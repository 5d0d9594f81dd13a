/**
 * Whole-process Excel figures of one workload through the bundled CLI (out/cli/main.js): export .xlsx/.ods,
 * import of the plan's own export (nothing changes), of a workbook with 1% of the values changed, the dry run,
 * and beside them LibreOffice opening and saving the same workbook, runs alternated.
 * Why: the import must beat the office suite on the file the user actually receives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libreOfficeOpenSave } from './libreOffice';
import XLSX from 'xlsx';
import { alternate, runOnce, type RunStats } from './processRun';
import { median } from './timing';

const SHEETJS_ALONE = fileURLToPath(new URL('./sheetJsAlone.mjs', import.meta.url));

/** The figures `<label> <n> ms` printed by the runs of a job, as numbers (Italian thousands dots removed). */
function printedMs(out: string, label: string): number[] {
  return [...out.matchAll(new RegExp(`${label} ([\\d.]+) ms`, 'g'))].map((m) => Number(m[1]!.replace(/\./g, '')));
}

/** SheetJS reading the workbook again and again in this process, already loaded and optimised by V8. */
function warmSheetJsRead(workbook: string, rounds: number): number {
  const bytes = fs.readFileSync(workbook);
  const times = Array.from({ length: rounds }, () => {
    const start = performance.now();
    const book = XLSX.read(bytes, { type: 'buffer' });
    for (const name of book.SheetNames) XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1 });
    return performance.now() - start;
  });
  return median(times);
}

export interface ExchangeFigures {
  exportXlsx: RunStats;
  exportOds: RunStats;
  importUnchanged: RunStats;
  importOnePercent: RunStats;
  dryRun: RunStats;
  /** Median of the dry runs' own "lettura dei file" phase (`import --tempi`): the guarded parse in its process. */
  parseMs: number;
  /** SheetJS alone on the same workbook in a fresh process (load, read, sheet_to_json of every sheet): the floor. */
  rawReadMs: number;
  /** The same read repeated in an already warm process (what SheetJS costs once V8 has optimised it). */
  warmReadMs: number;
  libreOffice: RunStats | null;
  workbookMb: number;
}

export function benchExchange(cli: string, workDir: string, dbPath: string, changedDbPath: string, rounds: number, withLibreOffice: boolean): ExchangeFigures {
  const pira = (...args: string[]) => runOnce(process.execPath, [cli, ...args]);
  const at = (name: string) => path.join(workDir, name);
  const workbook = at('piano.xlsx');
  const changedWorkbook = at('piano-1percento.xlsx');
  pira('export', '--db', dbPath, '--out', workbook);
  pira('export', '--db', changedDbPath, '--out', changedWorkbook);
  const freshCopy = (name: string) => () => {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(at(name) + suffix, { force: true });
    fs.copyFileSync(dbPath, at(name));
  };
  const removing = (name: string) => () => fs.rmSync(at(name), { force: true });
  const libreOffice = withLibreOffice ? libreOfficeOpenSave(workbook, workDir) : null;
  const figures = alternate(
    {
      exportXlsx: { before: removing('uscita.xlsx'), run: () => pira('export', '--db', dbPath, '--out', at('uscita.xlsx')) },
      exportOds: { before: removing('uscita.ods'), run: () => pira('export', '--db', dbPath, '--out', at('uscita.ods')) },
      importUnchanged: { before: freshCopy('invariato.pira'), run: () => pira('import', '--db', at('invariato.pira'), workbook) },
      importOnePercent: { before: freshCopy('cambiato.pira'), run: () => pira('import', '--db', at('cambiato.pira'), changedWorkbook) },
      dryRun: { run: () => pira('import', '--db', dbPath, workbook, '--dry-run', '--tempi') },
      sheetJsAlone: { run: () => runOnce(process.execPath, [SHEETJS_ALONE, workbook]) },
      ...(libreOffice ? { libreOffice } : {}),
    },
    rounds,
  );
  return {
    exportXlsx: figures.exportXlsx!,
    exportOds: figures.exportOds!,
    importUnchanged: figures.importUnchanged!,
    importOnePercent: figures.importOnePercent!,
    dryRun: figures.dryRun!,
    parseMs: median(printedMs(figures.dryRun!.out, 'lettura dei file')),
    rawReadMs: median(printedMs(figures.sheetJsAlone!.out, 'sheetjs')),
    warmReadMs: warmSheetJsRead(workbook, rounds),
    libreOffice: figures.libreOffice ?? null,
    workbookMb: fs.statSync(workbook).size / 1024 / 1024,
  };
}
