/**
 * In-process figures of one workload: opening the file and reading what the card list shows (the plan's header and
 * its rows, scored: what `getSession` and `listCardRows` answer), a full rescore, one edit saved.
 * Why: these are what the user feels on every start and every keystroke committed, without process start-up.
 */
import { openPlanFile } from '../../db/planFile';
import type { Card } from '../../shared/model';
import { scorePlan } from '../../shared/scoring';
import { medianTime } from './timing';

export interface PlanFileFigures {
  /** Every round's figure (the bench prints their median and extremes). */
  listRounds: number[];
  /** The floor, alternated with it: opening the file (SQLite, migrations check, `quick_check`) and closing it. */
  openRounds: number[];
  rescore: number;
  editSaved: number;
}

/** Wall time of one call. */
function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function benchPlanFile(dbPath: string, rounds = 5): Promise<PlanFileFigures> {
  const listRounds: number[] = [];
  const openRounds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    listRounds.push(
      timed(() => {
        const file = openPlanFile(dbPath);
        const [plan] = file.repo.listPlans();
        file.repo.listCardRows(plan!.id);
        file.close();
      }),
    );
    openRounds.push(timed(() => openPlanFile(dbPath).close()));
  }
  const file = openPlanFile(dbPath);
  try {
    const planId = file.repo.listPlans()[0]!.id;
    const doc = file.repo.loadPlan(planId);
    const rescore = await medianTime(10, () => scorePlan(doc));
    const date = doc.settings.monitoringDate;
    let card: Card = doc.cards[Math.floor(doc.cards.length / 2)]!;
    let round = 0;
    // Each save changes the first indicator's value, as one committed cell of the editor does.
    const editSaved = await medianTime(20, () => {
      round += 1;
      const [first, ...rest] = card.indicators;
      const measurements = [...first!.measurements.filter((m) => m.date !== date), { date, value: { kind: 'number' as const, value: round, decimals: 0 } }];
      card = file.repo.saveCard(planId, { ...card, indicators: [{ ...first!, measurements }, ...rest] });
    });
    return { listRounds, openRounds, rescore, editSaved };
  } finally {
    file.close();
  }
}
