/**
 * What every new thing starts from: the years of a plan's horizon, a blank objective card, a blank indicator, the
 * standard catalogue lists (a new year, a plan an import creates).
 * Why: the editor, the paste and Excel import, the print view and the db all build these; one definition keeps
 * a field added to the model from being forgotten in one of them.
 */
import { TIPOLOGIE, UNITS, type Card, type Catalogues, type Indicator, type PlanSettings, type Value } from './model';

/** A horizon longer than this is a typing error, not a plan (validation reports it); it bounds every loop. */
export const MAX_HORIZON_YEARS = 20;

/** Years of the plan's horizon (2024, 2025, 2026): one target column each. */
export function horizonYears(settings: Pick<PlanSettings, 'horizonStart' | 'horizonEnd'>): number[] {
  const years: number[] = [];
  for (let y = settings.horizonStart; y <= settings.horizonEnd && years.length < MAX_HORIZON_YEARS; y++) years.push(y);
  return years;
}

/** The `n.d.` mark a new indicator shows in every target until the office writes one. */
export const NOT_AVAILABLE: Value = { kind: 'missing', mark: 'n.d.' };

/** A new, unsaved indicator (id 0) with an `n.d.` target for each of `years`. */
export function blankIndicator(years: readonly number[], fields: Partial<Indicator> = {}): Indicator {
  return {
    id: 0,
    name: '',
    algoritmo: '',
    tipologia: '',
    udm: 'n.',
    operator: '>=',
    targets: years.map((year) => ({ year, value: NOT_AVAILABLE })),
    measurements: [],
    weight: 0,
    note: '',
    fonte: '',
    kpiCode: '',
    ...fields,
  };
}

/** A new, unsaved card (id 0) with internal resources and no indicators. */
export function blankCard(fields: Partial<Card> = {}): Card {
  return {
    id: 0,
    code: '',
    title: '',
    missione: '',
    programma: '',
    ambitoLine: '',
    obiettivoStrategico: '',
    description: '',
    resources: { kind: 'internal' },
    area: '',
    office: '',
    footnotes: [],
    weight: 1,
    position: 0,
    indicators: [],
    ...fields,
  };
}

/** The lists a plan starts with when it copies none: the tipologie and the units of measure, the rest empty. */
export function standardCatalogues(): Catalogues {
  return {
    missioni: [],
    programmi: [],
    ambiti: [],
    obiettiviStrategici: [],
    aree: [],
    uffici: [],
    tipologie: TIPOLOGIE.map((name) => ({ name })),
    unita: UNITS.map((name) => ({ name })),
  };
}
