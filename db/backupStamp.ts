/**
 * What a backup says about itself, written inside it: when it was taken, why, and of which plan file. Read back
 * with the file's schema version when backups are listed; removed from a backup restored as a plan file.
 * Why inside the file: a name can be renamed and an mtime changed by a copy; the content travels with the backup,
 * so its date is never taken from its name (an older backup without a stamp is dated by its mtime).
 */
import Database from 'better-sqlite3';

const TABLE = 'pira_backup';

export interface BackupStamp {
  takenAt: Date;
  reason: string;
  planPath: string;
}

/** What a listing reads from a backup file: its stamp (null for older backups) and its schema version. */
export interface BackupFacts {
  stamp: BackupStamp | null;
  schema: number;
}

/** Writes the stamp into `db`, an open connection on the backup being made. */
export function writeStamp(db: Database.Database, stamp: BackupStamp): void {
  db.exec(`CREATE TABLE ${TABLE} (taken_at TEXT NOT NULL, reason TEXT NOT NULL, plan_path TEXT NOT NULL)`);
  db.prepare(`INSERT INTO ${TABLE} (taken_at, reason, plan_path) VALUES (?, ?, ?)`).run(stamp.takenAt.toISOString(), stamp.reason, stamp.planPath);
}

/** Removes the stamp from a copy of a backup that becomes a plan file again. */
export function dropStamp(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${TABLE}`);
}

/** The stamp and schema of the backup at `filePath`; null when it cannot be opened (damaged: restore says so). */
export function readBackupFacts(filePath: string): BackupFacts | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const schema = db.pragma('user_version', { simple: true }) as number;
    const hasStamp = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE) !== undefined;
    const row = hasStamp ? (db.prepare(`SELECT taken_at, reason, plan_path FROM ${TABLE} LIMIT 1`).get() as { taken_at: string; reason: string; plan_path: string } | undefined) : undefined;
    const takenAt = row ? new Date(row.taken_at) : null;
    const stamp = row && takenAt && !Number.isNaN(takenAt.getTime()) ? { takenAt, reason: row.reason, planPath: row.plan_path } : null;
    return { stamp, schema };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
