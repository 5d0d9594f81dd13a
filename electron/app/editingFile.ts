/**
 * A plan file opened for editing the safe way: the "in use" lock first (a second opener gets read-only, told who
 * holds it), a local working copy when the file is in a network or synchronised folder (saved back after every
 * change), a verified backup before a migration and at open, periodic backups while there are changes, and the
 * lock's heartbeat. Shared by the desktop app, the harness and the CLI; no electron import.
 * Why one module: every writer must go through the same steps, or the one that skips them loses someone's work.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_REASONS, backupClosedFile, prepareBackup, takeBackup, type BackupEntry, type BackupReason, type PreparedBackup } from '../../db/backups';
import { describeFsError } from '../../db/fsErrors';
import { acquireLock, lockPathOf, type FileLock, type LockOptions } from '../../db/fileLock';
import { locationOf, type FileLocation } from '../../db/fileLocation';
import { APPLICATION_ID, latestVersion } from '../../db/migrate';
import { assertDataFolder, assertPlanPath } from '../../db/pathKinds';
import { openPlanFile, PlanFileError, type PlanFile } from '../../db/planFile';
import { shownName } from '../../db/planFileError';
import { checkOut, type WorkingCopy } from '../../db/workingCopy';
import { holderText, type FileHolder } from '../../shared/fileHolder';

export interface ReadOnlyState {
  /** Italian: why writes are refused. */
  reason: string;
  holder?: FileHolder;
}

export interface EditingFile {
  /** The path the user opened (in the shared folder, for a working copy). */
  readonly path: string;
  readonly file: PlanFile;
  readonly readOnly: ReadOnlyState | null;
  /** Read-only because another user holds the lock: the lock's token, to take it over once the user confirms. */
  readonly heldToken: string | null;
  readonly location: FileLocation;
  /** Call after every successful write: a working copy is saved back to the shared folder before it resolves. */
  afterWrite(): Promise<void>;
  /** A verified backup now; refuses (Italian PlanFileError) when it cannot be made, so the caller stops. */
  backup(reason: BackupReason): Promise<BackupEntry>;
  /**
   * A verified backup copied now and counted only by `keep`, which refuses (discarding it) when the file was written
   * since the copy began; `discard` leaves none (an import that turns out to change nothing). Refuses like `backup`.
   */
  backupAhead(reason: BackupReason): Promise<PreparedBackup>;
  /** Final save-back, lock released, file closed. */
  close(): Promise<void>;
}

export type HeldAnswer = boolean | 'take-over';

export interface EditingOptions {
  /** The user's data folder (backups, working copies). */
  dataDir: string;
  /** Create the file when missing (an empty plan file). */
  create?: boolean;
  /** Open read-only without asking for the lock (CLI dry runs). */
  readOnly?: boolean;
  /**
   * Another user holds the file: resolve true to open it read-only, false to give up (PlanFileError `locked`),
   * 'take-over' when the user confirmed taking the file from that holder (the lock is then replaced).
   */
  onHeld?: (holder: FileHolder) => HeldAnswer | Promise<HeldAnswer>;
  /** Take over this lock (the `heldToken` of a read-only open) that the user confirmed taking; refused if it changed. */
  takeOver?: string;
  /** A backup when the file opens (default true; a one-shot CLI command backs up before its own write instead). */
  backupAtOpen?: boolean;
  /** Tests: where the file is, lock identity and clock, timer periods. */
  location?: FileLocation;
  lock?: LockOptions;
  heartbeatMs?: number;
  periodicBackupMs?: number;
  log?: (message: string) => void;
}

/** True when `filePath` is a PIRA Desk file of an older schema (opening it will migrate it). */
function needsMigration(filePath: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    return db.pragma('application_id', { simple: true }) === APPLICATION_ID && (db.pragma('user_version', { simple: true }) as number) < latestVersion();
  } catch {
    return false; // openPlanFile says what is wrong with the file
  } finally {
    db?.close();
  }
}

