/**
 * Rollups of objective performance by classification (ambito, linea, missione, programma, obiettivo strategico,
 * area, ufficio) and the one rule that says which group a card belongs to.
 * Why: the dashboard, the print, the CLI `score` and the card list's filters must group cards the same way; names
 * typed by hand ("Promozione e Sviluppo Economico" / "…sviluppo economico") are one group under `catalogueKey`.
 */
import { catalogueKey } from './finding';
import type { Card, Catalogues, NamedEntry } from './model';
import { weightedMean } from './weights';

export interface Rollup {
  key: string;
  label: string;
  performance: number | null;
  cardCount: number;
}

export type RollupDimension = 'ambito' | 'missione' | 'programma' | 'area' | 'linea' | 'obiettivoStrategico' | 'ufficio';

/** Every dimension, in the order of the rollups object (the first four are the historical ones). */
export const ROLLUP_DIMENSIONS: readonly RollupDimension[] = ['ambito', 'missione', 'programma', 'area', 'linea', 'obiettivoStrategico', 'ufficio'];

/** Dimensions grouped by a free-text name rather than a code: their key is `catalogueKey`, never shown. */
export const NAMED_DIMENSIONS: ReadonlySet<RollupDimension> = new Set(['area', 'ufficio']);

/** Label of the group of cards with no value in a dimension. */
export const UNCLASSIFIED_LABEL = 'Non classificato';

/** Filter value that selects the cards with no value in a dimension ('' means "no filter"). */
export const UNCLASSIFIED_FILTER = '(non classificato)';

type Classified = Pick<Card, 'ambitoLine' | 'missione' | 'programma' | 'obiettivoStrategico' | 'area' | 'office'>;

/** The group a card belongs to in a dimension: codes trimmed, names folded by `catalogueKey`. */
export function rollupKey(dimension: RollupDimension, card: Classified): string {
  switch (dimension) {
    case 'ambito':
      return card.ambitoLine.trim().slice(0, 2);
    case 'linea':
      return card.ambitoLine.trim();
    case 'missione':
      return card.missione.trim();
    case 'programma':
      return card.programma.trim();
    case 'obiettivoStrategico':
      return card.obiettivoStrategico.trim();
    case 'area':
      return catalogueKey(card.area);
    case 'ufficio':
      return catalogueKey(card.office);
  }
}

/** A filter value (a rollup key, a spelling of a name, or UNCLASSIFIED_FILTER) as the key it selects. */
export function filterKey(dimension: RollupDimension, value: string): string {
  if (value === UNCLASSIFIED_FILTER) return '';
  return NAMED_DIMENSIONS.has(dimension) ? catalogueKey(value) : value.trim();
}

/** True when the card is in the group the filter value names; an empty filter value lets every card through. */
export function matchesRollup(card: Classified, dimension: RollupDimension, value: string): boolean {
  return value === '' || rollupKey(dimension, card) === filterKey(dimension, value);
}

/** The filter value that selects exactly the cards of a rollup group. */
export function rollupFilterValue(rollup: Pick<Rollup, 'key' | 'label'>, dimension: RollupDimension): string {
  if (rollup.key === '') return UNCLASSIFIED_FILTER;
  return NAMED_DIMENSIONS.has(dimension) ? rollup.label : rollup.key;
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * How a group of equal names is written: the catalogue's spelling when it lists one (the one most used on the
 * cards if it lists several), else the spelling most used on the cards; ties go to the first one met.
 */
export function preferredSpelling(spellings: readonly string[], catalogue: readonly NamedEntry[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings.map(tidy)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const key = catalogueKey(spellings[0] ?? '');
  const listed = catalogue.map((entry) => tidy(entry.name)).filter((name) => catalogueKey(name) === key);
  const candidates = listed.length > 0 ? listed : [...counts.keys()];
  return candidates.reduce((best, name) => ((counts.get(name) ?? 0) > (counts.get(best) ?? 0) ? name : best), candidates[0] ?? '');
}

/** One entry per group of equal names (first met first), each written as `preferredSpelling` says. */
export function distinctNames(values: readonly string[], catalogue: readonly NamedEntry[]): string[] {
  const groups = new Map<string, string[]>();
  for (const value of values) {
    if (value.trim() === '') continue;
    const key = catalogueKey(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return [...groups.values()].map((spellings) => preferredSpelling(spellings, catalogue));
}

function codeLabel(dimension: RollupDimension, key: string, catalogues: Catalogues): string | undefined {
  switch (dimension) {
    case 'ambito':
      return catalogues.ambiti.find((a) => a.code === key)?.name;
    case 'linea':
      return catalogues.ambiti.flatMap((a) => a.lines).find((l) => l.code === key)?.name;
    case 'missione':
      return catalogues.missioni.find((m) => m.code === key)?.name;
    case 'programma':
      return catalogues.programmi.find((p) => p.code === key)?.name;
    case 'obiettivoStrategico':
      return catalogues.obiettiviStrategici.find((o) => o.code === key)?.name;
    default:
      return undefined;
  }
}

function rawName(dimension: RollupDimension, card: Card): string {
  return dimension === 'ufficio' ? card.office : card.area;
}

export interface ScoredCard {
  card: Card;
  performance: number | null;
}

/** Mean of the objectives' performances weighted by `card.weight`; n.d. objectives left out; null if none. */
export function meanOfObjectives(entries: readonly ScoredCard[]): number | null {
  return weightedMean(entries.map(({ card, performance }) => ({ weight: card.weight, value: performance })));
}

/** The groups of one dimension, sorted by key, each with its weighted performance and card count. */
export function rollupBy(dimension: RollupDimension, entries: readonly ScoredCard[], catalogues: Catalogues): Rollup[] {
  const groups = new Map<string, ScoredCard[]>();
  for (const entry of entries) {
    const key = rollupKey(dimension, entry.card);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const names = dimension === 'ufficio' ? catalogues.uffici : catalogues.aree;
  return [...groups.keys()].sort().map((key) => {
    const members = groups.get(key) ?? [];
    const label =
      key === ''
        ? UNCLASSIFIED_LABEL
        : NAMED_DIMENSIONS.has(dimension)
          ? preferredSpelling(members.map((m) => rawName(dimension, m.card)), names)
          : (codeLabel(dimension, key, catalogues) ?? key);
    return { key, label, performance: meanOfObjectives(members), cardCount: members.length };
  });
}

export function rollupsOf(entries: readonly ScoredCard[], catalogues: Catalogues): Record<RollupDimension, Rollup[]> {
  return Object.fromEntries(ROLLUP_DIMENSIONS.map((d) => [d, rollupBy(d, entries, catalogues)])) as Record<RollupDimension, Rollup[]>;
}
