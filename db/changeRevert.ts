/**
 * Writes back the rows a logged change replaced (Ctrl+Z, Ctrl+Y, "Annulla questa modifica"), only when every one of
 * them is still as the change left it: a later change to the same rows refuses the revert with the entry that made
 * it, so nobody's work is overwritten silently. Cards and indicators come back with their ids when those are free.
 * Why apart: the checks and the order of the writes are the delicate part of the history; call in a transaction.
 */
import type Database from 'better-sqlite3';
import type { ChangeEntry, ChangeRows, RevertMode, TouchedCard } from '../shared/changeLog';
import { formatDate } from '../shared/dates';
import { formatInstant } from '../shared/fileHolder';
import type { Card, PlanDocument } from '../shared/model';
import { DRAFT, nextStatus } from '../shared/planStatus';
import { readCards } from './cardRows';
import { readCatalogues, nextCataloguesVersion, writeCatalogues } from './catalogueStore';
import { cardNotFound, deleteCardRow, writeCard } from './cardWriter';
import { laterEntryTouching, type StoredEntry } from './changeLogStore';
import { planDigest, same, type ChangeJournal } from './changeJournal';
import { readClosure, removeClosure, writeClosure } from './monitoringHistory';
import { PlanFileError } from './planFileError';
import { readSettings, updateSettings } from './planRows';
import { readPlanStatus, writePlanStatus } from './planStatusStore';
import { statement } from './statements';

const VERBS: Record<RevertMode, string> = { undo: 'annullare', redo: 'ripetere', revert: 'annullare' };

type Part = { card: TouchedCard; what: string; changed: string } | { part: 'settings' | 'catalogues' | 'status'; what: string; changed: string };

function laterChangeRefusal(db: Database.Database, entry: StoredEntry, mode: RevertMode, part: Part): PlanFileError {
  const later = laterEntryTouching(db, entry.planId ?? 0, entry.id, 'card' in part ? { card: part.card } : { part: part.part });
  const by = later ? `, con la modifica n. ${later.id} «${later.label}» di ${later.user} del ${formatInstant(later.at)}` : '';
  return new PlanFileError(
    'conflict',
    `Non si può ${VERBS[mode]} «${entry.label}» (n. ${entry.id}): ${part.what} ${part.changed} dopo${by}. ` +
      `${mode === 'redo' ? 'Ripeterla' : 'Annullarla'} ora sovrascriverebbe quel lavoro: ${later ? 'annullare prima quella modifica, oppure correggere a mano' : 'ricaricare il piano e correggere a mano'}. Nulla è stato modificato.`,
  );
}

const cardPart = (card: Card, changed = 'è stata modificata'): Part => ({ card: { id: card.id, code: card.code }, what: `la scheda ${card.code}`, changed });

/** Refuses the revert unless every row is still as `entry` left it. */
function assertUnchangedSince(db: Database.Database, planId: number, entry: StoredEntry, mode: RevertMode, loadPlan: (id: number) => PlanDocument): void {
  const { rows } = entry;
  const refuse = (part: Part) => laterChangeRefusal(db, entry, mode, part);
  if (rows.plan) {
    if (rows.plan.before !== null) throw new PlanFileError('conflict', 'Un piano eliminato non si ripristina dal registro: usare una copia di sicurezza (File › Ripristina da backup…).');
    if (planDigest(loadPlan(planId)) !== rows.plan.afterDigest) {
      throw new PlanFileError('conflict', `Non si può ${VERBS[mode]} la creazione del piano (n. ${entry.id}): il piano è stato modificato dopo. Nulla è stato modificato.`);
    }
  }
  if (rows.status && !same(readPlanStatus(db, planId), rows.status.after ?? DRAFT)) throw refuse({ part: 'status', what: 'lo stato del piano', changed: 'è cambiato' });
  for (const { date, after } of rows.closures ?? []) {
    if (!same(readClosure(db, planId, date), after)) {
      throw new PlanFileError(
        'conflict',
        `Non si può ${VERBS[mode]} «${entry.label}» (n. ${entry.id}): il monitoraggio al ${formatDate(date)} è stato ${after ? 'riaperto' : 'chiuso di nuovo'} dopo. Nulla è stato modificato.`,
      );
    }
  }
  if (rows.settings?.after && !same(readSettings(db, planId), rows.settings.after)) {
    throw refuse({ part: 'settings', what: 'le impostazioni del piano', changed: 'sono state modificate' });
  }
  if (rows.catalogues?.after && !same(readCatalogues(db, planId), rows.catalogues.after)) {
    throw refuse({ part: 'catalogues', what: 'i cataloghi', changed: 'sono stati modificati' });
  }
  for (const { before, after } of rows.cards) {
    if (after) {
      const current = readCards(db, planId, after.id)[0] ?? null;
      if (!current || !same(current, after)) throw refuse(cardPart(after, current ? 'è stata modificata' : 'è stata eliminata'));
    } else if (before && statement(db, 'SELECT 1 FROM cards WHERE plan_id = ? AND code = ?').get(planId, before.code)) {
      throw refuse(cardPart(before, 'è stata creata di nuovo'));
    }
  }
}

