/**
 * Whole-process Excel figures of one workload through the bundled CLI (out/cli/main.js): export .xlsx/.ods,
 * import of the plan's own export (nothing changes), of a workbook with 1% of the values changed, the dry run,
 * and beside them LibreOffice opening and saving the same workbook, runs alternated.
 * Why: the import must beat the office suite on the file the user actually receives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { libreOfficeOpenSave } from './libreOffice';
import { alternate, runOnce, type RunStats } from './processRun';

export interface ExchangeFigures {
  exportXlsx: RunStats;
  exportOds: RunStats;
  importUnchanged: RunStats;
  importOnePercent: RunStats;
  dryRun: RunStats;
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
      dryRun: { run: () => pira('import', '--db', dbPath, workbook, '--dry-run') },
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
    libreOffice: figures.libreOffice ?? null,
    workbookMb: fs.statSync(workbook).size / 1024 / 1024,
  };
}
