/**
 * Which plan file is open, and switching to another one at run time (File > Apri, a second launch, the harness).
 * Why: handlers reach the file only through `AppContext.file()`; this module owns its lifetime, so the previous
 * file is closed only after the new one opened (a failed open leaves the user on the file they had).
 */
import path from 'node:path';
import { openPlanFile, type PlanFile } from '../../db/planFile';
import { ApiFailure } from './apiFailure';
import type { AppContext } from './context';
import type { Host } from './host';

export interface DocumentSession {
  readonly context: AppContext;
  /** Opens `filePath` and makes it the current file; throws (PlanFileError) and keeps the current one on failure. */
  open(filePath: string, options?: { create?: boolean }): PlanFile;
  /** The open file, or null before the first successful open. */
  current(): PlanFile | null;
  /** Closes the open file (at quit). */
  close(): void;
}

export function createDocumentSession(host: Host): DocumentSession {
  let file: PlanFile | null = null;
  const context: AppContext = {
    host,
    file() {
      if (!file) throw new ApiFailure('not-found', 'Nessun file di piano è aperto: aprirne uno dal menu File.');
      return file;
    },
  };
  return {
    context,
    open(filePath, options = {}) {
      const target = path.resolve(filePath);
      if (file && path.resolve(file.path) === target) return file;
      const next = openPlanFile(target, { create: options.create ?? false });
      const previous = file;
      file = next;
      previous?.close();
      return next;
    },
    current: () => file,
    close() {
      file?.close();
      file = null;
    },
  };
}