/** A card's content without ids, versions and origin links: what a revert must bring back even when ids could not. */
function content(card: Card): unknown {
  const { id: _id, version: _version, originId: _origin, ...rest } = card;
  return { ...rest, indicators: card.indicators.map(({ id: _i, originId: _o, ...indicator }) => indicator) };
}

/** Writes the cards back: removed ones first, then the changed ones, then those the change had removed. */
function writeCardsBack(db: Database.Database, journal: ChangeJournal, planId: number, rows: ChangeRows): { from: number; to: number }[] {
  const recreated: { from: number; to: number }[] = [];
  for (const { before, after } of rows.cards) {
    if (!before && after) {
      journal.card(planId, after.id);
      deleteCardRow(db, planId, after.id);
    }
  }
  for (const { before, after } of rows.cards) {
    if (!before) continue;
    if (after) {
      journal.card(planId, after.id);
      const version = readCards(db, planId, after.id)[0]?.version;
      writeCard(db, planId, { ...before, version }, { restoreIds: true });
    } else {
      const taken = statement(db, 'SELECT 1 FROM cards WHERE id = ?').get(before.id) !== undefined;
      const id = writeCard(db, planId, { ...before, id: taken ? 0 : before.id, version: undefined }, { restoreIds: true });
      journal.addedCard(planId, id);
      if (id !== before.id) recreated.push({ from: before.id, to: id });
    }
    const restored = readCards(db, planId, recreated.find((r) => r.from === before.id)?.to ?? before.id)[0];
    if (!restored) throw cardNotFound(before.id);
    if (JSON.stringify(content(restored)) !== JSON.stringify(content(before))) {
      throw new PlanFileError('conflict', `La scheda ${before.code} non è tornata esattamente com’era: nulla è stato modificato.`);
    }
  }
  return recreated;
}

/**
 * Checks and writes back `entry` (call inside `journal.record`, in a transaction); returns the cards that came back
 * with a new id. `reason` is needed when the plan is approved or the status move asks for one.
 */
export function revertRows(
  db: Database.Database,
  journal: ChangeJournal,
  planId: number,
  entry: StoredEntry,
  mode: RevertMode,
  reason: string | undefined,
  loadPlan: (id: number) => PlanDocument,
): { from: number; to: number }[] {
  assertUnchangedSince(db, planId, entry, mode, loadPlan);
  const { rows } = entry;
  if (rows.plan) {
    journal.plan(planId, true);
    statement(db, 'DELETE FROM plans WHERE id = ?').run(planId);
    return [];
  }
  if (rows.status) {
    const target = rows.status.before ?? DRAFT;
    const next = nextStatus(readPlanStatus(db, planId), { ...target, reason });
    if (!next.ok) throw new PlanFileError('conflict', next.error);
    journal.status(planId);
    writePlanStatus(db, planId, target);
  }
  for (const { date, before } of rows.closures ?? []) {
    // reopening a date needs its reason, as «Riapri il monitoraggio…» does; closing it again brings back its snapshot
    if (!before && !reason?.trim()) {
      throw new PlanFileError('conflict', `Annullare la chiusura riapre il monitoraggio al ${formatDate(date)}: indicare il motivo della riapertura.`);
    }
    journal.closure(planId, date);
    if (readClosure(db, planId, date)) removeClosure(db, planId, date);
    if (before) writeClosure(db, planId, before);
  }
  if (rows.settings?.before) {
    journal.settings(planId);
    updateSettings(db, planId, { ...rows.settings.before, version: readSettings(db, planId).version });
  }
  if (rows.catalogues?.before) {
    journal.catalogues(planId);
    nextCataloguesVersion(db, planId, undefined);
    writeCatalogues(db, planId, rows.catalogues.before);
  }
  return writeCardsBack(db, journal, planId, rows);
}

/** What the user reads after a revert. */
export function revertMessage(entry: ChangeEntry, mode: RevertMode): string {
  if (mode === 'undo') return `Annullato: ${entry.label}.`;
  if (mode === 'redo') return `Ripetuto: ${entry.label}.`;
  return `Annullata la modifica n. ${entry.id} («${entry.label}»).`;
}
