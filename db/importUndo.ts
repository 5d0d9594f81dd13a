/**
 * What undoing the last import of a plan writes back, kept in the plan file (table import_undo, migration 3; the parts
 * the import changed, importRestore.ts, or the whole plan in files written before): written in the same transaction
 * as the import, read by "Annulla importazione" even after a restart. The undo is refused when the plan
 * was edited after the import (its row versions moved on, see planStamp.ts), so no later edit is ever lost silently.
 */
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import type { ImportRecord } from '../shared/api';
import type { PlanDocument } from '../shared/model';
import { beforeImport, restoreText, type ImportRestore } from './importRestore';
import { PlanFileError } from './planFileError';
import { planStamp } from './planStamp';
import { statement } from './statements';

interface UndoRow {
  plan_id: number;
  imported_at: string;
  files_json: string;
  summary: string;
  before_json: string | null;
  after_digest: string;
}

export interface ImportUndoStore {
  /** Call inside the import's transaction, after the plan was written: `before` is `null` when the import created it. */
  record(planId: number, before: ImportRestore | null, fileNames: readonly string[], summary: string, importedAt: string): void;
  last(planId: number): ImportRecord | null;
  /** Restores the plan as it was before the import (or removes the plan the import created); call in a transaction. */
  undo(planId: number): { planId: number | null; message: string };
}

function whenText(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(date.getTime()) ? iso : `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} alle ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function fileNamesOf(row: UndoRow): string[] {
  const parsed = JSON.parse(row.files_json) as unknown;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** `doc` carrying the row versions the file holds now (`current`), so that writing it is not refused as stale. */
function withVersionsOf(doc: PlanDocument, current: PlanDocument): PlanDocument {
  const versions = new Map(current.cards.map((card) => [card.id, card.version]));
  return {
    ...doc,
    settings: { ...doc.settings, version: current.settings.version },
    catalogues: { ...doc.catalogues, version: current.catalogues.version },
    cards: doc.cards.map((card) => ({ ...card, version: versions.get(card.id) })),
  };
}

/** A plan without its row versions (each save raises them): what it holds, not how often it was written. */
export function withoutVersions(doc: PlanDocument): PlanDocument {
  const { version: _settings, ...settings } = doc.settings;
  const { version: _catalogues, ...catalogues } = doc.catalogues;
  return { ...doc, settings, catalogues, cards: doc.cards.map(({ version: _card, ...card }) => card) };
}

export function importUndoStore(
  db: Database.Database,
  loadPlan: (planId: number) => PlanDocument,
  replacePlanContent: (planId: number, doc: PlanDocument, current: PlanDocument) => void,
): ImportUndoStore {
  // The plan's row versions after the import: any later save raises one (db/planStamp.ts).
  const digest = (planId: number) => planStamp(db, planId);
  const read = (planId: number) => statement(db, 'SELECT * FROM import_undo WHERE plan_id = ?').get(planId) as UndoRow | undefined;
  const editedMessage = (row: UndoRow) =>
    `Il piano è stato modificato dopo l'importazione del ${whenText(row.imported_at)}: l'importazione non si può più annullare, ` +
    'perché le modifiche successive andrebbero perse.';

  return {
    record(planId, before, fileNames, summary, importedAt) {
      statement(db, 'DELETE FROM import_undo WHERE plan_id = ?').run(planId);
      statement(db, 'INSERT INTO import_undo (plan_id, imported_at, files_json, summary, before_json, after_digest) VALUES (?, ?, ?, ?, ?, ?)').run(
        planId,
        importedAt,
        JSON.stringify(fileNames),
        summary,
        before === null ? null : restoreText(before),
        digest(planId),
      );
    },
    last(planId) {
      const row = read(planId);
      if (!row) return null;
      const undoable = digest(planId) === row.after_digest;
      return {
        planId,
        importedAt: row.imported_at,
        fileNames: fileNamesOf(row),
        summary: row.summary,
        createdPlan: row.before_json === null,
        undoable,
        ...(undoable ? {} : { reason: editedMessage(row) }),
      };
    },
    undo(planId) {
      const row = read(planId);
      if (!row) throw new PlanFileError('not-found', 'Per questo piano non c’è un’importazione da annullare.');
      if (digest(planId) !== row.after_digest) throw new PlanFileError('conflict', editedMessage(row));
      const when = whenText(row.imported_at);
      if (row.before_json === null) {
        statement(db, 'DELETE FROM plans WHERE id = ?').run(planId);
        return { planId: null, message: `Importazione del ${when} annullata: il piano che aveva creato è stato eliminato.` };
      }
      const current = loadPlan(planId);
      const before = beforeImport(row.before_json, () => current);
      if (!before) throw new PlanFileError('corrupt', 'La copia del piano precedente all’importazione è danneggiata: l’importazione non si può annullare.');
      // The restore is itself a new version of every row (row versions, migration 2): it is written over what the
      // file holds now, and compared with the plan before the import leaving versions aside.
      replacePlanContent(planId, withVersionsOf(before, current), current);
      if (!isDeepStrictEqual(withoutVersions(loadPlan(planId)), withoutVersions(before))) {
        throw new PlanFileError('conflict', 'Il piano non è tornato esattamente com’era prima dell’importazione: nulla è stato modificato.');
      }
      statement(db, 'DELETE FROM import_undo WHERE plan_id = ?').run(planId);
      return { planId, message: `Importazione del ${when} annullata (${row.summary}): il piano è tornato com’era prima.` };
    },
  };
}
