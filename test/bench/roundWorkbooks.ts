/**
 * The workbooks of a data-collection round as the CLI prepares them (`pira export --cards … --out-dir`: protected,
 * an Istruzioni sheet, only the fill-in cells unlocked), the plan's cards split into `parts` runs of cards, written
 * from the plan with 1% of the values changed, as colleagues send them back.
 * Why: issue 21 holds importing a whole round at once (`pira import --db X a.xlsx b.xlsx …`) to at most 2× one of its
 * workbooks alone. The sample plan has 10 uffici and 4 aree, so `--by ufficio` and `--by area` give fewer than 12
 * workbooks at every scale: the round's own command with the cards chosen splits the plan into 12 instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunStats } from './processRun';

/** Writes the round's workbooks into `dir` (`parte-01.xlsx`, …) and returns their paths in plan order. */
export function prepareRound(pira: (...args: string[]) => RunStats, changedDbPath: string, codes: readonly string[], dir: string, parts: number): string[] {
  const size = Math.ceil(codes.length / parts);
  return Array.from({ length: parts }, (_, part) => {
    const outDir = path.join(dir, `raccolta-${part + 1}`);
    pira('export', '--db', changedDbPath, '--cards', codes.slice(part * size, (part + 1) * size).join(','), '--out-dir', outDir);
    const [written] = fs.readdirSync(outDir);
    // A short name of its own: every workbook of a --cards round is called «Raccolta <data> - schede selezionate».
    const file = path.join(dir, `parte-${String(part + 1).padStart(2, '0')}.xlsx`);
    fs.renameSync(path.join(outDir, written!), file);
    fs.rmdirSync(outDir);
    return file;
  });
}
