/**
 * Pairs the cards of two plans, and the indicators of two paired cards: first by origin link (a copy made by "Nuovo
 * piano" and its origin, in either direction; only between plans of the same file, where ids mean the same rows),
 * then by card code / indicator name (case, accents and spacing ignored). What is left is added or removed.
 * Why apart: the comparison's rules about what counts as "the same card" are the part users argue about.
 */
import { normalizeHeader } from './exchange/headerText';

export type PairedBy = 'origin' | 'code' | 'name';

export interface Pair<T> {
  before: T | null;
  after: T | null;
  pairedBy: PairedBy | null;
}

interface Linked {
  id: number;
  originId?: number;
}

/**
 * Pairs `before` with `after`: `byLink` first (when `links`), then equal `key`s in order. The result follows
 * `after`'s order, with what only `before` has appended in its own order.
 */
export function pairItems<T extends Linked>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  keyKind: 'code' | 'name',
  links: boolean,
): Pair<T>[] {
  const partnerOf = new Map<T, { item: T; by: PairedBy }>();
  const taken = new Set<T>();
  const pair = (b: T, a: T, by: PairedBy) => {
    partnerOf.set(a, { item: b, by });
    taken.add(b);
  };
  if (links) {
    const beforeById = new Map(before.filter((b) => b.id !== 0).map((b) => [b.id, b]));
    for (const a of after) {
      const origin = a.originId === undefined ? undefined : beforeById.get(a.originId);
      if (origin && !taken.has(origin)) pair(origin, a, 'origin');
    }
    const afterById = new Map(after.filter((a) => a.id !== 0).map((a) => [a.id, a]));
    for (const b of before) {
      const copy = b.originId === undefined ? undefined : afterById.get(b.originId);
      if (copy && !taken.has(b) && !partnerOf.has(copy)) pair(b, copy, 'origin');
    }
  }
  const waiting = new Map<string, T[]>();
  for (const b of before) {
    if (taken.has(b)) continue;
    const k = key(b);
    waiting.set(k, [...(waiting.get(k) ?? []), b]);
  }
  for (const a of after) {
    if (partnerOf.has(a)) continue;
    const candidate = waiting.get(key(a))?.shift();
    if (candidate) pair(candidate, a, keyKind);
  }
  const pairs: Pair<T>[] = after.map((a) => {
    const partner = partnerOf.get(a);
    return { before: partner?.item ?? null, after: a, pairedBy: partner?.by ?? null };
  });
  for (const b of before) if (!taken.has(b)) pairs.push({ before: b, after: null, pairedBy: null });
  return pairs;
}

export const cardKey = (card: { code: string }): string => card.code.trim();
export const indicatorKey = (indicator: { name: string }): string => normalizeHeader(indicator.name);
