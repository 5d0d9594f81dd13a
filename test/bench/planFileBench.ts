/**
 * In-process figures of one workload: opening the file and building the card list, a full rescore, one edit saved.
 * Why: these are what the user feels on every start and every keystroke committed, without process start-up.
 */
import { openPlanFile } from '../../db/planFile';
import { buildCardRows } from '../../renderer/store/listSelectors';
import type { Card } from '../../shared/model';
import { scorePlan } from '../../shared/scoring';
import { medianTime } from './timing';

export interface PlanFileFigures {
  openAndList: number;
  rescore: number;
  editSaved: number;
}

export async function benchPlanFile(dbPath: string): Promise<PlanFileFigures> {
  const openAndList = await medianTime(5, () => {
    const file = openPlanFile(dbPath);
    const [plan] = file.repo.listPlans();
    buildCardRows(file.repo.loadPlan(plan!.id));
    file.close();
  });
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
    return { openAndList, rescore, editSaved };
  } finally {
    file.close();
  }
}
