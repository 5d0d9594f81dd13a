/**
 * Whole-process Excel figures of one workload through the bundled CLI (out/cli/main.js), every job alternated round
 * by round with the others: export .xlsx/.ods; import of the plan's own export (xlsx and ods, nothing changes), of a
 * workbook with 1% of the values changed, the dry run; a round of 12 workbooks imported at once and one of them
 * alone; and the yardsticks on the same files — the floor (zipFloor.mjs: zlib and a walk of every cell), SheetJS
 * alone, LibreOffice opening and saving the xlsx and the ods. The imports and exports whose memory the table judges
 * run once more after the timed rounds, with their process tree sampled (processRun.ts, treeMemory.ts).
 * Why: issue 21 states every target as a ratio to one of these, measured side by side in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { libreOfficeOpenSave } from './libreOffice';
import { alternate, runOnce, runSampledOnce, type RunStats } from './processRun';
import { prepareRound } from './roundWorkbooks';
import { median } from './timing';

const SHEETJS_ALONE = fileURLToPath(new URL('./sheetJsAlone.mjs', import.meta.url));
const ZIP_FLOOR = fileURLToPath(new URL('./zipFloor.mjs', import.meta.url));
const ROUND_PARTS = 12;

/** The figures `<label> <n> ms` printed by the runs of a job, round by round (Italian thousands dots removed). */
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
  importOds: RunStats;
  importOnePercent: RunStats;
  dryRun: RunStats;
  /** The 12 workbooks of a round imported together, and the first of them alone, each into a fresh copy. */
  roundAll: RunStats;
  roundOne: RunStats;
  /** The floor as a whole process (what an import is compared with), and its own clock (after Node started). */
  floorXlsx: RunStats;
  floorOds: RunStats;
  floorOwnMs: number[];
  /** Each dry run's own "lettura dei file" phase (`import --tempi`): from the command's start to the last workbook read by the guarded parse and back on the CLI's thread. */
  parseMs: number[];
  /** SheetJS alone on the same workbook in a fresh process (load, read, sheet_to_json of every sheet), its clock. */
  rawReadMs: number[];
  /** The same read repeated in an already warm process (what SheetJS costs once V8 has optimised it). */
  warmReadMs: number;
  libreOffice: RunStats | null;
  libreOfficeOds: RunStats | null;
  workbookMb: number;
}

export async function benchExchange(cli: string, workDir: string, dbPath: string, changedDbPath: string, codes: readonly string[], rounds: number, withLibreOffice: boolean): Promise<ExchangeFigures> {
  const pira = (...args: string[]) => runOnce(process.execPath, [cli, ...args]);
  // A command whose memory the table judges: timed in the rounds, then run once more with its process tree sampled.
  const piraJob = (...args: string[]) => ({ run: () => pira(...args), sampled: () => runSampledOnce(process.execPath, [cli, ...args]) });
  const node = (script: string, file: string) => () => runOnce(process.execPath, [script, file]);
  const at = (name: string) => path.join(workDir, name);
  const workbook = at('piano.xlsx');
  const odsWorkbook = at('piano.ods');
  const changedWorkbook = at('piano-1percento.xlsx');
  pira('export', '--db', dbPath, '--out', workbook);
  pira('export', '--db', dbPath, '--out', odsWorkbook);
  pira('export', '--db', changedDbPath, '--out', changedWorkbook);
  const round = prepareRound(pira, changedDbPath, codes, at('raccolta'), ROUND_PARTS);
  const freshCopy = (name: string) => () => {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(at(name) + suffix, { force: true });
    fs.copyFileSync(dbPath, at(name));
  };
  const removing = (name: string) => () => fs.rmSync(at(name), { force: true });
  const importing = (name: string, ...files: string[]) => ({ before: freshCopy(name), ...piraJob('import', '--db', at(name), ...files) });
  const libreOffice = withLibreOffice ? { xlsx: libreOfficeOpenSave(workbook, workDir), ods: libreOfficeOpenSave(odsWorkbook, workDir) } : null;
  const figures = await alternate(
    {
      exportXlsx: { before: removing('uscita.xlsx'), ...piraJob('export', '--db', dbPath, '--out', at('uscita.xlsx')) },
      exportOds: { before: removing('uscita.ods'), ...piraJob('export', '--db', dbPath, '--out', at('uscita.ods')) },
      importUnchanged: importing('invariato.pira', workbook),
      importOds: importing('invariato-ods.pira', odsWorkbook),
      importOnePercent: importing('cambiato.pira', changedWorkbook),
      dryRun: piraJob('import', '--db', dbPath, workbook, '--dry-run', '--tempi'),
      roundAll: importing('raccolta-intera.pira', ...round),
      roundOne: { before: freshCopy('raccolta-una.pira'), run: () => pira('import', '--db', at('raccolta-una.pira'), round[0]!) },
      floorXlsx: { run: node(ZIP_FLOOR, workbook) },
      floorOds: { run: node(ZIP_FLOOR, odsWorkbook) },
      sheetJsAlone: { run: node(SHEETJS_ALONE, workbook) },
      ...(libreOffice ? { libreOffice: libreOffice.xlsx, libreOfficeOds: libreOffice.ods } : {}),
    },
    rounds,
  );
  return {
    exportXlsx: figures.exportXlsx!,
    exportOds: figures.exportOds!,
    importUnchanged: figures.importUnchanged!,
    importOds: figures.importOds!,
    importOnePercent: figures.importOnePercent!,
    dryRun: figures.dryRun!,
    roundAll: figures.roundAll!,
    roundOne: figures.roundOne!,
    floorXlsx: figures.floorXlsx!,
    floorOds: figures.floorOds!,
    floorOwnMs: printedMs(figures.floorXlsx!.out, 'pavimento'),
    parseMs: printedMs(figures.dryRun!.out, 'lettura dei file'),
    rawReadMs: printedMs(figures.sheetJsAlone!.out, 'sheetjs'),
    warmReadMs: warmSheetJsRead(workbook, rounds),
    libreOffice: figures.libreOffice ?? null,
    libreOfficeOds: figures.libreOfficeOds ?? null,
    workbookMb: fs.statSync(workbook).size / 1024 / 1024,
  };
}
