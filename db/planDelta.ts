/**
 * What replacing a stored plan with a document would actually change: settings, catalogues, cards to delete, cards
 * to write (new, or differing in anything but their row version). Cards are matched by id, else by code.
 * Why one function: the import writes (and logs) only this, and takes its backup only when it is not empty.
 */
import type { Card, PlanDocument } from '../shared/model';
import { PlanFileError } from './planFileError';
import { sameData } from './sameData';

export interface PlanDelta {
  settings: boolean;
  catalogues: boolean;
  deleted: Card[];
  /** Cards to write, with the id they have in the file (0 for a new one). */
  changed: Card[];
  /** The stored cards `changed` rewrites, as they are now (what undoing the import puts back). */
  replaced: Card[];
  empty: boolean;
}

/** Same stored content, the row version aside (it only says how often a row was written). */
export function sameContent<T extends { version?: number }>(a: T, b: T): boolean {
  const { version: _a, ...restA } = a;
  const { version: _b, ...restB } = b;
  return sameData(restA, restB);
}

/**
 * Deltas already worked out, by stored plan and document: an import asks twice of the same pair (whether it writes,
 * then what it writes: electron/exchange/exchangeService.ts), and both are never changed once compared.
 */
const known = new WeakMap<PlanDocument, WeakMap<PlanDocument, PlanDelta>>();

export function planDelta(current: PlanDocument, doc: PlanDocument): PlanDelta {
  let byDoc = known.get(current);
  if (!byDoc) known.set(current, (byDoc = new WeakMap()));
  const found = byDoc.get(doc);
  if (found) return found;
  const delta = computeDelta(current, doc);
  byDoc.set(doc, delta);
  return delta;
}

function computeDelta(current: PlanDocument, doc: PlanDocument): PlanDelta {
  const storedById = new Map(current.cards.map((card) => [card.id, card]));
  const idByCode = new Map(current.cards.map((card) => [card.code, card.id]));
  // A card that already has its id is kept as it is: an import hands back the stored card itself when nothing changed.
  const incoming = doc.cards.map((card) => (card.id !== 0 ? card : { ...card, id: idByCode.get(card.code) ?? 0 }));
  const targetIds = incoming.map((card) => card.id).filter((id) => id !== 0);
  const kept = new Set(targetIds);
  if (kept.size < targetIds.length) {
    throw new PlanFileError('conflict', 'Due righe del documento indicano la stessa scheda: nulla è stato modificato.');
  }
  const settings = !sameContent(doc.settings, current.settings);
  const catalogues = !sameContent(doc.catalogues, current.catalogues);
  const deleted = current.cards.filter((card) => !kept.has(card.id));
  const replaced: Card[] = [];
  const changed = incoming.filter((card) => {
    const stored = storedById.get(card.id);
    if (stored && (card === stored || sameContent(card, stored))) return false;
    if (stored) replaced.push(stored);
    return true;
  });
  return { settings, catalogues, deleted, changed, replaced, empty: !settings && !catalogues && deleted.length === 0 && changed.length === 0 };
}
