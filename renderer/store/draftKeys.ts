/**
 * Keys of draft texts (typed text that does not parse yet) and how they follow the card they belong to.
 * Why: a draft is keyed by card id and indicator position, so moving, removing or inserting rows, undoing that,
 * or the back end giving a new card its real id must carry the draft along, or it lands on the wrong field.
 */
import type { Indicator } from '../../shared/model';

export type Drafts = Record<string, string>;

export const cardDraftKey = (cardId: number, field: string) => `card:${cardId}:${field}`;
export const indicatorDraftKey = (cardId: number, index: number, field: string) => `card:${cardId}:ind:${index}:${field}`;

const CARD_KEY = /^card:(-?\d+):(.+)$/;
const INDICATOR_FIELD = /^ind:(\d+):(.+)$/;

export type DraftTarget =
  | { kind: 'card'; cardId: number; field: string }
  | { kind: 'indicator'; cardId: number; index: number; field: string }
  | { kind: 'other'; key: string };

export function parseDraftKey(key: string): DraftTarget {
  const card = CARD_KEY.exec(key);
  if (!card) return { kind: 'other', key };
  const cardId = Number(card[1]);
  const rest = card[2] ?? '';
  const indicator = INDICATOR_FIELD.exec(rest);
  if (!indicator) return { kind: 'card', cardId, field: rest };
  return { kind: 'indicator', cardId, index: Number(indicator[1]), field: indicator[2] ?? '' };
}

/** Number of drafts of each card (cards without drafts are absent). */
export function unsavedByCard(drafts: Drafts): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of Object.keys(drafts)) {
    const target = parseDraftKey(key);
    if (target.kind !== 'other') counts.set(target.cardId, (counts.get(target.cardId) ?? 0) + 1);
  }
  return counts;
}

/** "1 valore non salvato", "3 valori non salvati". */
export function unsavedLabel(count: number): string {
  return count === 1 ? '1 valore non salvato' : `${count} valori non salvati`;
}

/**
 * Where each indicator of `before` sits in `after` (null = removed). Edits keep the objects they do not touch,
 * so an unchanged indicator is found by identity; one replaced in place (same count, new object) keeps its index.
 */
export function indicatorMoves(before: readonly Indicator[], after: readonly Indicator[]): (number | null)[] {
  const kept = new Set<Indicator>(before);
  return before.map((ind, i) => {
    const found = after.indexOf(ind);
    if (found >= 0) return found;
    const replacedInPlace = before.length === after.length && after[i] !== undefined && !kept.has(after[i]);
    return replacedInPlace ? i : null;
  });
}

/** The drafts of one card's indicators moved to the rows they now sit in; drafts of removed rows are dropped. */
export function followIndicatorDrafts(drafts: Drafts, cardId: number, before: readonly Indicator[], after: readonly Indicator[]): Drafts {
  let changed = false;
  const moves = indicatorMoves(before, after);
  const next: Drafts = {};
  for (const [key, text] of Object.entries(drafts)) {
    const target = parseDraftKey(key);
    if (target.kind !== 'indicator' || target.cardId !== cardId) {
      next[key] = text;
      continue;
    }
    const to = moves[target.index];
    if (to !== target.index) changed = true;
    if (to !== null && to !== undefined) next[indicatorDraftKey(cardId, to, target.field)] = text;
  }
  return changed ? next : drafts;
}

/** Drafts of card `oldId` re-keyed to `newId` (null = the card is gone: its drafts are dropped). */
export function followCardDrafts(drafts: Drafts, oldId: number, newId: number | null): Drafts {
  const prefix = `card:${oldId}:`;
  if (!Object.keys(drafts).some((key) => key.startsWith(prefix))) return drafts;
  const next: Drafts = {};
  for (const [key, text] of Object.entries(drafts)) {
    if (!key.startsWith(prefix)) next[key] = text;
    else if (newId !== null) next[`card:${newId}:${key.slice(prefix.length)}`] = text;
  }
  return next;
}

/**
 * The value drafts re-keyed when the season (the plan's monitoring date) moves from `from` to `to`: the season's
 * column is keyed `value`, the others `value.<date>` (shared/monitoringDates.ts `measurementKey`), so a text typed at
 * 30/06 must not show up at 31/12 once 31/12 becomes the season. Unchanged drafts are returned as they are.
 */
export function followSeasonDrafts(drafts: Drafts, from: string, to: string): Drafts {
  if (from === to) return drafts;
  let changed = false;
  const next: Drafts = {};
  for (const [key, text] of Object.entries(drafts)) {
    const target = parseDraftKey(key);
    const field = target.kind !== 'indicator' ? null : target.field === 'value' ? `value.${from}` : target.field === `value.${to}` ? 'value' : null;
    if (target.kind === 'indicator' && field !== null) {
      next[indicatorDraftKey(target.cardId, target.index, field)] = text;
      changed = true;
    } else next[key] = text;
  }
  return changed ? next : drafts;
}
