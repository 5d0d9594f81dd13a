/**
 * `npx tsx test/bench/listBench.ts` (after `npm run build:web`): only the figures of opening a plan and listing its
 * cards, in Node and in Chromium, each beside its floor measured in the same run, round by round, with the spread.
 * Why: the whole `npm run bench` takes minutes and LibreOffice; this is the loop to work on the list's figures.
 * `PIRA_BENCH_SIZES=10,100` (default 100), `PIRA_BENCH_ROUNDS` (default 5).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlanFile } from '../../db/planFile';
import { formatNumber } from '../../shared/values';
import { formatFigure } from './benchTable';
import { benchPlanFile } from './planFileBench';
import { scaledSample } from './scaledPlan';
import { ratioSpread, spreadOf } from './timing';
import { benchUi, uiBenchUnavailable } from './uiBench';

const sizes = (process.env.PIRA_BENCH_SIZES ?? '100').split(',').map(Number);
const rounds = Number(process.env.PIRA_BENCH_ROUNDS ?? 5);

const ms = (value: number | null) => formatFigure(value, 'ms');
const spread = (values: readonly number[]) => formatFigure(spreadOf(values), 'ms');
const ratio = (a: readonly number[], b: readonly number[]) => formatFigure(ratioSpread(a, b), '×');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-listbench-'));
try {
  const uiSkipped = uiBenchUnavailable();
  for (const times of sizes) {
    const plan = scaledSample(times);
    const dbPath = path.join(dir, `x${times}.pira`);
    const emptyPath = path.join(dir, `x${times}-vuoto.pira`);
    createPlanFile(dbPath, [plan]).close();
    createPlanFile(emptyPath, [{ ...plan, cards: [] }]).close();
    const file = await benchPlanFile(dbPath, rounds);
    console.log(`×${times} (${formatNumber(plan.cards.length, 0)} schede)`);
    console.log(`  apertura ed elenco      ${spread(file.listRounds)}   pavimento (apertura e chiusura del file) ${spread(file.openRounds)}   ${ratio(file.listRounds, file.openRounds)}`);
    console.log(`    giri: ${file.listRounds.map(ms).join(' · ')}  |  pavimento: ${file.openRounds.map(ms).join(' · ')}`);
    if (uiSkipped) {
      console.log(`  interfaccia saltata: ${uiSkipped}`);
      continue;
    }
    const ui = await benchUi(dbPath, emptyPath, plan.cards.length, plan.cards.at(-1)!.code, rounds);
    console.log(`  elenco nel browser      ${spread(ui.listRounds)}   pavimento (pagina e interfaccia, piano vuoto) ${spread(ui.emptyRounds)}   ${ratio(ui.listRounds, ui.emptyRounds)}`);
    console.log(`    giri: ${ui.listRounds.map(ms).join(' · ')}  |  pavimento: ${ui.emptyRounds.map(ms).join(' · ')}`);
    console.log(`  un tasto nella ricerca ${ms(ui.filterKeystroke)} · apertura di una scheda ${ms(ui.openCard)} · un valore digitato → prestazione ${ms(ui.editToScore)}`);
  }
  console.log(`Carico della macchina alla fine: ${os.loadavg().map((l) => formatNumber(l, 2)).join(' ')}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
