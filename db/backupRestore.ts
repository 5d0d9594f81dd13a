/**
 * A backup restored AS A COPY: a new plan file, never over the open one, so the restore takes no backup (one taken
 * here pushed older backups out, once the very one being restored). The backup is checked before (integrity,
 * schema: a newer PIRA Desk's backup is refused, not reported restored) and the copy after it is written.
 * Why apart from backups.ts: what is refused, and how it is said, is the restore's own.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { newerSchema, verifyPlanCopy, writeVerifiedCopy, type BackupEntry } from './backups';
import { dropStamp, readBackupFacts } from './backupStamp';
import { latestVersion } from './migrate';
import { pathKind } from './pathKinds';
import { PlanFileError, shownName } from './planFileError';

/** Refuses a place a restored copy cannot go: not a .pira name, an existing file, a folder that is not there. */
function assertRestoreTarget(outPath: string): void {
  if (path.extname(outPath).toLowerCase() !== '.pira') {
    throw new PlanFileError(
      'conflict',
      `La copia ripristinata è un file di piano: il nome deve finire con .pira (non ${shownName(outPath)}). Nessun file è stato scritto.`,
    );
  }
  if (pathKind(outPath).kind !== 'missing') {
    throw new PlanFileError('conflict', `Il file ${shownName(outPath)} esiste già: scegliere un altro nome per la copia ripristinata.`);
  }
  const folder = path.dirname(path.resolve(outPath));
  if (pathKind(folder).kind !== 'folder') {
    throw new PlanFileError('not-found', `La cartella «${folder}» in cui scrivere la copia ripristinata non esiste: crearla o sceglierne un'altra. Nessun file è stato scritto.`);
  }
}

/** Writes backup `entry` as a new plan file `outPath` (never over an existing file), checked before and after. */
export async function restoreBackupAsCopy(entry: BackupEntry, outPath: string): Promise<void> {
  assertRestoreTarget(outPath);
  const what = `La copia di sicurezza n. ${entry.number}`;
  if (pathKind(entry.path).kind !== 'file') {
    throw new PlanFileError('not-found', `${what} non c'è più nella cartella dei dati: riaprire l'elenco delle copie. Nessun file è stato scritto.`);
  }
  const schema = readBackupFacts(entry.path)?.schema ?? 0;
  if (schema > latestVersion()) throw newerSchema(what, schema);
  verifyPlanCopy(entry.path);
  const db = new Database(entry.path, { readonly: true, fileMustExist: true });
  try {
    await writeVerifiedCopy(db, outPath, dropStamp);
  } finally {
    db.close();
  }
}
