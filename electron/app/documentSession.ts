/**
 * Which plan file is open, and switching to another one at run time (File > Apri, a second launch, the harness).
 * Why: handlers reach the file only through `AppContext`; this module owns its lifetime, so the previous file is
 * closed (saved back, lock released) only after the new one opened, and a failed open leaves the user on the
 * file they had. Every open goes through openEditingFile: lock, working copy, backups.
 */
import path from 'node:path';
import type { PlanFile } from '../../db/planFile';
import type { FileHolder } from '../../shared/fileHolder';
import { openedPlanId } from '../../shared/planListing';
import { ApiFailure } from './apiFailure';
import type { AppContext } from './context';
import { openEditingFile, type EditingFile, type EditingOptions, type HeldAnswer } from './editingFile';
import type { Host } from './host';

export interface SessionSettings {
  /** The user's data folder: backups and working copies. */
  dataDir: string;
  /** Another user holds the file: true opens it read-only (default), false keeps the current file. */
  onHeld?: (holder: FileHolder, filePath: string) => HeldAnswer | Promise<HeldAnswer>;
  /** Extra options for tests (clock, lock identity, timers, location). */
  editing?: Partial<EditingOptions>;
}

export interface DocumentSession {
  readonly context: AppContext;
  /** Opens `filePath` and makes it the current file; rejects (PlanFileError) and keeps the current one on failure. */
  open(filePath: string, options?: { create?: boolean }): Promise<EditingFile>;
  /** The open file, or null before the first successful open. */
  current(): EditingFile | null;
  /**
   * The open file was read-only because another user held it: takes it over (the user confirmed, told who held it)
   * and reopens it for editing; refused when the lock changed since it was shown.
   */
  takeOver(): Promise<EditingFile>;
  /** Closes the open file (at quit): saved back to its shared folder, lock released. */
  close(): Promise<void>;
}

const NOTHING_OPEN = 'Nessun file di piano è aperto: aprirne uno dal menu File.';

/**
 * Reads the list of the plan a window opens on while the window loads, right after the open; the repository keeps it
 * until it is asked for or the file changes (db/listingMemo.ts). Nothing is reported here: the window's own request
 * reads the list again when this one failed, and says what went wrong.
 */
function readListAhead(opened: EditingFile, stillOpen: () => boolean): void {
  setImmediate(() => {
    if (!stillOpen()) return;
    try {
      const planId = openedPlanId(opened.file.repo.listPlans());
      if (planId !== null) opened.file.repo.listCardRows(planId);
    } catch {
      // see above: the request that needs the list reports its own failure
    }
  });
}

export function createDocumentSession(host: Host, settings: SessionSettings): DocumentSession {
  let editing: EditingFile | null = null;
  const opened = (): EditingFile => {
    if (!editing) throw new ApiFailure('not-found', NOTHING_OPEN);
    return editing;
  };
  const replaceWith = async (next: EditingFile) => {
    const previous = editing;
    editing = next;
    readListAhead(next, () => editing === next);
    await previous?.close();
    return next;
  };
  const takeOver = async () => {
    const current = opened();
    if (current.heldToken === null) throw new ApiFailure('conflict', 'Il file non è in uso da un altro utente: non c’è nulla da prendere.');
    return replaceWith(await openEditingFile(current.path, { ...settings.editing, dataDir: settings.dataDir, takeOver: current.heldToken }));
  };
  const context: AppContext = {
    host,
    dataDir: settings.dataDir,
    file: (): PlanFile => opened().file,
    document: opened,
    takeOver,
  };
  return {
    context,
    async open(filePath, options = {}) {
      const target = path.resolve(filePath);
      if (editing && editing.path === target) return editing;
      return replaceWith(
        await openEditingFile(target, {
          ...settings.editing,
          dataDir: settings.dataDir,
          create: options.create ?? false,
          onHeld: settings.onHeld ? (holder) => settings.onHeld!(holder, target) : undefined,
        }),
      );
    },
    current: () => editing,
    takeOver,
    async close() {
      const closing = editing;
      editing = null;
      await closing?.close();
    },
  };
}
