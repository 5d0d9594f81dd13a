/**
 * A plan file in a network or synchronised folder is never the live database: it is copied to a working copy on
 * the local disk (user's data folder), edited there, and saved back after each change by writing a complete,
 * verified file under a temporary name in the shared folder and renaming it over the original (atomic on the
 * same folder). Why: SQLite's locking and WAL are unreliable over SMB/NFS, and sync clients may upload or
 * overwrite a database while it is being written; a finished file swapped in one rename is what they handle.
 * If the shared file changed behind our back (someone ignored the lock, a sync brought another version), the
 * save-back refuses to overwrite it; the work stays in the working copy and in the backups.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFromImage } from './connection';
import { describeFsError } from './fsErrors';
import { backupClosedFile, verifyPlanCopy, writeVerifiedCopy, type BackupSource } from './backups';
import { ensureFolder } from './pathKinds';
import { PlanFileError, shownName, translateSqliteError } from './planFileError';

interface CopyState {
  /** Size and modification time of the shared file when last copied or saved back. */
  base: { size: number; mtimeMs: number };
  /** True from a change in the working copy until it reached the shared file. */
  dirty: boolean;
}

export interface WorkingCopy {
  readonly sharedPath: string;
  /** The live database. */
  readonly localPath: string;
  /** Records that the working copy holds changes the shared file does not have yet. */
  markDirty(): void;
  /** Writes the working copy over the shared file (temporary file, verify, rename); refused if it changed since. */
  saveBack(source: BackupSource): Promise<void>;
  /** Removes the working copy (after the last save-back). */
  discard(): void;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function folderFor(dataDir: string, sharedPath: string): string {
  const hash = createHash('sha256').update(path.resolve(sharedPath)).digest('hex').slice(0, 12);
  return path.join(dataDir, 'copie-di-lavoro', hash);
}

function statOf(filePath: string): CopyState['base'] {
  const stats = fs.statSync(filePath);
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

function readState(statePath: string): CopyState | null {
  try {
    return JSON.parse(fs.readFileSync(statePath, 'utf8')) as CopyState;
  } catch {
    return null;
  }
}

/** A WAL left next to the shared file (it was once opened live there) is folded into it first. */
function foldLeftoverWal(sharedPath: string): void {
  if (!fs.existsSync(`${sharedPath}-wal`)) return;
  const db = new Database(sharedPath, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Makes the working copy of `sharedPath`. A working copy left by a crash with changes that never reached the
 * shared file is first kept among the backups of the shared file (reason `copia-di-lavoro`), so nothing is lost.
 */
export async function checkOut(sharedPath: string, dataDir: string): Promise<WorkingCopy> {
  const folder = folderFor(dataDir, sharedPath);
  const localPath = path.join(folder, path.basename(sharedPath));
  const statePath = path.join(folder, 'stato.json');
  const previous = readState(statePath);
  if (previous?.dirty && fs.existsSync(localPath)) await backupClosedFile(localPath, sharedPath, dataDir, 'copia-di-lavoro');
  ensureFolder(folder);
  try {
    for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${localPath}${suffix}`, { force: true });
    foldLeftoverWal(sharedPath);
  } catch (error) {
    throw translateSqliteError(error, sharedPath);
  }
  // The shared file is read as bytes (nobody writes it: we hold its lock), so SQLite never opens it there.
  let source: Database.Database;
  try {
    source = databaseFromImage(fs.readFileSync(sharedPath));
  } catch (error) {
    throw translateSqliteError(error, sharedPath);
  }
  try {
    await writeVerifiedCopy(source, localPath);
  } finally {
    source.close();
  }
  let state: CopyState = { base: statOf(sharedPath), dirty: false };
  const saveState = () => fs.writeFileSync(statePath, JSON.stringify(state));
  saveState();
  return {
    sharedPath,
    localPath,
    markDirty() {
      if (state.dirty) return;
      state = { ...state, dirty: true };
      saveState();
    },
    async saveBack(live) {
      let current: CopyState['base'] | null = null;
      try {
        current = statOf(sharedPath);
      } catch {
        // the shared file was removed or the share is unreachable: the rename below tells which
      }
      if (current && (current.size !== state.base.size || current.mtimeMs !== state.base.mtimeMs)) {
        throw new PlanFileError(
          'conflict',
          `Il file ${shownName(sharedPath)} nella cartella condivisa è stato cambiato da un altro programma o computer ` +
            "dopo l'apertura: per non sovrascriverlo le modifiche NON vi sono state scritte. Sono al sicuro nella copia " +
            'di lavoro e nelle copie di sicurezza: usare «Salva una copia con nome…» e confrontare i due file.',
        );
      }
      const temporary = path.join(path.dirname(sharedPath), `.${path.basename(sharedPath)}.${process.pid}.salvataggio`);
      try {
        for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${temporary}${suffix}`, { force: true });
        await live.backup(temporary);
        verifyPlanCopy(temporary, sharedPath);
        const fd = fs.openSync(temporary, 'r+');
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        for (const suffix of SIDE_FILES) fs.rmSync(`${sharedPath}${suffix}`, { force: true });
        fs.renameSync(temporary, sharedPath);
      } catch (error) {
        for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${temporary}${suffix}`, { force: true });
        const reason = describeFsError(error) ?? (error instanceof PlanFileError ? error.message : null) ?? 'errore imprevisto';
        throw new PlanFileError(
          'locked',
          `La modifica è salvata nella copia di lavoro su questo computer, ma non è stato possibile scriverla nel file ` +
            `${shownName(sharedPath)} della cartella condivisa (${reason.replace(/\.$/, '')}). Il file condiviso è ` +
            'rimasto com’era; verrà riprovato alla prossima modifica e alla chiusura.',
        );
      }
      state = { base: statOf(sharedPath), dirty: false };
      saveState();
    },
    discard() {
      for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${localPath}${suffix}`, { force: true });
      fs.rmSync(statePath, { force: true });
    },
  };
}
