/**
 * Stamps and upgrades a plan file's schema: `application_id` marks a PIRA Desk file, `user_version` is the number
 * of the last migration applied. Why here: opening a file must refuse foreign and newer files before touching them.
 */
import type Database from 'better-sqlite3';
import { materializeNewestRows } from './changeLogRows';
import { MIGRATIONS, type Migration } from './migrations/index';

/** The schema from which the change log's newest rows rely on the file's rows (migration 12). */
const CHANGE_LOG_DELTAS = 12;
import { PlanFileError, shownName } from './planFileError';

/** "PIRA" in ASCII: written in the SQLite header of every plan file. */
export const APPLICATION_ID = 0x50495241;

export interface SchemaStamp {
  applicationId: number;
  version: number;
}

export function readSchemaStamp(db: Database.Database): SchemaStamp {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    version: db.pragma('user_version', { simple: true }) as number,
  };
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Refuses an existing file that is not ours (any other SQLite database included) or that a newer PIRA Desk wrote. */
export function assertUsableStamp(
  stamp: SchemaStamp,
  filePath: string,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  if (stamp.applicationId !== APPLICATION_ID) {
    throw new PlanFileError('invalid-file', `Il file ${shownName(filePath)} non è un file di PIRA Desk.`);
  }
  const latest = latestVersion(migrations);
  if (stamp.version > latest) {
    throw new PlanFileError(
      'newer-schema',
      `Il file ${shownName(filePath)} è stato salvato da una versione più recente di PIRA Desk (schema ${stamp.version}, ` +
        `questa versione gestisce fino allo schema ${latest}): aggiornare PIRA Desk per aprirlo.`,
    );
  }
}

/** Applies every migration newer than the file's version in ONE immediate transaction (all or nothing); returns how many. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = readSchemaStamp(db).version;
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return 0;
  db.transaction(() => {
    // The newest change-log rows are rebuilt from the rows the file holds now: a migration may change how those
    // read, so they keep their value whole first (changeLogRows.ts).
    if (current >= CHANGE_LOG_DELTAS) materializeNewestRows(db);
    for (const migration of pending) {
      db.exec(migration.sql);
      migration.rewrite?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new PlanFileError('corrupt', `L'aggiornamento dello schema ha trovato ${broken.length} riferimenti non validi.`);
    }
  }).immediate();
  return pending.length;
}
