/**
 * Plain helpers of the edit slice on card snapshots and on records keyed by card id.
 * Why: kept apart so the slice reads as the story of an edit (apply, save, settle, roll back).
 */
import type { Card } from '../../shared/model';

/** Same content (a recipe that rebuilt the card without changing it is not an edit). */
export function sameCard(a: Card, b: Card): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The entry of `oldId` moved to `newId` (a card that got its id from the back end). */
export function renameKey<V>(map: Map<number, V>, oldId: number, newId: number) {
  if (!map.has(oldId)) return;
  map.set(newId, map.get(oldId) as V);
  map.delete(oldId);
}

/** The record without the entry of `id` (the same object when there is none). */
export function withoutKey<V>(record: Record<number, V>, id: number): Record<number, V> {
  if (!(id in record)) return record;
  const { [id]: _removed, ...rest } = record;
  return rest;
}
