/**
 * `isDeepStrictEqual`, answered by samePlainData (shared/samePlainData.ts) for the plain data of a plan and handed to
 * node:util itself for anything else, so the answer is always node's.
 * Why: planDelta.ts compares every card of an imported plan with the stored one, twice per import.
 */
import { isDeepStrictEqual } from 'node:util';
import { samePlainData } from '../shared/samePlainData';

export function sameData(a: unknown, b: unknown): boolean {
  return samePlainData(a, b) ?? isDeepStrictEqual(a, b);
}
