/**
 * What a new plan (a new year) starts with: the standard lists, or another plan's catalogues and cards.
 * Why these rules: a copied card keeps its indicators and the targets of the years still in the new horizon;
 * observed values and manual overrides belong to the old year and are not carried over. Each copy keeps the id of
 * its origin, so a comparison of the two years pairs them even after a code or a name changes.
 */
import type { Card, PlanSettings, Target } from '../shared/model';
import { horizonYears } from '../shared/planDefaults';

export { standardCatalogues } from '../shared/planDefaults';

function targetsForHorizon(targets: readonly Target[], settings: PlanSettings): Target[] {
  const byYear = new Map(targets.map((t) => [t.year, t.value]));
  return horizonYears(settings).map((year) => ({ year, value: byYear.get(year) ?? { kind: 'missing', mark: '' } }));
}

/** The cards of another plan, unsaved (ids 0) and linked to their origins, ready for the plan of `settings`. */
export function cardsForNewYear(cards: readonly Card[], settings: PlanSettings): Card[] {
  return cards.map((card) => ({
    ...card,
    id: 0,
    originId: card.id,
    indicators: card.indicators.map(({ override: _dropped, ...indicator }) => ({
      ...indicator,
      id: 0,
      originId: indicator.id,
      targets: targetsForHorizon(indicator.targets, settings),
      measurements: [],
    })),
  }));
}
