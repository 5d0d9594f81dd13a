/**
 * Other plan files opened read-only to be compared with the open one, each behind an opaque token for the rest of
 * the session (the comparison screen, its export and its print window all refer to it). At most a few are kept.
 * Why: a read-only open is an in-memory snapshot, so the other file is never written nor locked while compared.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPlanFile, type PlanFile } from '../../db/planFile';
import { ApiFailure } from './apiFailure';

export interface OpenedComparisonFile {
  fileName: string;
  file: PlanFile;
}

export class ComparisonFiles {
  private readonly entries = new Map<string, OpenedComparisonFile>();

  constructor(private readonly maxEntries = 4) {}

  /** Opens the file at `filePath` read-only (a snapshot in memory) and returns its token. */
  openPath(filePath: string, fileName = path.basename(filePath)): { token: string; opened: OpenedComparisonFile } {
    const file = openPlanFile(filePath, { readonly: true });
    while (this.entries.size >= this.maxEntries) {
      const [oldest] = this.entries.keys();
      if (oldest === undefined) break;
      this.entries.get(oldest)?.file.close();
      this.entries.delete(oldest);
    }
    const token = randomUUID();
    const opened = { fileName, file };
    this.entries.set(token, opened);
    return { token, opened };
  }

  /** Opens uploaded bytes: written to a private temporary folder, read into memory, and removed at once. */
  openBytes(fileName: string, data: Uint8Array): { token: string; opened: OpenedComparisonFile } {
    const folder = mkdtempSync(path.join(tmpdir(), 'pira-confronto-'));
    try {
      // Named as uploaded, so that a refusal ("… non è un file di PIRA Desk") names the file the user chose.
      const shown = path.basename(fileName);
      const temporary = path.join(folder, shown === '.' || shown === '..' || shown === '' ? 'confronto.pira' : shown);
      writeFileSync(temporary, data);
      return this.openPath(temporary, fileName);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  get(token: string): OpenedComparisonFile {
    const opened = this.entries.get(token);
    if (!opened) {
      throw new ApiFailure('not-found', 'Il file da confrontare non è più aperto: sceglierlo di nuovo da «Confronta piani…».');
    }
    return opened;
  }
}
