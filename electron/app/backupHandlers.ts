/**
 * File › Ripristina da backup…: the automatic backups of the open file, and the restore of one AS A COPY (a new
 * file next to the plan, or where the user chooses on the desktop); the open file is never overwritten, so the
 * restore takes no backup (one taken here pushed older backups out, once the very one being restored).
 * Why thin: db/backups.ts makes, verifies, lists and restores; this module only picks the file and the place.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, listBackups } from '../../db/backups';
import { restoreBackupAsCopy } from '../../db/backupRestore';
import type { ApiHandlers } from '../../shared/api';
import { ApiFailure } from './apiFailure';
import type { AppContext } from './context';

const two = (n: number) => String(n).padStart(2, '0');

/** `piano (ripristino del 30-06-2024 14.05).pira` next to the plan, numbered when taken. */
export function restoredCopyName(planPath: string, createdAt: Date, taken: (candidate: string) => boolean): string {
  const stem = path.basename(planPath, path.extname(planPath));
  const when = `${two(createdAt.getDate())}-${two(createdAt.getMonth() + 1)}-${createdAt.getFullYear()} ${two(createdAt.getHours())}.${two(createdAt.getMinutes())}`;
  const base = path.join(path.dirname(planPath), `${stem} (ripristino del ${when})`);
  let candidate = `${base}.pira`;
  for (let n = 2; taken(candidate); n++) candidate = `${base} ${n}.pira`;
  return candidate;
}

export function backupHandlers(ctx: AppContext): Pick<ApiHandlers, 'listBackups' | 'restoreBackup'> {
  const backupsOfOpenFile = async () => {
    if (!ctx.dataDir || !ctx.document) throw new ApiFailure('unavailable', 'Le copie di sicurezza non sono disponibili in questa sessione.');
    const open = ctx.document();
    return { open, entries: listBackups(ctx.dataDir, open.path) };
  };
  return {
    async listBackups() {
      return (await backupsOfOpenFile()).entries.map((entry) => ({
        number: entry.number,
        createdAt: entry.createdAt,
        reason: BACKUP_REASONS[entry.reason],
        bytes: entry.bytes,
        future: entry.future,
      }));
    },
    async restoreBackup({ number }) {
      const { open, entries } = await backupsOfOpenFile();
      const entry = entries.find((e) => e.number === number);
      if (!entry) throw new ApiFailure('not-found', `La copia di sicurezza n. ${number} non esiste più: riaprire l'elenco delle copie.`);
      const suggested = restoredCopyName(open.path, new Date(entry.createdAt), existsSync);
      const chosen = ctx.host.choosePlanFilePath ? await ctx.host.choosePlanFilePath(suggested) : suggested;
      if (chosen === null) return { fileName: path.basename(suggested), cancelled: true };
      // A name typed in the save dialog without the extension (GTK adds none) still becomes a plan file.
      const target = path.extname(chosen).toLowerCase() === '.pira' ? chosen : `${chosen}.pira`;
      if (path.resolve(target) === open.path) {
        throw new ApiFailure('conflict', 'La copia ripristinata deve avere un nome diverso da quello del file aperto: il file aperto non viene mai sovrascritto.');
      }
      await restoreBackupAsCopy(entry, target);
      return { fileName: path.basename(target), savedPath: target };
    },
  };
}