function readOnlyOpen(target: string, state: ReadOnlyState & { token?: string }, location: FileLocation): EditingFile {
  const file = openPlanFile(target, { readonly: true });
  const { token, ...readOnly } = state;
  file.refuseWrites(readOnly.reason);
  return {
    path: target,
    file,
    readOnly,
    heldToken: token ?? null,
    location,
    afterWrite: async () => undefined,
    backup: async () => {
      throw new PlanFileError('locked', state.reason);
    },
    backupAhead: async () => {
      throw new PlanFileError('locked', state.reason);
    },
    close: async () => file.close(),
  };
}

/** Why writes are refused when `holder` has the file. */
const heldReason = (name: string, holder: FileHolder) => `Il file ${name} è ${holderText(holder)}: è aperto in sola lettura e le modifiche non vengono salvate.`;

async function acquireOrReadOnly(target: string, options: EditingOptions): Promise<FileLock | (ReadOnlyState & { token?: string })> {
  const name = shownName(target);
  if (options.readOnly) return { reason: `Il file ${name} è aperto in sola lettura: le modifiche non vengono salvate.` };
  if (options.takeOver !== undefined) {
    const taken = acquireLock(target, { ...options.lock, takeOver: options.takeOver });
    if (taken.kind === 'owned') return taken.lock;
    if (taken.kind === 'held') throw new PlanFileError('locked', `Il file ${name} è stato preso nel frattempo: ora è ${holderText(taken.holder)}. Non è stato preso.`);
  }
  const attempt = acquireLock(target, options.lock);
  if (attempt.kind === 'owned') return attempt.lock;
  if (attempt.kind === 'unavailable') {
    const why = describeFsError(attempt.error, `«${path.basename(lockPathOf(target))}»`) ?? 'cartella non scrivibile';
    return { reason: `Il file ${name} è aperto in sola lettura perché nella sua cartella non si può scrivere (${why.replace(/\.$/, '')}): le modifiche non vengono salvate.` };
  }
  const answer = options.onHeld ? await options.onHeld(attempt.holder) : true;
  if (!answer) throw new PlanFileError('locked', `Il file ${name} è ${holderText(attempt.holder)}: apertura annullata.`);
  if (answer === 'take-over') {
    const taken = acquireLock(target, { ...options.lock, takeOver: attempt.token });
    if (taken.kind === 'owned') return taken.lock;
    if (taken.kind === 'held') return { reason: heldReason(name, taken.holder), holder: taken.holder, token: taken.token };
  }
  return { reason: heldReason(name, attempt.holder), holder: attempt.holder, token: attempt.token };
}

export async function openEditingFile(filePath: string, options: EditingOptions): Promise<EditingFile> {
  const target = path.resolve(filePath);
  const log = options.log ?? ((message: string) => console.error(`[PIRA Desk] ${message}`));
  // Before any lock: a FIFO or a device is never opened, a data folder under /proc never walked into.
  assertPlanPath(target);
  if (!options.readOnly) assertDataFolder(options.dataDir);
  const location = options.location ?? locationOf(target);
  const lockOrState = await acquireOrReadOnly(target, options);
  if (!('refresh' in lockOrState)) return readOnlyOpen(target, lockOrState, location);
  const lock = lockOrState;
  let copy: WorkingCopy | null = null;
  let file: PlanFile;
  let migrated = false;
  try {
    const creating = !fs.existsSync(target);
    if (location.kind !== 'local' && creating) openPlanFile(target, { create: true }).close();
    if (location.kind !== 'local') copy = await checkOut(target, options.dataDir);
    const live = copy?.localPath ?? target;
    migrated = needsMigration(live);
    if (migrated) await backupClosedFile(live, target, options.dataDir, 'prima-aggiornamento');
    file = openPlanFile(live, { create: options.create ?? false });
  } catch (error) {
    lock.release();
    copy?.discard();
    throw error;
  }
  return startEditing({ target, file, lock, copy, location, migrated, options, log });
}


interface Running {
  target: string;
  file: PlanFile;
  lock: FileLock;
  copy: WorkingCopy | null;
  location: FileLocation;
  migrated: boolean;
  options: EditingOptions;
  log: (message: string) => void;
}

