/**
 * The repository's history operations: a change set saved as one entry, a logged change reverted, the plan's status
 * moved, the log listed, and this user's undo/redo stack rebuilt from it.
 * Why apart from planRepository.ts: these sit on top of the row writes, always through the change journal.
 */
import type Database from 'better-sqlite3';
import type { ChangeEntry, ChangeFilter, ChangeNote, ChangeSet, RevertMode, RevertResult, SavedChanges, StackItem } from '../shared/changeLog';
import { undoStack } from '../shared/changeStack';
import type { Card, Catalogues, PlanDocument, PlanSettings, PlanStatus } from '../shared/model';
import { describeStatus, nextStatus, type StatusRequest } from '../shared/planStatus';
import { editNote, type Actor, type ChangeJournal, type RecordNote } from './changeJournal';
import { entryUsers, listEntries, readEntry, stackSources } from './changeLogStore';
import { closedValueReverts, revertByAmendments } from './amendmentRevert';
import { revertMessage, revertRows } from './changeRevert';
import { PlanFileError } from './planFileError';
import { assertPlanExists, readSettings } from './planRows';
import { readPlanStatus, writePlanStatus } from './planStatusStore';

/** The repository's own writes (each tells the journal what it touches). */
export interface RowWrites {
  loadPlan(planId: number): PlanDocument;
  actor(): Actor;
  saveCard(planId: number, card: Card): Card;
  deleteCard(planId: number, cardId: number, version?: number): void;
  savePlanSettings(planId: number, settings: PlanSettings): PlanSettings;
  saveCatalogues(planId: number, catalogues: Catalogues): Catalogues;
}

export interface ChangeHistory {
  /** Cards (upserted or deleted), settings and catalogues written together: one transaction, one log entry. */
  saveChanges(planId: number, changes: ChangeSet, change?: ChangeNote): SavedChanges;
  /** Writes back the rows a logged change replaced (refused when later changes touched them); recorded too. */
  revertChange(planId: number, changeId: number, mode: RevertMode, reason?: string): RevertResult;
  /** bozza → approvato → chiuso (and back where allowed, with a reason), recorded in the log. */
  setPlanStatus(planId: number, request: StatusRequest): PlanStatus;
  listChanges(filter: ChangeFilter): { entries: ChangeEntry[]; more: boolean };
  /** The users who changed the plan. */
  changeUsers(planId: number): string[];
  /** This user's undo/redo stack on the plan, rebuilt from the log. */
  undoStack(planId: number): { past: StackItem[]; future: StackItem[] };
}

export function changeHistory(db: Database.Database, journal: ChangeJournal, writes: RowWrites): ChangeHistory {
  /** Runs `write` as one logged change and returns its result with the entry's id (null: nothing changed). */
  const logged = <T>(planId: number, note: RecordNote, write: () => T): { value: T; changeId: number | null } => {
    const value = journal.record(note, write);
    return { value, changeId: journal.lastEntryId(planId) };
  };

  const storedEntry = (planId: number, changeId: number) => {
    const entry = readEntry(db, changeId);
    if (!entry || entry.planId !== planId) {
      throw new PlanFileError('not-found', `La modifica n. ${changeId} non è nel registro di questo piano: ricaricare il piano.`);
    }
    return entry;
  };

  return {
    saveChanges(planId, changes, change) {
      assertPlanExists(db, planId);
      const { value, changeId } = logged(planId, editNote(change), () => {
        for (const deleted of changes.deletedCards ?? []) writes.deleteCard(planId, deleted.cardId, deleted.version);
        const settings = changes.settings && writes.savePlanSettings(planId, changes.settings);
        const catalogues = changes.catalogues && writes.saveCatalogues(planId, changes.catalogues);
        const cards = (changes.cards ?? []).map((card) => writes.saveCard(planId, card));
        return { cards, ...(settings ? { settings } : {}), ...(catalogues ? { catalogues } : {}) };
      });
      return { ...value, changeId };
    },

    revertChange(planId, changeId, mode, reason) {
      const entry = storedEntry(planId, changeId);
      const note: RecordNote = {
        kind: mode,
        label: mode === 'revert' ? `annullamento della modifica n. ${entry.id} («${entry.label}»)` : entry.label,
        // Ctrl+Z/Ctrl+Y of a variation are variations of their own: they need their own reason (issue 17), never the
        // reason of the change they undo (the printed variations would show it twice as if nothing had been undone).
        reason: reason?.trim() || undefined,
        revertsId: entry.id,
      };
      // only closed values changed (an amendment, or its undoing): the revert is an amendment back, with its reason
      const amendments = closedValueReverts(db, planId, entry.rows);
      const { value: recreated, changeId: written } = logged(planId, note, () => {
        if (!amendments) return revertRows(db, journal, planId, entry, mode, note.reason, writes.loadPlan);
        for (const { after } of entry.rows.cards) if (after) journal.card(planId, after.id);
        revertByAmendments(db, planId, entry.rows, amendments, note.reason, writes.actor().user);
        return [];
      });
      const own = written === null ? null : readEntry(db, written);
      if (!own) throw new PlanFileError('conflict', `La modifica n. ${entry.id} non cambia più nulla: il piano è già com’era prima.`);
      return { changeId: own.id, message: revertMessage(entry, mode), rows: own.rows, recreated };
    },

    setPlanStatus(planId, request) {
      assertPlanExists(db, planId);
      const next = nextStatus(readPlanStatus(db, planId), request);
      if (!next.ok) throw new PlanFileError('conflict', next.error);
      const label = `piano ${readSettings(db, planId).year} ${describeStatus(next.status)}`;
      return logged(planId, { kind: 'status', label, reason: request.reason }, () => {
        journal.status(planId);
        writePlanStatus(db, planId, next.status);
        return next.status;
      }).value;
    },

    listChanges: (filter) => listEntries(db, filter),
    changeUsers: (planId) => entryUsers(db, planId),

    undoStack(planId) {
      const who = writes.actor();
      const stack = undoStack(stackSources(db, planId, who.user, who.computer));
      // A step whose rows cannot be rebuilt (changed outside PIRA Desk since) is left off the stack, not guessed.
      const item = (id: number): StackItem[] => {
        try {
          const entry = storedEntry(planId, id);
          return [{ changeId: id, label: entry.label, rows: entry.rows, reason: entry.reason }];
        } catch (error) {
          if (error instanceof PlanFileError && error.code === 'corrupt') return [];
          throw error;
        }
      };
      return { past: stack.past.flatMap(item), future: stack.future.flatMap(item) };
    },
  };
}
