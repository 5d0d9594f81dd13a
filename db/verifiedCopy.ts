/**
 * A verified copy of a plan file made with SQLite's online backup API (never a file copy of a live database): written
 * under a temporary name, opened and checked (`quick_check`, PIRA stamp, schema), and only then put in place without
 * replacing anything. Why apart from backups.ts: backups, working copies, restored copies and new files share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, latestVersion } from './migrate';
import { PlanFileError, shownName, translateSqliteError, withPlanFileErrorsAsync } from './planFileError';

/** Anything that can copy itself with the backup API: an open PlanFile, or a raw connection. */
export interface BackupSource {
  backup(destination: string): Promise<unknown>;
}

/**
 * Checks that `filePath` is a sound plan file this version can open: it opens, passes `quick_check`, carries the
 * PIRA stamp and a schema no newer than ours. It is left as a self-contained rollback-journal file.
 */
export function verifyPlanCopy(filePath: string, shownAs: string = filePath): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const healthy = (db.pragma('quick_check') as { quick_check: string }[]).every((row) => row.quick_check === 'ok');
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
    if (!healthy || !ours) {
      throw new PlanFileError('corrupt', `La copia di ${shownName(shownAs)} non è risultata integra alla verifica: non è stata usata.`);
    }
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema > latestVersion()) throw newerSchema(`La copia di ${shownName(shownAs)}`, schema);
  } catch (error) {
    throw translateSqliteError(error, shownAs);
  } finally {
    db?.close();
  }
}

/** A backup (or copy) written by a newer PIRA Desk: refused, never reported restored. */
export function newerSchema(what: string, schema: number): PlanFileError {
  return new PlanFileError(
    'newer-schema',
    `${what} è stata scritta da una versione più recente di PIRA Desk (schema ${schema}, questa versione gestisce fino allo ` +
      `schema ${latestVersion()}) e qui non si potrebbe aprire: aggiornare PIRA Desk per usarla. Nessun file è stato scritto.`,
  );
}

/** Puts `temporary` at `destination` unless something is there: a hard link, or a copy where links are not supported. */
function placeWithoutReplacing(temporary: string, destination: string): void {
  try {
    fs.linkSync(temporary, destination);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    try {
      fs.copyFileSync(temporary, destination, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as { code?: string }).code !== 'EEXIST') fs.rmSync(destination, { force: true });
      throw copyError;
    }
  }
}

/**
 * Copies `source` to a temporary name next to `destination` and verifies it; the caller places it (`placeVerified`)
 * or removes it (`removeTemporary`). `prepare` edits the copy first (a backup's stamp written, or removed from a
 * restored copy).
 */
export async function writeVerifiedTemporary(source: BackupSource, destination: string, prepare?: (db: Database.Database) => void): Promise<string> {
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.tmp`);
  try {
    removeTemporary(temporary);
    await withPlanFileErrorsAsync(destination, () => source.backup(temporary));
    if (prepare) {
      const db = new Database(temporary, { fileMustExist: true });
      try {
        prepare(db);
      } finally {
        db.close();
      }
    }
    verifyPlanCopy(temporary, destination);
    return temporary;
  } catch (error) {
    removeTemporary(temporary);
    throw translateSqliteError(error, destination);
  }
}

export function removeTemporary(temporary: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${temporary}${suffix}`, { force: true });
}

/** Puts a verified temporary copy at `destination` (which must not exist), and removes the temporary name. */
export function placeVerified(temporary: string, destination: string): void {
  try {
    placeWithoutReplacing(temporary, destination);
  } catch (error) {
    throw translateSqliteError(error, destination);
  } finally {
    removeTemporary(temporary);
  }
}

/** Copies `source` to `destination` (which must not exist) through a temporary name, verified before it counts. */
export async function writeVerifiedCopy(source: BackupSource, destination: string, prepare?: (db: Database.Database) => void): Promise<void> {
  placeVerified(await writeVerifiedTemporary(source, destination, prepare), destination);
}
