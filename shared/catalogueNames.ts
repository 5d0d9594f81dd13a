/**
 * Free-text areas and offices as catalogue entries: spellings that differ only by case or spacing are one entry
 * (`catalogueKey`), merged on request and suggested while typing. Why: the seed writes «Promozione e Sviluppo
 * Economico» and «Promozione e sviluppo economico» for the same area, which splits every rollup by area in two.
 */
import { catalogueKey } from './finding';
import type { Card, Catalogues, NamedEntry } from './model';

/** The named catalogues whose names are also typed freely on the cards. */
export type CardNameCatalogue = 'aree' | 'uffici';

const CARD_FIELD: Record<CardNameCatalogue, 'area' | 'office'> = { aree: 'area', uffici: 'office' };

export interface Spelling {
  name: string;
  /** Cards of the plan that write exactly this spelling. */
  cardCount: number;
  inCatalogue: boolean;
}

/** Two or more spellings of one entry, in catalogue order and then as the cards first use them. */
export interface SpellingGroup {
  key: string;
  spellings: Spelling[];
}

/** What the names are read from: the catalogues and the cards' areas and offices (whole cards, or the list's rows). */
interface PlanNames<C extends Named = Named> {
  catalogues: Catalogues;
  cards: readonly C[];
}
type Named = Pick<Card, 'area' | 'office'>;

/** Every distinct spelling of a catalogue (its entries, then the names the cards use), keyed. */
function spellingsOf(plan: PlanNames, catalogue: CardNameCatalogue): Map<string, Spelling[]> {
  const field = CARD_FIELD[catalogue];
  const byKey = new Map<string, Spelling[]>();
  const spelling = (name: string, inCatalogue: boolean): Spelling | null => {
    const key = catalogueKey(name);
    if (key === '') return null;
    const group = byKey.get(key) ?? [];
    byKey.set(key, group);
    let found = group.find((s) => s.name === name);
    if (!found) {
      found = { name, cardCount: 0, inCatalogue: false };
      group.push(found);
    }
    found.inCatalogue ||= inCatalogue;
    return found;
  };
  for (const entry of plan.catalogues[catalogue]) spelling(entry.name, true);
  for (const card of plan.cards) {
    const used = spelling(card[field], false);
    if (used) used.cardCount += 1;
  }
  return byKey;
}

/** The entries written in more than one way (case or spacing), to be merged. */
export function spellingGroups(plan: PlanNames, catalogue: CardNameCatalogue): SpellingGroup[] {
  return [...spellingsOf(plan, catalogue)]
    .filter(([, spellings]) => spellings.length > 1)
    .map(([key, spellings]) => ({ key, spellings }));
}

/** The spelling offered by default: the one most cards use, the catalogue's first on a tie. */
export function preferredSpelling(group: SpellingGroup): string {
  let best = group.spellings[0];
  for (const s of group.spellings) if (best && s.cardCount > best.cardCount) best = s;
  return best?.name ?? '';
}

/**
 * Merges every spelling of `keep`'s entry into `keep`: one catalogue entry where the first variant stood, and
 * the cards writing another variant rewritten to it. Returns the new catalogues and only the changed cards.
 */
export function mergeSpellings<C extends Named>(plan: PlanNames<C>, catalogue: CardNameCatalogue, keep: string): { catalogues: Catalogues; cards: C[] } {
  const key = catalogueKey(keep);
  const field = CARD_FIELD[catalogue];
  const entries: NamedEntry[] = [];
  let placed = false;
  for (const entry of plan.catalogues[catalogue]) {
    if (catalogueKey(entry.name) !== key) entries.push(entry);
    else if (!placed) {
      entries.push({ name: keep });
      placed = true;
    }
  }
  if (!placed && key !== '') entries.push({ name: keep });
  const cards = plan.cards
    .filter((card) => catalogueKey(card[field]) === key && card[field] !== keep)
    .map((card) => ({ ...card, [field]: keep }));
  return { catalogues: { ...plan.catalogues, [catalogue]: entries }, cards };
}

/** One suggestion per entry: the catalogue's (first) spelling, then names only the cards use, sorted. */
export function suggestedNames(plan: PlanNames, catalogue: CardNameCatalogue): string[] {
  const fromCatalogue: string[] = [];
  const fromCards: string[] = [];
  for (const spellings of spellingsOf(plan, catalogue).values()) {
    const listed = spellings.find((s) => s.inCatalogue);
    if (listed) fromCatalogue.push(listed.name);
    else if (spellings[0]) fromCards.push(spellings[0].name);
  }
  return [...fromCatalogue, ...fromCards.sort((a, b) => a.localeCompare(b, 'it'))];
}

/** The text a user typed, written as the existing entry it matches (case and spacing), or tidied as typed. */
export function canonicalName(text: string, suggestions: readonly string[]): string {
  const key = catalogueKey(text);
  return suggestions.find((name) => catalogueKey(name) === key) ?? text.trim().replace(/\s+/g, ' ');
}
