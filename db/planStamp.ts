/**
 * What a plan's content is now, in a few bytes: every save raises a row version (settings, catalogues, each card)
 * and adding or deleting a card changes the set of ids, so equal stamps mean "nothing was saved in between".
 * Why: an import checks at "Applica" that the plan is still the one previewed, and "Annulla importazione" that
 * nothing was edited since; comparing whole plans (load + JSON) cost seconds on a large plan.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { statement } from './statements';

export function planStamp(db: Database.Database, planId: number): string {
  const plan = statement(db, 'SELECT settings_version, catalogues_version FROM plans WHERE id = ?').get(planId) as
    | { settings_version: number; catalogues_version: number }
    | undefined;
  if (!plan) return 'assente';
  // `|id:version` of each card in id order, joined by SQLite: one hash update instead of one per card.
  const cards = statement(db, `SELECT group_concat(card, '') FROM (SELECT '|' || id || ':' || version AS card FROM cards WHERE plan_id = ? ORDER BY id)`)
    .pluck()
    .get(planId) as string | null;
  return createHash('sha256').update(`${plan.settings_version}|${plan.catalogues_version}${cards ?? ''}`).digest('hex');
}
