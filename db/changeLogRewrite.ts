/**
 * The step of migration 12 that rewrites the entries a file already has (whole cards before and after) as
 * differences, oldest first so each finds its base, and reads every one back: an entry that would not come back
 * exactly as it was refuses the migration, which then leaves the file as it was (one transaction; a backup is
 * taken before any migration). Why checked: the log is what reverts write back; it must never change.
 */
import type Database from 'better-sqlite3';
import type { ChangeRows } from '../shared/changeLog';
import { readRows, rowsShell, settleNewestRows, writeRows } from './changeLogRows';
import type { Json } from './jsonDelta';
import { PlanFileError } from './planFileError';

export function rewriteChangeLog(db: Database.Database): void {
  const entries = db.prepare('SELECT id, plan_id, rows_json FROM change_log ORDER BY id').all() as { id: number; plan_id: number | null; rows_json: string }[];
  const update = db.prepare('UPDATE change_log SET rows_json = ? WHERE id = ?');
  // Each value's latest logged after: kept whole where the file does not hold it as logged (written outside the log).
  const recall = new Map<string, Json>();
  const shells: { id: number; shell: string; rows: string }[] = [];
  const refused = (id: number) => new PlanFileError('corrupt', `La voce n. ${id} del registro delle modifiche non si riscrive esattamente: il file non è stato aggiornato.`);
  for (const entry of entries) {
    try {
      const rows = JSON.parse(entry.rows_json) as ChangeRows;
      const shell = rowsShell(rows);
      writeRows(db, entry.id, entry.plan_id, rows, recall);
      update.run(shell, entry.id);
      shells.push({ id: entry.id, shell, rows: JSON.stringify(rows) });
    } catch {
      throw refused(entry.id);
    }
  }
  settleNewestRows(db, recall);
  // Only now does every row find what it is rebuilt from: each entry must come back exactly as it was.
  for (const { id, shell, rows } of shells) {
    let back = '';
    try {
      back = JSON.stringify(readRows(db, id, shell));
    } catch {
      // an entry that cannot be read back is refused below, like one that reads back differently
    }
    if (back !== rows) throw refused(id);
  }
}
