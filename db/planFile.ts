/**
 * A plan file as the rest of the app sees it: open (or create) a file, get its repository, close it.
 * Why: one entry point that refuses foreign, newer, damaged or locked files with an Italian `PlanFileError`,
 * and creates new files atomically (a half-written file is never left under the user's name).
 */
import fs from 'node:fs';
import { samplePlan2024 } from '../shared/sample/plan2024';
import type { PlanDocument } from '../shared/model';
import { verifyPlanCopy } from './backups';
import { openDatabase, type OpenOptions } from './connection';
import { PlanFileError, shownName, withPlanFileErrors, withPlanFileErrorsAsync } from './planFileError';
import type { Actor } from './changeJournal';
import { createPlanRepository, type PlanRepository } from './planRepository';
import { importLayoutStore, type LayoutStore } from './importLayouts';

/** The most pages better-sqlite3 lets one step of a backup copy: all of them. */
const ALL_PAGES = 0x7fffffff;

export { PlanFileError, type PlanFileErrorCode } from './planFileError';
export type { PlanRepository, CreatePlanOptions, CreatedPlan } from './planRepository';

export interface PlanFile {
  /** Absolute or relative path as given to `openPlanFile`. */
  readonly path: string;
  /** True for a read-only open: the file on disk is never written. */
  readonly readonly: boolean;
  readonly repo: PlanRepository;
  /** The import layouts saved in the file (migration 11). */
  readonly layouts: LayoutStore;
  /** Full SQLite integrity check: an empty list means healthy, otherwise SQLite's findings (in English). */
  integrityCheck(): string[];
  /** Copies the database as committed to `destination` with SQLite's online backup API (never a file copy). */
  backup(destination: string): Promise<void>;
  /** Rows changed through this connection since it opened (periodic backups and save-backs look at it). */
  changeCount(): number;
  /** Equal marks: nothing was written to the file in between, through this connection or any other. */
  writeMark(): string;
  /** From now on every write is refused with `message` (a read-only open, a lock taken over); null lifts it. */
  refuseWrites(message: string | null): void;
  close(): void;
}

/** `actor`: who the change log records (default: this computer's user account and name). */
export type OpenPlanFileOptions = Pick<OpenOptions, 'create' | 'readonly' | 'busyTimeoutMs'> & { actor?: Actor };

export function openPlanFile(filePath: string, options: OpenPlanFileOptions = {}): PlanFile {
  const { db, readonly } = openDatabase(filePath, options);
  let open = true;
  let writeRefusal: string | null = null;
  return {
    path: filePath,
    readonly,
    repo: createPlanRepository(db, filePath, () => writeRefusal, options.actor && (() => options.actor as Actor)),
    layouts: importLayoutStore(db, filePath, () => {
      if (writeRefusal !== null) throw new PlanFileError('locked', writeRefusal);
    }),
    integrityCheck: () =>
      withPlanFileErrors(filePath, () =>
        (db.pragma('integrity_check') as { integrity_check: string }[])
          .map((row) => row.integrity_check)
          .filter((line) => line !== 'ok'),
      ),
    // Every page in one step once the copy has begun (better-sqlite3 copies 100 per turn of the event loop): between
    // turns the thread runs whatever else is queued, and an import compares its workbooks meanwhile, so the backup it
    // then waits for finished only after the comparison (~0,1 s of every small import's write at ×100, issue 21).
    backup: async (destination) => {
      await withPlanFileErrorsAsync(filePath, () => db.backup(destination, { progress: () => ALL_PAGES }));
    },
    changeCount: () => db.prepare('SELECT total_changes()').pluck().get() as number,
    // data_version moves when another connection commits; total_changes when this one writes.
    writeMark: () => `${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`,
    refuseWrites(message) {
      writeRefusal = message;
    },
    close() {
      if (open) db.close();
      open = false;
    },
  };
}

/**
 * Creates a new plan file at `filePath` holding `docs` (none: an empty file), refusing to overwrite anything.
 * It is built under a temporary name and linked into place only when complete.
 */
export function createPlanFile(filePath: string, docs: readonly PlanDocument[] = []): PlanFile {
  const exists = () =>
    new PlanFileError('conflict', `Il file ${shownName(filePath)} esiste già: scegliere un altro nome.`);
  if (fs.existsSync(filePath)) throw exists();
  const temporary = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  try {
    const draft = openPlanFile(temporary, { create: true });
    try {
      draft.repo.insertPlans(docs);
    } finally {
      draft.close();
    }
    // Closing checkpoints the WAL silently, even when the disk is full: check the file is whole before it counts.
    verifyPlanCopy(temporary, filePath);
    fs.linkSync(temporary, filePath);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw exists();
    throw error;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temporary}${suffix}`, { force: true });
  }
  return openPlanFile(filePath);
}

/** A new file holding the 2024 sample plan: what the desktop app opens on first start. */
export function createSampleFile(filePath: string): PlanFile {
  return createPlanFile(filePath, [samplePlan2024]);
}
