// Plans with database-like ids and a rollover made the way the repository makes it, for the pure tests of the
// rollover report and of the plan comparison (no file needed).
import { cardsForNewYear } from '../../db/newPlanContent';
import type { PlanDocument } from '../../shared/model';
import { settingsForYear } from '../../shared/rollover';

/** `doc` with ids from `first` on, as a file would number its rows. */
export function withIds(doc: PlanDocument, first = 1): PlanDocument {
  let id = first - 1;
  return { ...doc, id: first, cards: doc.cards.map((c) => ({ ...c, id: ++id, indicators: c.indicators.map((i) => ({ ...i, id: ++id })) })) };
}

/** The plan of `year` copied from `source`: cards through cardsForNewYear (linked to their origins), then new ids. */
export function rolledOver(source: PlanDocument, year: number): PlanDocument {
  const settings = settingsForYear(source.settings, year);
  return withIds({ ...source, settings, cards: cardsForNewYear(source.cards, settings) }, 10_000);
}