/** Starts the timers; the state the file opened in is saved back (after a migration) and backed up first. */
async function startEditing({ target, file, lock, copy, location, migrated, options, log }: Running): Promise<EditingFile> {
  let savingBack: Promise<void> = Promise.resolve();
  let backedUpAt = -1;
  let savedBackAt = migrated ? -1 : file.changeCount();
  const refusal = (reason: BackupReason, error: unknown) => {
    const detail = error instanceof PlanFileError ? error.message : (describeFsError(error) ?? 'errore imprevisto');
    return new PlanFileError('locked', `Impossibile creare la copia di sicurezza (${BACKUP_REASONS[reason]}): ${detail} L'operazione non è stata eseguita.`);
  };
  const backup = async (reason: BackupReason): Promise<BackupEntry> => {
    try {
      const entry = await takeBackup(file, target, options.dataDir, reason);
      backedUpAt = file.changeCount();
      return entry;
    } catch (error) {
      throw refusal(reason, error);
    }
  };
  const backupAhead = async (reason: BackupReason): Promise<PreparedBackup> => {
    const mark = file.writeMark();
    let prepared: PreparedBackup;
    try {
      prepared = await prepareBackup(file, target, options.dataDir, reason);
    } catch (error) {
      throw refusal(reason, error);
    }
    return {
      keep() {
        // Written since the copy began: the copy may not be the file as it is now, so it is not the backup.
        if (file.writeMark() !== mark) {
          prepared.discard();
          throw refusal(reason, new PlanFileError('conflict', 'Il file è stato modificato mentre se ne faceva la copia.'));
        }
        try {
          const entry = prepared.keep();
          backedUpAt = file.changeCount();
          return entry;
        } catch (error) {
          throw refusal(reason, error);
        }
      },
      discard: () => prepared.discard(),
    };
  };
  /** Saves the working copy back when it changed since the last save-back (one at a time, in order). */
  const saveBack = () => {
    if (!copy) return Promise.resolve();
    const working = copy;
    savingBack = savingBack
      .catch(() => undefined)
      .then(async () => {
        const changes = file.changeCount();
        if (changes === savedBackAt) return;
        working.markDirty();
        await working.saveBack(file);
        savedBackAt = changes;
      });
    return savingBack;
  };
  const heartbeat = setInterval(() => {
    if (lock.refresh() === 'lost') {
      file.refuseWrites(
        `Il file ${shownName(target)} è stato riaperto in scrittura altrove mentre questo computer non rispondeva: da qui ` +
          'non si salva più, per non sovrascrivere. Usare «Salva una copia con nome…» per conservare ciò che è a video.',
      );
    }
  }, options.heartbeatMs ?? 60_000);
  // One periodic backup at a time: a slow one (a busy disk) must not be joined by a second copy of the same state.
  let periodicRunning = false;
  const periodic = setInterval(() => {
    if (periodicRunning || file.changeCount() === backedUpAt) return;
    periodicRunning = true;
    backup('periodico')
      .catch((error: unknown) => log((error as Error).message))
      .finally(() => {
        periodicRunning = false;
      });
  }, options.periodicBackupMs ?? 10 * 60_000);
  heartbeat.unref();
  periodic.unref();
  // A failure here is logged, not fatal: the file is open and usable; the next backups will be tried as usual.
  await saveBack()
    .then(() => (options.backupAtOpen === false ? undefined : backup('apertura')))
    .catch((error: unknown) => log((error as Error).message));
  let closed: Promise<void> | null = null;
  return {
    path: target,
    file,
    readOnly: null,
    heldToken: null,
    location,
    afterWrite: saveBack,
    backup,
    backupAhead,
    close() {
      closed ??= (async () => {
        clearInterval(heartbeat);
        clearInterval(periodic);
        let savedBack = true;
        if (copy) {
          savedBack = await saveBack().then(
            () => true,
            (error: unknown) => {
              log((error as Error).message);
              return false;
            },
          );
        }
        file.close();
        if (copy && savedBack) copy.discard();
        lock.release();
      })();
      return closed;
    },
  };
}
