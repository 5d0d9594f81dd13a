/**
 * The bench's yardstick: LibreOffice headless opening a workbook and saving it again (`soffice --convert-to`),
 * timed as a whole process like PIRA Desk's own commands.
 * Why: "faster than the office suite opening the same file" is the promise the import and export are held to.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runOnce, type RunStats } from './processRun';

/** Null when `soffice` can run here, otherwise why the comparison is skipped. */
export function libreOfficeUnavailable(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'LibreOffice (soffice) non installato: confronto saltato (apt-get install libreoffice-calc-nogui)';
}

/** A job that opens `workbook` and saves it in the same format, with its own profile (warmed up once, untimed). */
export function libreOfficeOpenSave(workbook: string, workDir: string): { run(): RunStats } {
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  const outDir = path.join(workDir, 'lo-out');
  fs.mkdirSync(outDir, { recursive: true });
  const format = path.extname(workbook).slice(1);
  const args = ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', format, '--outdir', outDir, workbook];
  const run = () => {
    const stats = runOnce('soffice', args);
    if (!fs.existsSync(path.join(outDir, path.basename(workbook)))) throw new Error(`LibreOffice non ha salvato ${workbook}`);
    return stats;
  };
  run(); // the first start creates the profile: not what a user waits for each time
  return { run };
}
